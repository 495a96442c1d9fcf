using Microsoft.CodeAnalysis.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests;

/// <summary>
/// The generated source, checked in under <c>Expected/</c>: the seed catalog and two files of the
/// shared corpus with one-line HTML tables. The test framework compiles it with documentation
/// diagnostics on, so uncompilable code or a member without XML docs fails here too.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public async Task Seed_catalog_generates_the_expected_sources()
    {
        // As in the sample: relative links resolve against the file's place in its repository.
        var seed = TestPaths.SeedFile with { Accessibility = "public" };
        Baselines.AcceptIfRequested("Seed", seed);
        await new GeneratorTest(seed).ExpectSources("Seed").RunAsync();
    }

    [Fact]
    public async Task One_line_html_tables_generate_the_expected_sources()
    {
        var serving = TestPaths.AwesomePapers("systems-for-ml/model-serving.md");
        var moe = TestPaths.AwesomePapers("systems-for-ml/moe.md");
        Baselines.AcceptIfRequested("HtmlTables", serving, moe);
        var test = new GeneratorTest(serving, moe).ExpectSources("HtmlTables");
        await test.RunAsync();
    }
}
