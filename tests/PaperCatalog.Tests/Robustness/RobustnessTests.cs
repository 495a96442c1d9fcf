using CsCheck;
using Microsoft.CodeAnalysis;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Robustness;

/// <summary>
/// Property tests: Markdown from the real corpus (tables and bullet lists), mutated (rows and items cut,
/// stray pipes, brackets and tags, unbalanced HTML, random characters, huge cells), never makes the generator throw, and the code it generates
/// always compiles; only PaperCatalog's own diagnostics may complain. The normal suite runs a bounded
/// number of cases from a fixed seed; tests/fuzz.sh runs many more (PAPERCATALOG_FUZZ_ITERATIONS,
/// PAPERCATALOG_FUZZ_SEED).
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class RobustnessTests
{
    private const string DefaultSeed = "0N0XIzNsQ0O2";

    private static readonly string[] Documents = Directory
        .GetFiles(TestPaths.TestData("corpus"), "*.md", SearchOption.AllDirectories)
        .Where(path => Path.GetFileName(path) != "README.md")
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Fragments =
    {
        "|", "||", "| --- |", "\\|", "<td>", "</td>", "<th>", "<tr>", "</tr>", "<table>", "</table>", "<thead>", "</tbody>",
        "<ul><li>", "</li>", "</ul>", "<a href=\"", "\">", "</a>", "<strong>", "</em>", "<p></p>", "<br>", "<!--", "-->",
        "<!-- papercatalog-disable -->", "<!-- papercatalog order: year desc -->", "<!-- papercatalog order: title -->",
        "<!-- papercatalog order: x -->", "https://arxiv.org/pdf/2305.05920v2", "https://arxiv.org/abs/2305.05920", "| 2021.01 | ", "**", "_", "~~", "`", "``", "[", "](", ")", "![", "[x]: https://e.com", "\\", "&amp;",
        "&#x", "&#", "&nbsp;", ";", "\u202E", "\u200B", "\0", "\r", "\n", "\r\n", "\n\n", "\u2028", "\u0085", "\uD800", "\uDC00",
        "#", "## ", "### ", "> ", "- ", "1. ", "```", "    ", "\t", "{", "}", "\"", "\"\"\"", "*/", "</summary>", "<![CDATA[",
        "#if DEBUG", "#pragma warning disable", "javascript:alert(1)", "broken-reference", "arXiv 1404.", "OSDI 2O22", "All",
        "Papers", "Venues", "Name", "PaperUrl", "| Name | Conference | Links |\n| --- | --- | --- |\n",

        // Bullet-list forms: items, sub-items, bracketed links, venues, task boxes, dates, bold titles.
        "* ", "  * ", "    - ", "\\[[", "]]", "\\[[Paper](https://e.com/p)]", "([OSDI 2022](x/))", "(arXiv: 2310.07177)", " & ",
        "- [ ] ⭐ ", "- [x] ", "- [] ", "(2023-02) **", "**Title** ", "[Name](https://e.com/n) - ", ": ", "(LLM)", "🔥",

        // The wild lists' conventions: venue tags, labels, date bullets, citations, bylines, icons, bare URLs, spans.
        "[OSDI'24] ", "[2022 Nature Methods] ", "Paper: ", "- **[2025.05.12]**", "&nbsp;&nbsp;", "<th rowspan=\"3\">",
        "<td colspan=\"2\">", "<td rowspan=\"999999\">", "| Paper | Links |\n| --- | --- |\n", "| Paper url |", "(Goodfellow et al., 2015)",
        "_Jane Doe, John Roe._ ", "\"Quoted.\" ", "[:scroll:](p.pdf) ", "https://e.com/x ", "www.e.com ", "(**Alias**)", ", by ",
        "In *ICML 2021*. ", " | SOSP' 23", "## 2023\n", "### NeurIPS 2025\n", "<h2 id=\"x\">", "</h2>", "  ", "  - Authors: ", "N/A",

        // Bylines, citations, venues in front, short names, headings and table roles read since.
        "by Jane Doe and John Roe, 2002. ", "Doe J, Roe R, et al. ", "Jane Doe, John Roe. 2018. ", "Wang, Haiming and Xin, Huajian",
        "[ICLR 2026](https://openreview.net/forum?id=x), ", "[arXiv 2025.08](x) ", "(*NAACL'21*) ", "[KDD 2021, LPKT] ", "CVPR-22 ",
        "(**ICLR 2026**)", "[[arXiv](x)]", "badge/ACL'25_Main-f1b800", "[SIGMOD 18] ", "Cureus, 2023.6", "arXiv 2012.08", "**ChatDoctor**: ",
        "**(Geoformer)** ", " (PRP)", "WaveNet★: ", "#### AAAI\n", "### 2018 MICCAI: ", "# INTERSPEECH-2023-Papers\n",
        "| Publication | Venue | Year |\n| --- | --- | --- |\n", "| Venue in Short Form | Publication Date |", "[IJCAI](https://dblp.org/x) [2025](y), ",
        "\u00AD", "\u200D", "Neural Computation (2016)", ", R. Collobert et al.", "Technical Report No. UCB/EECS-2009-28",

        // Author-venue citations, names before a titled link, type marks, dates in code spans, title text in Paper cells.
        "(Wei Yuan et al., WSDM 2023) ", "ILS-SSL: ", " IEEE Access [J]. ", "[C]", " `2024-09-01` ", "|-          | ",
        "| Method | Paper |\n| --- | --- |\n", " (npj Computational Materials, 2024) [[**Paper**](https://e.com/p)]",
        "Xu(Nanjing University), ", "Doe, Jane; Roe, John", " <br> <sup><sub>*Jane Doe, John Roe*</sub></sup>", "Jane Doe and John Roe. 2024. ",
        "Doe, J., & Roe, K. (2021). ", ". In Proceedings of the 16th Workshop (HotStorage '24). ", "(aka: GROVER; NeurIPS 2020)", ", in Nature 2023. ",
        "[[pdf]] (https://e.com/p)", "(Code)[https://e.com/c]", "(arxiv.org/pdf/2108.02099)", "](www.e.org/p)",
    };

    private static Gen<Mutation> MutationGen =>
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 1_000_000], Gen.Int[0, 400], Gen.Int[0, Fragments.Length - 1], Gen.Char.Array[0, 12])
            .Select((kind, position, length, fragment, chars) => new Mutation(kind, position, length, fragment, new string(chars)));

    // Most cases mutate a window of up to 400 lines, one in 32 a whole document, and a fragment repeats at most 400
    // times: a case on the largest real list costs a hundred times one on a window, and a million cases must run in
    // hours, not days. Huge inputs have tests of their own (ScaleTests, the pathological cases of UntrustedMarkdownTests).
    private static Gen<string> MarkdownGen =>
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Int[0, 31], Gen.Int[0, 1_000_000], Gen.Int[1, 400], MutationGen.Array[1, 6])
            .Select((document, whole, start, lines, mutations) =>
                mutations.Aggregate(whole == 0 ? Documents[document] : Window(Documents[document], start, lines), (text, mutation) => mutation.Apply(text)));

    private static string Window(string text, int start, int lines)
    {
        var from = (int)((long)start * text.Length / 1_000_001);
        from = from == 0 ? 0 : text.LastIndexOf('\n', from - 1) + 1;
        var to = from;
        for (var line = 0; line < lines && to < text.Length; line++)
        {
            var next = text.IndexOf('\n', to);
            to = next < 0 ? text.Length : next + 1;
        }

        return text.Substring(from, to - from);
    }

    private static int Iterations(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("PAPERCATALOG_FUZZ_ITERATIONS"), out var iterations) ? iterations : normal;

    // A fixed seed in the normal suite, so CI is repeatable; "random" lets CsCheck pick (it prints the seed of a failure).
    private static string? Seed => Environment.GetEnvironmentVariable("PAPERCATALOG_FUZZ_SEED") switch
    {
        null or "" => DefaultSeed,
        "random" => null,
        var seed => seed,
    };

    // A 1,000,000-case run (seed 8Ooh7C7vqam2) made the short-name rule read before the text: a title that starts
    // with separators and no name ("-: [Title](…)") in a name cell or an item.
    [Theory]
    [InlineData("## S\n\n| Name | Links |\n| --- | --- |\n| -: [Fast Things Doing It Quickly](https://example.org/p) | x |\n")]
    [InlineData("- -: [Fast Things Doing It Quickly](https://example.org/p)\n")]
    [InlineData("- : - [Fast Things Doing It Quickly](https://example.org/p)\n")]
    public void A_title_that_opens_with_separators_is_read_and_does_not_throw(string markdown)
    {
        var result = Catalogs.Parse(markdown, "catalog/fuzz.md");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PCAT005");
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal("Fast Things Doing It Quickly", entry.Title ?? entry.Name);
    }

    [Fact]
    public void Mutated_markdown_never_makes_the_parser_throw() =>
        MarkdownGen.Sample(
            markdown =>
            {
                var result = Catalogs.Parse(markdown, "catalog/fuzz.md");
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PCAT005");
            },
            seed: Seed,
            iter: Iterations(400));

    [Fact]
    public void Fixes_of_mutated_markdown_stay_in_the_file_and_an_order_fix_only_moves_lines() =>
        MarkdownGen.Sample(
            markdown =>
            {
                foreach (var diagnostic in Catalogs.Parse(markdown, "catalog/fuzz.md").Reported())
                {
                    foreach (var edit in diagnostic.Fix)
                    {
                        Assert.InRange(edit.Start, 0, markdown.Length);
                        Assert.InRange(edit.Length, 0, markdown.Length - edit.Start);
                        if (diagnostic.Id == "PCAT501")
                        {
                            var region = markdown.Substring(edit.Start, edit.Length);
                            Assert.Equal(region.Length, edit.NewText.Length);
                            Assert.Equal(PaperCatalog.Tests.Diagnostics.DeclaredOrderTests.Lines(region).Order(StringComparer.Ordinal), PaperCatalog.Tests.Diagnostics.DeclaredOrderTests.Lines(edit.NewText).Order(StringComparer.Ordinal));
                        }
                        else if (edit.OldText is { } old)
                        {
                            Assert.Contains(old, markdown.Substring(edit.Start, edit.Length), StringComparison.Ordinal);
                        }
                    }
                }
            },
            seed: Seed,
            iter: Iterations(400));

    [Fact]
    public void Mutated_markdown_always_generates_code_that_compiles() =>
        MarkdownGen.Sample(
            markdown =>
            {
                var (result, output) = Catalogs.Run(new CatalogFile("catalog/fuzz.md", markdown));
                Assert.Null(result.Exception);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PCAT005");
                var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(5)));
            },
            seed: Seed,
            // Each case compiles the generated code: a tenth of the parser's cases.
            iter: Math.Max(1, Iterations(400) / 10));

    /// <summary>One change to a document; positions are fractions of its length, so any document takes any mutation.</summary>
    public readonly record struct Mutation(int Kind, int Position, int Length, int Fragment, string Chars)
    {
        public string Apply(string text)
        {
            var at = (int)((long)Position * text.Length / 1_000_001);
            switch (Kind)
            {
                case 0:
                    return text.Remove(at, Math.Min(Length, text.Length - at));
                case 1:
                    return text.Insert(at, Fragments[Fragment]);
                case 2:
                    return text.Insert(at, Chars);
                case 3:
                    return text.Insert(at, string.Concat(Enumerable.Repeat(Fragments[Fragment], Length)));
                case 4:
                {
                    var (start, end) = LineAround(text, at);
                    return text.Insert(end, "\n" + text.Substring(start, end - start));
                }

                case 5:
                {
                    var (start, end) = LineAround(text, at);
                    return text.Remove(start, Math.Min(end + 1, text.Length) - start);
                }

                default:
                    return text.Length == 0 || Chars.Length == 0 ? text : text.Remove(Math.Min(at, text.Length - 1), 1).Insert(Math.Min(at, text.Length - 1), Chars.Substring(0, 1));
            }
        }

        private static (int Start, int End) LineAround(string text, int at)
        {
            var start = at == 0 ? 0 : text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            var end = text.IndexOf('\n', at);
            return (start, end < 0 ? text.Length : end);
        }
    }
}
