using System.IO.Compression;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>What users get: the packed .nupkg alone, restored from a folder feed into a new project, builds and runs.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageTests
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_holds_the_library_the_generator_with_Markdig_and_the_build_files()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/PaperCatalog.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PaperCatalog.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        Assert.Contains("build/PaperCatalog.targets", entries);
        Assert.Contains("buildTransitive/PaperCatalog.targets", entries);

        var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.DoesNotContain("<dependency ", nuspec);

        // One property names the repository: the package's URLs and the diagnostics' help links agree.
        var repository = System.Text.RegularExpressions.Regex.Match(nuspec, "<projectUrl>([^<]+)</projectUrl>").Groups[1].Value;
        Assert.StartsWith("https://", repository);
        Assert.Contains($"<repository type=\"git\" url=\"{repository}\"", nuspec);
        Assert.Equal(repository + "/blob/main/docs/diagnostics/", PaperCatalog.Generator.Diagnostics.DiagnosticDescriptors.HelpLinkBase);
    }

    [Fact]
    public void A_consumer_builds_and_runs_the_seed_catalog_from_the_package()
    {
        var consumer = _package.CreateConsumer(
            "SeedConsumer",
            """
            <ItemGroup>
              <PaperCatalog Include="docs/llm.md" ClassName="Reading" BaseUrl="https://github.com/mental2008/awesome-papers/blob/main/" RepositoryPath="paper-list/systems-for-ml/llm.md" />
            </ItemGroup>
            """,
            """
            using Consumer;

            Console.WriteLine(Reading.Inference.Orca.PaperUrl);
            Console.WriteLine(Reading.Inference.Orca.PersonalNotesUrl);
            Console.WriteLine($"same venue: {Reading.Inference.Orca.Paper.Venue == Reading.Venues.OSDI2022.Venue}");
            foreach (var paper in Reading.All)
            {
                Console.WriteLine($"{paper.Section}/{paper.Name}: {paper.Venue?.Text}");
            }
            """,
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.Seed });

        var output = DotNet.Run(consumer, "run").ShouldSucceed().Output;

        Assert.Contains("https://www.usenix.org/conference/osdi22/presentation/yu", output);
        Assert.Contains("https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md", output);
        Assert.Contains("same venue: True", output);
        Assert.Contains("Inference/Orca: OSDI 2022", output);
        Assert.Contains("Models/LLaMA 2: arXiv 2307.09288", output);
        Assert.True(Directory.Exists(Path.Combine(consumer, "packages", "papercatalog", _package.Version)), "restored into the consumer's own packages folder");
    }

    [Fact]
    public void A_consumer_builds_and_runs_the_seed_written_as_a_bullet_list()
    {
        // The seed's repository keeps its lists as bullets today: the same catalog, read from items.
        var consumer = _package.CreateConsumer(
            "BulletConsumer",
            """<ItemGroup><PaperCatalog Include="docs/llm.md" BaseUrl="https://github.com/mental2008/awesome-papers/blob/main/" RepositoryPath="paper-list/systems-for-ml/llm.md" /></ItemGroup>""",
            """
            using Consumer;

            Console.WriteLine(Papers.LLMInference.Orca.PaperUrl);
            Console.WriteLine(Papers.LLMInference.Orca.Title);
            Console.WriteLine(string.Join(",", Papers.LLMInference.Orca.Paper.Institutions));
            Console.WriteLine($"entries: {Papers.All.Count}, OSDI 2022: {string.Join(",", Papers.Venues.OSDI2022.Papers.Select(p => p.Name))}");
            """,
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.ReadTestData("corpus/seed-lists/llm.md") });

        var output = DotNet.Run(consumer, "run").ShouldSucceed().Output;

        Assert.Contains("https://www.usenix.org/conference/osdi22/presentation/yu", output);
        Assert.Contains("Orca: A Distributed Serving System for Transformer-Based Generative Models", output);
        Assert.Contains("Seoul National University,FriendliAI", output);
        Assert.Contains("entries: 14, OSDI 2022: Alpa,Orca", output);
    }

    private const string SeedItem = """<PaperCatalog Include="docs/llm.md" BaseUrl="https://github.com/mental2008/awesome-papers/blob/main/" RepositoryPath="paper-list/systems-for-ml/llm.md" """;

    [Fact]
    public void A_netstandard2_0_library_exposes_a_public_catalog_that_a_net10_app_uses()
    {
        // netstandard2.0 compiles with C# 7.3: no #nullable, no ! in what the generator writes.
        _package.CreateConsumer(
            "SeedLibrary",
            $"<ItemGroup>{SeedItem} Accessibility=\"public\" /></ItemGroup>",
            "namespace SeedLibrary\n{\n    /// <summary>A library that exposes the catalog.</summary>\n    public static class Marker { }\n}\n",
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.Seed },
            targetFramework: "netstandard2.0",
            outputType: "Library");
        var app = _package.CreateConsumer(
            "LibraryApp",
            """<ItemGroup><ProjectReference Include="../SeedLibrary/SeedLibrary.csproj" /></ItemGroup>""",
            """
            Console.WriteLine(SeedLibrary.Papers.Inference.Orca.PaperUrl);
            Console.WriteLine($"{SeedLibrary.Papers.Inference.Orca.Paper.Venue!.Name} {SeedLibrary.Papers.All.Count}");
            """,
            referencePackage: false);

        var output = DotNet.Run(app, "run").ShouldSucceed().Output;

        Assert.Contains("https://www.usenix.org/conference/osdi22/presentation/yu", output);
        Assert.Contains("OSDI 12", output);
    }

    [Fact]
    public void A_catalog_in_a_library_of_its_own_is_not_compiled_again_when_only_the_app_changes()
    {
        // The recipe for large lists (README): the catalog's compile is paid when its Markdown changes, not on every build of the app.
        var library = _package.CreateConsumer(
            "CatalogLibrary",
            $"<ItemGroup>{SeedItem} Accessibility=\"public\" /></ItemGroup>",
            "namespace CatalogLibrary\n{\n    /// <summary>The catalog's project.</summary>\n    public static class Marker { }\n}\n",
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.Seed },
            outputType: "Library");
        var app = _package.CreateConsumer(
            "CatalogApp",
            """<ItemGroup><ProjectReference Include="../CatalogLibrary/CatalogLibrary.csproj" /></ItemGroup>""",
            "Console.WriteLine(CatalogLibrary.Papers.Inference.Orca.PaperUrl);",
            referencePackage: false);
        var libraryAssembly = Path.Combine(library, "obj", "Debug", "net10.0", "CatalogLibrary.dll");
        var appAssembly = Path.Combine(app, "obj", "Debug", "net10.0", "CatalogApp.dll");
        DotNet.Run(app, "build").ShouldSucceed();
        var (libraryBuilt, appBuilt) = (File.GetLastWriteTimeUtc(libraryAssembly), File.GetLastWriteTimeUtc(appAssembly));

        File.AppendAllText(Path.Combine(app, "Program.cs"), "\nConsole.WriteLine(CatalogLibrary.Papers.All.Count);\n");
        DotNet.Run(app, "build").ShouldSucceed();

        Assert.Equal(libraryBuilt, File.GetLastWriteTimeUtc(libraryAssembly));
        Assert.NotEqual(appBuilt, File.GetLastWriteTimeUtc(appAssembly));

        // And the catalog is compiled again when its Markdown changes.
        File.AppendAllText(Path.Combine(library, "docs", "llm.md"), "\nA closing line.\n");
        DotNet.Run(app, "build").ShouldSucceed();
        Assert.NotEqual(libraryBuilt, File.GetLastWriteTimeUtc(libraryAssembly));
    }

    [Fact]
    public void A_net472_project_builds_the_catalog()
    {
        // The .NET Framework reference assemblies come from NuGet (Microsoft.NETFramework.ReferenceAssemblies).
        var consumer = _package.CreateConsumer(
            "FrameworkConsumer",
            $"<ItemGroup>{SeedItem} /></ItemGroup>",
            """
            namespace Consumer
            {
                /// <summary>The program.</summary>
                public static class Program
                {
                    /// <summary>Prints Orca's paper.</summary>
                    public static void Main() => System.Console.WriteLine(Papers.Inference.Orca.PaperUrl + " " + Papers.Inference.Orca.Paper.Venue.Year);
                }
            }
            """,
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.Seed },
            targetFramework: "net472");

        DotNet.Run(consumer, "build").ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(consumer, "bin", "Debug", "net472", "FrameworkConsumer.exe")));
    }

    [Fact]
    public void The_seed_added_as_a_new_user_would_builds_with_warnings_as_errors()
    {
        // No BaseUrl: the seed's relative links (reading notes) stay as written, which is advice (PCAT307,
        // Info), not a warning that fails the build.
        var consumer = _package.CreateConsumer(
            "StrictConsumer",
            """<ItemGroup><PaperCatalog Include="docs/llm.md" /></ItemGroup>""",
            "Console.WriteLine(Consumer.Papers.Inference.Orca.PersonalNotesUrl);",
            new Dictionary<string, string> { ["docs/llm.md"] = TestPaths.Seed },
            warningsAsErrors: true);

        var output = DotNet.Run(consumer, "run").ShouldSucceed().Output;

        Assert.Contains("../../reading-notes/conference/osdi-2022/orca.md", output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
    }

    private const string BrokenCatalog = """
        # Broken

        ## Parallelism

        | Name | Conference | Links |
        | --- | --- | --- |
        | **CNN Parallelism** | arXiv 1404.599 | [Paper](https://arxiv.org/abs/1404.5997) [Notes](broken-reference) |
        | **Tofu** | EuroSys 2019 | [Paper](https://doi.org/10.1145/3302424.3303953) |
        """;

    private const string BrokenProgram = """
        Console.WriteLine(Consumer.Papers.Parallelism.Tofu.PaperUrl);
        """;

    [Fact]
    public void A_malformed_entry_fails_the_build_at_its_line_and_column()
    {
        var consumer = _package.CreateConsumer(
            "BrokenConsumer",
            """<ItemGroup><PaperCatalog Include="docs/broken.md" /></ItemGroup>""",
            BrokenProgram,
            new Dictionary<string, string> { ["docs/broken.md"] = BrokenCatalog },
            warningsAsErrors: false);

        var result = DotNet.Run(consumer, "build");

        Assert.NotEqual(0, result.ExitCode);
        var venueColumn = BrokenCatalog.Split('\n')[6].IndexOf("arXiv", StringComparison.Ordinal) + 1;
        var targetColumn = BrokenCatalog.Split('\n')[6].IndexOf("broken-reference", StringComparison.Ordinal) + 1;
        Assert.Contains($"docs/broken.md(7,{venueColumn}): error PCAT401: The venue 'arXiv 1404.599' of 'CNN Parallelism' in section 'Parallelism' is malformed", result.Output);
        Assert.Contains($"docs/broken.md(7,{targetColumn}): error PCAT302:", result.Output);
    }

    [Fact]
    public void Globalconfig_severity_and_NoWarn_turn_the_errors_off_and_the_build_passes()
    {
        var consumer = _package.CreateConsumer(
            "OverriddenConsumer",
            """
            <PropertyGroup><NoWarn>$(NoWarn);PCAT302</NoWarn></PropertyGroup>
            <ItemGroup><PaperCatalog Include="docs/broken.md" /></ItemGroup>
            """,
            BrokenProgram,
            new Dictionary<string, string>
            {
                ["docs/broken.md"] = BrokenCatalog,
                [".globalconfig"] = "is_global = true\ndotnet_diagnostic.PCAT401.severity = warning\n",
            },
            warningsAsErrors: false);

        var output = DotNet.Run(consumer, "run").ShouldSucceed().Output;

        Assert.Contains("docs/broken.md(7,", output);
        Assert.Contains("warning PCAT401", output);
        Assert.DoesNotContain("PCAT302", output);
        Assert.Contains("https://doi.org/10.1145/3302424.3303953", output);
    }
}
