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

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
