using System.Globalization;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Robustness;

/// <summary>
/// Markdown from anyone: no text reaches C# or its XML documentation unescaped, inputs far beyond
/// any real list stay bounded, and the output is the same bytes whatever the machine.
/// </summary>
public sealed class UntrustedMarkdownTests
{
    /// <summary>Payloads that would break out of a string literal, a comment, a doc comment or a line.</summary>
    public static readonly string[] Payloads =
    {
        "quote \" inside", "back\\slash", "triple \"\"\" quotes", "{interpolation} {{0}} $\"{x}\"", "next\u0085line",
        "line\u2028separator", "paragraph\u2029separator", "comment */ end /* again", "</summary><summary>injected",
        "<![CDATA[ raw ]]>", "#if DEBUG", "#pragma warning disable", "nul\0char", "lone \uD800 surrogate", "lone \uDC00 low",
        "bidi \u202E override", "zero\u200Bwidth", "soft\u00ADhyphen", "emoji \U0001F468\u200D\U0001F4BB joiner", "\\u0022 looks escaped", "@\"verbatim\"", "// comment", "&amp; entity",
    };

    /// <summary>What the text of a cell is: HTML whitespace runs (space, tab, CR, LF, FF) read as one space, trimmed.</summary>
    private static string AsRead(string payload) =>
        string.Join(" ", payload.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether the payload has a character that makes a name no identifier (PCAT202, tested below).</summary>
    private static bool HasInvisibleControl(string payload) => payload.Any(PaperCatalog.Generator.Model.CSharpNames.IsInvisibleControl);

    /// <summary>The entry's name: the payload too, unless it holds an invisible control (such a name makes no entry).</summary>
    private static string NameOf(string payload) => HasInvisibleControl(payload) ? "Entry" : "Entry " + payload;

    /// <summary>A one-line HTML table with the payload in every cell, markup characters written as entities.</summary>
    private static string HostileTable(string payload)
    {
        var html = Encode(payload);
        var name = Encode(NameOf(payload));
        return "## Hostile\n\n"
            + "<table><tr><th>Name</th><th>Conference</th><th>Institution</th><th>Links</th><th>Remarks</th><th>Notes " + html + "</th></tr>"
            + "<tr><td><strong>" + name + "</strong></td><td>OSDI 2022 " + html + "</td><td><ul><li>" + html + "</li></ul></td>"
            + "<td><a href=\"https://example.com/a\">" + html + "</a><a href=\"https://example.com/?q=" + html + "\">Paper</a></td>"
            + "<td>" + html + "</td><td>" + html + "</td></tr></table>\n";
    }

    [Fact]
    public void Hostile_text_reaches_code_only_as_escaped_literals_and_comes_back_exactly()
    {
        foreach (var payload in Payloads)
        {
            var expected = AsRead(payload);
            var catalog = new CatalogFile("catalog/hostile.md", HostileTable(payload));
            var (result, output) = Catalogs.Run(catalog);

            // No compiler diagnostic at all, warnings included: no broken doc XML (CS1570), no stray directive.
            Assert.Empty(output.GetDiagnostics());
            foreach (var source in result.GeneratedSources)
            {
                var directives = source.SourceText.Lines.Select(l => l.ToString().TrimStart()).Where(l => l.StartsWith('#') && l != "#nullable enable");
                Assert.Empty(directives);
            }

            var paper = RunPaper(catalog);
            Assert.Equal(
                new[] { AsRead(NameOf(payload)), "OSDI 2022 " + expected, expected, expected, expected, expected, "https://example.com/?q=" + expected },
                new[] { paper.Name, paper.Venue, paper.Institution, paper.LinkLabel, paper.Remarks, paper.Note, paper.PaperUrl });
        }
    }

    [Theory]
    [InlineData("Entry \u202E evil")]
    [InlineData("Entry \u200B hidden")]
    [InlineData("Entry \u2028 split")]
    [InlineData("Entry \u0085 next")]
    [InlineData("Entry \0 nul")]
    public void Names_with_invisible_controls_make_no_identifier_and_say_which(string name)
    {
        var markdown = "## S\n\n<table><tr><th>Name</th></tr><tr><td>" + name + "</td></tr></table>\n";

        var diagnostic = Assert.Single(Catalogs.Parse(markdown).Diagnostics);

        Assert.Equal("PCAT202", diagnostic.Id);
        Assert.Contains($"U+{(int)name[6]:X4}", diagnostic.Arguments[3]);
    }

    // Cases a fuzz run (bash tests/fuzz.sh) made the parser throw with, reduced by hand.
    [Theory]
    [InlineData("- (20,2-10) **Fast Things** [paper](https://arxiv.org/abs/2210.13669)\n")]
    public void Fuzz_cases_that_threw_parse_without_a_failure(string markdown)
    {
        var result = Catalogs.Parse(markdown);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PCAT005");
    }

    [Fact]
    public void The_fuzz_case_of_spaces_and_names_before_any_title_parses_without_a_failure()
    {
        // Seed bdHZidlgRaI1 of a 1,000,000-case run: a title that trims to nothing before its ", in" check.
        var markdown = "* DSI: Data storage and ingestion\n* In" + string.Concat(Enumerable.Repeat("&nbsp;", 30))
            + string.Concat(Enumerable.Repeat("_Jane Doe, John Roe._ ", 300)) + "\n";

        Assert.DoesNotContain(Catalogs.Parse(markdown).Diagnostics, d => d.Id == "PCAT005");
    }

    [Fact]
    public void Markdown_escapes_in_pipe_cells_read_as_CommonMark_says()
    {
        var entry = Catalogs.Parse("## S\n\n| Name | Remarks |\n| --- | --- |\n| **A\\|B** | \\\"quoted\\\" \\\\ back \\* star `a\\|b` |\n").Spec.Entries.Single();

        Assert.Equal(("A|B", "\"quoted\" \\ back * star a|b"), (entry.Name, entry.Remarks));
    }

    [Fact]
    public void A_ten_megabyte_catalog_parses()
    {
        var markdown = Testing.SyntheticCatalogs.OneTable(34_000);
        Assert.True(markdown.Length > 10_000_000);

        var result = Catalogs.Parse(markdown);

        Assert.Equal(34_000, result.Spec.Entries.Count);
        Assert.Empty(result.Problems());
    }

    [Fact]
    public void A_line_of_a_million_characters_of_markup_parses()
    {
        var cell = string.Concat(Enumerable.Repeat("_a_ **b** [c](d) <i>e</i> &amp; `f` \\| g ", 25_000));
        Assert.True(cell.Length > 1_000_000);

        var entry = Catalogs.Parse("## S\n\n| Name | Remarks |\n| --- | --- |\n| **A** | " + cell + " |\n").Spec.Entries.Single();

        Assert.StartsWith("a b c e & f | g a b c", entry.Remarks);
    }

    [Fact]
    public void Pathological_runs_of_openers_without_closers_parse_in_work_proportional_to_the_input()
    {
        static string Cell(int n) => string.Concat(Enumerable.Repeat("<!--", n)) + string.Concat(Enumerable.Repeat("<a b='", n))
            + string.Concat(Enumerable.Repeat("[", n)) + "x" + string.Concat(Enumerable.Repeat("]", n))
            + string.Concat(Enumerable.Repeat("[a](x", n)) + new string('*', n) + new string('`', n);

        static long AllocatedByParse(int n)
        {
            var markdown = "## S\n\n| Name | Remarks |\n| --- | --- |\n| **A** | " + Cell(n) + " |\n";
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = Catalogs.Parse(markdown);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Single(result.Spec.Entries);
            return allocated;
        }

        // Work is bounded by what it allocates: twice the openers may cost twice, not four times (a quadratic scan
        // that builds strings or lists per opener would). Allocations, not time, so the bound holds on any machine.
        AllocatedByParse(1_000);
        var small = AllocatedByParse(50_000);
        var large = AllocatedByParse(100_000);
        Assert.InRange(large, small, small * 3);
    }

    [Fact]
    public void Nesting_a_hundred_thousand_deep_is_bounded()
    {
        const int n = 100_000;
        var tags = "## S\n\n<table><tr><th>Name</th></tr><tr><td>" + string.Concat(Enumerable.Repeat("<b>", n)) + "deep" + string.Concat(Enumerable.Repeat("</b>", n)) + "</td></tr></table>\n";
        var tables = "## S\n\n" + string.Concat(Enumerable.Repeat("<table><tr><td>", n)) + "x" + string.Concat(Enumerable.Repeat("</td></tr></table>", n)) + "\n";
        var quotes = "## S\n\n" + new string('>', n) + " deep\n\n| Name |\n| --- |\n| **A** |\n";
        var lists = "## S\n\n" + string.Concat(Enumerable.Repeat("- ", n)) + "deep\n\n| Name |\n| --- |\n| **A** |\n";

        Assert.Equal("deep", Catalogs.Parse(tags).Spec.Entries.Single().Name);
        Assert.Empty(Catalogs.Parse(tables).Diagnostics);

        // Markdig refuses nesting past its limit instead of overflowing the stack; the file then generates nothing, and says why.
        Assert.Equal("PCAT006", Assert.Single(Catalogs.Parse(quotes).Diagnostics).Id);
        Assert.Equal("PCAT006", Assert.Single(Catalogs.Parse(lists).Diagnostics).Id);
    }

    [Fact]
    public void A_hundred_thousand_links_in_one_cell_parse_and_emit()
    {
        const int n = 100_000;
        var links = string.Join(" ", Enumerable.Range(0, n).Select(i => $"[L{i}](https://example.com/{i})"));

        var result = Catalogs.Parse("## S\n\n| Name | Links |\n| --- | --- |\n| **A** | " + links + " |\n");
        var entry = result.Spec.Entries.Single();

        Assert.Equal(n, entry.Links.Count);
        Assert.Equal("L99999Url", entry.Links[n - 1].MemberName);
        Assert.Contains("L99999Url = \"https://example.com/99999\";", PaperCatalog.Generator.Emit.CatalogEmitter.Emit(result.Spec, default, PaperCatalog.Generator.Model.EmitOptions.Latest, CancellationToken.None));
    }

    [Fact]
    public void Cancellation_stops_a_long_parse_while_it_runs()
    {
        // 100,000 rows take the parser more than a second here; the token is cancelled 20 ms after the parse starts,
        // so only a parse that checks it as it goes stops (one that checks at the start runs to the end). A thread of
        // its own cancels it: a timer's callback waits for the thread pool, which the parallel tests keep busy.
        var markdown = Testing.SyntheticCatalogs.OneTable(100_000);
        var source = new CatalogSource("/project/big.md", markdown, new CatalogOptions("Papers", "", false, "big.md"), EquatableArray<Generator.Diagnostics.DiagnosticInfo>.Empty);
        using var cancellation = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(20);
            cancellation.Cancel();
        }) { IsBackground = true };

        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogFileParser.Parse(source, cancellation.Token));
        canceller.Join();
    }

    [Fact]
    public void The_output_is_the_same_bytes_whatever_the_order_of_the_files()
    {
        var files = new[] { TestPaths.SeedFile, TestPaths.AwesomePapers("systems-for-ml/moe.md"), TestPaths.AwesomePapers("systems-for-ml/dlrm.md") };

        Assert.Equal(Generated(files), Generated(files.Reverse().ToArray()));
        Assert.Equal(Generated(files), Generated(new[] { files[1], files[2], files[0] }));
    }

    [Fact]
    public void The_output_is_the_same_bytes_with_LF_or_CRLF_line_ends()
    {
        var lf = new[] { TestPaths.SeedFile, TestPaths.AwesomePapers("systems-for-ml/deep-learning-training.md") };
        var crlf = lf.Select(f => f with { Markdown = f.Markdown.Replace("\r\n", "\n").Replace("\n", "\r\n") }).ToArray();

        Assert.Equal(Generated(lf), Generated(crlf));
    }

    [Theory]
    [InlineData(@"C:\work\app\docs\llm.md", @"C:\work\app", "docs/llm.md")]
    [InlineData(@"C:\work\app\docs\llm.md", @"C:\work\app\", "docs/llm.md")]
    [InlineData("/work/app/docs/llm.md", "/work/app", "docs/llm.md")]
    [InlineData("/work/app/docs/llm.md", "/work/app/", "docs/llm.md")]
    [InlineData("/work/lists/llm.md", "/work/app", "../lists/llm.md")]
    [InlineData(@"C:\work\lists\llm.md", @"C:\work\app", "../lists/llm.md")]
    public void Windows_and_Unix_paths_give_the_same_relative_path_the_output_depends_on(string path, string projectDirectory, string relative) =>
        Assert.Equal(relative, CatalogSource.RelativePath(path, projectDirectory));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void The_output_is_the_same_bytes_in_any_culture(string culture)
    {
        var files = new[]
        {
            TestPaths.SeedFile,
            new CatalogFile("catalog/turkish.md", "## istanbul ığdır\n\n| Name | Date | Conference |\n| --- | --- | --- |\n| **iris ılık** | 2023-01 | ISCA 2023 |\n| **İzmir** | 2022-12 | eurosys 2022 |\n"),
        };
        var invariant = Generated(files, CultureInfo.InvariantCulture);

        Assert.Equal(invariant, Generated(files, new CultureInfo(culture)));
        Assert.Contains(invariant, s => s.Text.Contains("partial class Istanbulığdır", StringComparison.Ordinal));
        Assert.Contains(invariant, s => s.Text.Contains("public static class EuroSys2022", StringComparison.Ordinal));
    }

    // Markup characters only: WebUtility.HtmlEncode would also replace lone surrogates.
    private static string Encode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static List<(string HintName, string Text)> Generated(CatalogFile[] files, CultureInfo? culture = null)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            }

            return Catalogs.Run(files).Result.GeneratedSources
                .Select(s => (s.HintName, s.SourceText.ToString()))
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    private static HostilePaper RunPaper(CatalogFile catalog)
    {
        var result = (string[])CompiledCatalog.Run(
            new[] { catalog },
            """
            var paper = Papers.All.Single();
            return new[]
            {
                paper.Name, paper.Venue!.Text, paper.Institutions[0], paper.Links[0].Label, paper.Remarks!,
                paper.Columns.Single().Value, paper.Links[1].Url,
            };
            """)!;
        return new HostilePaper(result[0], result[1], result[2], result[3], result[4], result[5], result[6]);
    }

    private sealed record HostilePaper(string Name, string Venue, string Institution, string LinkLabel, string Remarks, string Note, string PaperUrl);
}
