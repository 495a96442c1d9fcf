using System.Text.RegularExpressions;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Corpus;

/// <summary>Every row of every table of the shared corpus is an entry, or a diagnostic says why not.</summary>
public sealed class CorpusTests
{
    // Diagnostics that stand for a row that generates no entry.
    // A clash of names (PCAT203, PCAT204) drops no row: both entries get a class.
    private static readonly HashSet<string> RowDroppingIds = new() { "PCAT201", "PCAT202" };

    public static TheoryData<string> AwesomePapersFiles() => new(AwesomePapersFileNames());

    private static IEnumerable<string> AwesomePapersFileNames() =>
        Directory.GetFiles(TestPaths.TestData("corpus/awesome-papers"), "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(TestPaths.TestData("corpus"), file).Replace('\\', '/'))
            .OrderBy(file => file, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(AwesomePapersFiles))]
    public void Every_row_becomes_an_entry_or_a_diagnostic(string file)
    {
        var markdown = TestPaths.ReadTestData("corpus/" + file);
        var result = Catalogs.Parse(markdown, file);

        // Bullet items of these pages (gpu-sharing.md has some) are accounted for by ListCorpusTests.
        var tableLines = TableLines(markdown);
        var tableEntries = result.Spec.Entries.Count(e => tableLines.Contains(e.Line));
        var dropped = result.Diagnostics.Count(d => RowDroppingIds.Contains(d.Id));
        Assert.True(CountRows(markdown) > 0);
        Assert.Equal(CountRows(markdown), tableEntries + dropped);
    }

    // 80 rows in all (the two "Alibaba PAI" rows of resource-scheduler.md are two papers, both entries),
    // and 3 bullet entries in gpu-sharing.md.
    [Fact]
    public void The_corpus_counts_are_known()
    {
        var entries = AwesomePapersFileNames().ToDictionary(file => file, file => Catalogs.Parse(TestPaths.ReadTestData("corpus/" + file), file).Spec.Entries.Count);

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["awesome-papers/cloud-computing/sky-computing.md"] = 4,
                ["awesome-papers/hardware-virtualization/gpu-sharing.md"] = 11,
                ["awesome-papers/resource-disaggregation/memory-disaggregation.md"] = 11,
                ["awesome-papers/systems-for-ml/deep-learning-training.md"] = 14,
                ["awesome-papers/systems-for-ml/dlrm.md"] = 5,
                ["awesome-papers/systems-for-ml/model-serving.md"] = 8,
                ["awesome-papers/systems-for-ml/moe.md"] = 4,
                ["awesome-papers/systems-for-ml/resource-scheduler.md"] = 25,
            },
            entries);
    }

    [Fact]
    public void Same_name_in_two_sections_is_legal_and_twice_in_one_section_is_a_warning_and_both_generate()
    {
        var moe = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/moe.md"));
        Assert.Equal(2, moe.Spec.Entries.Count(e => e.Name == "Lina"));
        Assert.DoesNotContain(moe.Diagnostics, d => d.Id == "PCAT203");

        var scheduler = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/resource-scheduler.md"));
        var duplicate = Assert.Single(scheduler.Diagnostics, d => d.Id == "PCAT203");
        Assert.Equal(23, duplicate.Location!.StartLine);
        Assert.Equal(20, duplicate.AdditionalLocations.Single().StartLine);
        Assert.Equal(new[] { "Alibaba PAI", "Trace Analysis", "AlibabaPAI", "'Alibaba PAI' on line 21", "AlibabaPAI2019" }, duplicate.Arguments);
        Assert.Equal(new[] { "AlibabaPAI", "AlibabaPAI2019" }, scheduler.Spec.Entries.Where(e => e.Name == "Alibaba PAI").Select(e => e.Identifier));
    }

    /// <summary>The one-based lines that hold table rows: pipe rows and lines with HTML rows.</summary>
    internal static HashSet<int> TableLines(string markdown)
    {
        var lines = markdown.Split('\n');
        var table = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('|') || Regex.IsMatch(line, "<tr[\\s>]"))
            {
                table.Add(i + 1);
            }
        }

        return table;
    }

    /// <summary>Counts table rows without the generator: pipe-table lines after header and delimiter, and HTML rows after the header row.</summary>
    internal static int CountRows(string markdown)
    {
        var rows = 0;
        var pipeLines = 0;
        foreach (var line in markdown.Split('\n').Select(l => l.Trim()).Append(string.Empty))
        {
            if (line.StartsWith('|'))
            {
                pipeLines++;
                continue;
            }

            rows += Math.Max(0, pipeLines - 2);
            pipeLines = 0;
            rows += Regex.Matches(line, "<tr[\\s>]").Count - Regex.Matches(line, "<thead[\\s>]").Count;
        }

        return rows;
    }

    [Fact]
    public void The_whole_corpus_compiles_in_one_project_with_every_row_and_item_an_entry_or_a_diagnostic()
    {
        var tables = AwesomePapersFileNames()
            .Select(file => TestPaths.AwesomePapers(file.Substring("awesome-papers/".Length)))
            .Append(TestPaths.SeedFile)
            .Append(new CatalogFile("docs/awesome-llm.md", TestPaths.ReadTestData("corpus/other/awesome-llm.md")))
            .ToArray();

        // The bullet lists of the seed's repository today, in a root class of their own (their pages are the
        // table pages two years later: the same papers, which would clash in one class); the seed written as
        // bullets in another (its papers are the LLM page's).
        var lists = ListCorpusTests.ListFileNames()
            .Select(file => new CatalogFile("lists/" + file, TestPaths.ReadTestData("corpus/" + file), ClassName: file.StartsWith("seed-lists/", StringComparison.Ordinal) ? "SeedLists" : "Lists"))
            .ToArray();
        var files = tables.Concat(lists).ToArray();

        var (result, output) = Catalogs.Run(files);
        var count = CompiledCatalog.Run(files, "return Papers.All.Count + 100000 * (Lists.All.Count + SeedLists.All.Count);");

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var rows = tables.Sum(f => CountRows(f.Markdown));
        var dropped = result.Diagnostics.Count(d => RowDroppingIds.Contains(d.Id));
        var tableBullets = 3 + 307;
        var listEntries = ListCorpusTests.KnownEntryCounts.Values.Sum();
        Assert.Equal((153, 0), (rows, dropped));
        Assert.Equal((rows - dropped + tableBullets) + (100000 * listEntries), (int)count!);
        Assert.Equal(
            new[] { "PCAT102", "PCAT203", "PCAT302", "PCAT302", "PCAT302", "PCAT302", "PCAT303", "PCAT401", "PCAT401", "PCAT404" },
            result.Diagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

        // Text the Markdown holds reaches the documentation whole: no character is replaced (the corpus
        // has no U+FFFD), and cells written on several lines keep their breaks.
        var generated = string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain('\uFFFD', generated);
        Assert.Contains("Best Paper<br/>Consider model-variants", generated);
    }
}
