using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Emit;

/// <summary>
/// The generated source, checked in under <c>Expected/</c>: the seed catalog, two files of the
/// shared corpus with one-line HTML tables, a page of bullet lists, a table in DefTruth's conventions, and a wild
/// list nobody tuned the reader to at first (atfortes/Awesome-LLM-Reasoning). The test framework compiles it with documentation
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
        // moe.md lists Lina under training and inference: the same paper in two sections is information.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PCAT209", DiagnosticSeverity.Info)
            .WithSpan("/project/docs/moe.md", 9, 156, 9, 177).WithSpan("/project/docs/moe.md", 5, 156, 5, 177)
            .WithArguments("Lina", "Inference", "'Lina' on line 5 of docs/moe.md", "Training", "usenix:atc23/li-jiamin"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_bullet_list_page_generates_the_expected_sources()
    {
        // The seed's repository today: model-serving.md as bullets, links resolved against its place there.
        var serving = new CatalogFile(
            "docs/model-serving.md",
            TestPaths.ReadTestData("corpus/awesome-papers-lists/systems-for-ml/model-serving.md"),
            BaseUrl: TestPaths.AwesomePapersBaseUrl,
            RepositoryPath: "paper-list/systems-for-ml/model-serving.md");
        Baselines.AcceptIfRequested("BulletList", serving);
        await new GeneratorTest(serving).ExpectSources("BulletList").RunAsync();
    }

    [Fact]
    public async Task A_deftruth_style_table_generates_the_expected_sources()
    {
        // Short names from tags and titles, institutions from (@…), every link a constant (CodeUrl, PaperUrl).
        var inference = new CatalogFile("docs/inference.md", TestPaths.ReadTestData("conventions/inference-table.md"));
        Baselines.AcceptIfRequested("DefTruthStyle", inference);
        await new GeneratorTest(inference).ExpectSources("DefTruthStyle").RunAsync();
    }

    [Fact]
    public async Task A_wild_list_generates_the_expected_sources()
    {
        // Numbered items with bold linked titles, italic authors, venue tags and star badges on continuation lines.
        var reasoning = new CatalogFile("docs/reasoning.md", TestPaths.ReadTestData("corpus/wild/atfortes-llm-reasoning.md"));
        Baselines.AcceptIfRequested("WildList", reasoning);
        var test = new GeneratorTest(reasoning).ExpectSources("WildList");
        // A real inconsistency of the list: 'Preprint'24' for a paper first posted in January 2025 (2501.04519).
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("PCAT404").WithSpan("/project/docs/reasoning.md", 662, 97, 662, 108)
            .WithArguments("preprint venue", "Preprint'24", "rStar-Math", "2025", "2024", "2501.04519", "2025"));
        await test.RunAsync();
    }
}
