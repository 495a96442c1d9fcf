using System.Text.Json;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>
/// The PaperCatalog.Tool package as a list maintainer gets it: packed into the test feed, installed with
/// <c>dotnet tool install</c> into a temporary tool path, and run as <c>papercatalog</c>.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class ToolPackageTests
{
    private readonly PackedPackage _package;

    public ToolPackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_installed_tool_finds_what_the_build_finds()
    {
        var tools = Path.Combine(_package.Root, "tools");
        DotNet.Run(_package.Root, "tool", "install", "PaperCatalog.Tool", "--version", _package.Version, "--tool-path", tools, "--add-source", _package.Feed).ShouldSucceed();
        var papercatalog = Path.Combine(tools, OperatingSystem.IsWindows() ? "papercatalog.exe" : "papercatalog");

        // A consumer of the package builds the malformed list: the lines the build prints.
        var consumer = _package.CreateConsumer(
            "ToolComparedConsumer",
            """<ItemGroup><PaperCatalog Include="docs/broken.md" /><PaperCatalog Include="docs/llm.md" BaseUrl="https://github.com/mental2008/awesome-papers/blob/main/" /></ItemGroup>""",
            "Console.WriteLine(Consumer.Papers.Parallelism.Tofu.PaperUrl);",
            new Dictionary<string, string> { ["docs/broken.md"] = PaperCatalog.Tests.Tool.ToolTests.BrokenList, ["docs/llm.md"] = TestPaths.Seed },
            warningsAsErrors: false);
        var build = DotNet.Run(consumer, "build");
        Assert.NotEqual(0, build.ExitCode);
        var buildLines = Lines(build.Output)
            .Where(l => l.Contains(" PCAT", StringComparison.Ordinal))
            .Select(l => l.Replace(consumer + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(buildLines);

        // The clean list: nothing but the summary.
        var clean = DotNet.RunProgram(papercatalog, consumer, "lint", "docs/llm.md", "--base-url", "https://github.com/mental2008/awesome-papers/blob/main/");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(new[] { "papercatalog: 1 file, 12 entries: 0 errors, 0 warnings" }, Lines(clean.Output));

        // The malformed list: exit 1 and the build's lines.
        var broken = DotNet.RunProgram(papercatalog, consumer, "lint", "docs/broken.md");
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal(string.Join("\n", buildLines), string.Join("\n", Lines(broken.Output).Where(l => l.StartsWith("docs/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));

        // Each format, from the installed tool.
        var github = DotNet.RunProgram(papercatalog, consumer, "lint", "--format", "github", "docs/broken.md");
        Assert.Equal(1, github.ExitCode);
        Assert.Equal(buildLines.Count, Lines(github.Output).Count(l => l.StartsWith("::error file=docs/broken.md,line=", StringComparison.Ordinal) || l.StartsWith("::warning file=docs/broken.md,line=", StringComparison.Ordinal)));
        var sarif = DotNet.RunProgram(papercatalog, consumer, "lint", "--format", "sarif", "--output", "lint.sarif", "docs/broken.md");
        Assert.Equal(1, sarif.ExitCode);
        using (var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "lint.sarif"))))
        {
            Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
            Assert.Equal(buildLines.Count, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }

        var export = DotNet.RunProgram(papercatalog, consumer, "export", "docs/llm.md", "-o", "llm.json");
        Assert.Equal(0, export.ExitCode);
        using (var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "llm.json"))))
        {
            Assert.Equal(12, document.RootElement.GetProperty("files")[0].GetProperty("entries").GetArrayLength());
        }

        var help = DotNet.RunProgram(papercatalog, consumer, "lint", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("papercatalog lint [<files>...] [options]", help.Output);
        var missing = DotNet.RunProgram(papercatalog, consumer, "lint", "docs/none.md");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(new[] { "papercatalog: error: no such file 'docs/none.md'." }, Lines(missing.Output));
    }

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
