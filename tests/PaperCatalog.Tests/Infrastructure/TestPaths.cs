using System.Reflection;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>Where the test project and the repository are: tests read data and expected sources from the source tree.</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = Metadata("TestProjectDirectory");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string TestData(string relativePath) => Path.Combine(ProjectDirectory, "TestData", relativePath);

    public static string ReadTestData(string relativePath) => File.ReadAllText(TestData(relativePath));

    /// <summary>The seed catalog, <c>llm.md</c>: the design document.</summary>
    public static string Seed => ReadTestData("corpus/seed/llm.md");

    /// <summary>Where the awesome-papers lists live in their repository, which their relative links are relative to.</summary>
    public const string AwesomePapersBaseUrl = "https://github.com/mental2008/awesome-papers/blob/main/";

    /// <summary>The seed as the sample lists it: at catalog/llm.md, its links resolved against its place in its repository.</summary>
    public static CatalogFile SeedFile => new(
        "catalog/llm.md",
        Seed,
        BaseUrl: AwesomePapersBaseUrl,
        RepositoryPath: "paper-list/systems-for-ml/llm.md");

    /// <summary>A file of <c>corpus/awesome-papers</c> (path below it) at docs/&lt;name&gt;, its links resolved as in its repository.</summary>
    public static CatalogFile AwesomePapers(string path) => new(
        "docs/" + Path.GetFileName(path),
        ReadTestData("corpus/awesome-papers/" + path),
        BaseUrl: AwesomePapersBaseUrl,
        RepositoryPath: "paper-list/" + path);

    /// <summary>A value the test project's build writes into the test assembly (AssemblyMetadata).</summary>
    public static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
