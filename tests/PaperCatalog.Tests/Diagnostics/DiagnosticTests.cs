using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic, with the exact span marked in the Markdown as <c>{|ID:…|}</c>, for pipe
/// tables and HTML tables both where both can have the problem.
/// </summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void PCAT001_a_catalog_that_cannot_be_read()
    {
        var source = new CatalogSource("/project/missing.md", null, new CatalogOptions("Papers", "", false, "missing.md"), EquatableArray<PaperCatalog.Generator.Diagnostics.DiagnosticInfo>.Empty);
        var diagnostic = Assert.Single(CatalogFileParser.Parse(source, CancellationToken.None).Diagnostics);
        Assert.Equal("PCAT001", diagnostic.Id);
        Assert.Equal(new[] { "missing.md" }, diagnostic.Arguments);
    }

    [Fact]
    public void PCAT002_an_empty_catalog() => Marked.AssertDiagnostics("{|PCAT002:|} \n\n  \n");

    [Fact]
    public void PCAT003_a_catalog_of_prose_only() => Marked.AssertDiagnostics("{|PCAT003:|}# Notes\n\nOrca (OSDI 2022) batches iterations.\n");

    [Fact]
    public void A_page_whose_lists_hold_no_entries_reports_nothing() => Assert.Empty(Catalogs.Parse("# Systems for ML\n\n* [LLM](llm.md)\n* [MoE](moe.md)\n\n## Glossary\n\n* LLM: Large Language Model\n").Diagnostics);

    [Fact]
    public void PCAT005_a_failure_becomes_a_diagnostic_on_the_file_and_other_files_still_generate()
    {
        var broken = TestPaths.SeedFile with { RelativePath = "catalog/broken.md" };
        CatalogFileParser.FailForTesting = path => path == broken.Path;
        try
        {
            var (result, output) = Catalogs.Run(broken, TestPaths.SeedFile with { ClassName = "Other" });
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("PCAT005", diagnostic.Id);
            Assert.Contains("failure injected by a test", diagnostic.GetMessage());
            Assert.Null(result.Exception);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("PaperUrl = \"https://", StringComparison.Ordinal));
        }
        finally
        {
            CatalogFileParser.FailForTesting = null;
        }
    }

    [Fact]
    public void PCAT101_pipe_rows_with_more_cells_than_the_header_and_short_rows_read_padded()
    {
        // GitHub shows a short row with empty cells at its end, and drops cells beyond the header.
        var diagnostics = Marked.AssertDiagnostics("""
            ## Disaggregation

            | Name | Conference | Institution | Links | Remarks |
            | --- | --- | --- | --- | --- |
            | **Hydra** | FAST 2022 | UMich | [Paper](https://example.com/hydra) |
            | **Kona** | ASPLOS 2021 | VMWare | [Paper](https://example.com/kona) | Cache coherence. |{|PCAT101: a stray cell |}|
            """);

        Assert.Equal(new[] { "6", "5", "Disaggregation", "'a stray cell'", "add a header cell for them, remove them, or write a | that belongs to the text as \\|" }, diagnostics[0].Arguments);
        var hydra = CatalogParseResultView.Parse("## S\n\n| Name | Conference | Remarks |\n| --- | --- | --- |\n| **Hydra** | FAST 2022 |\n").Entries.Single();
        Assert.Equal(("Hydra", "FAST 2022", (string?)null), (hydra.Name, hydra.Venue!.Text, hydra.Remarks));
    }

    [Fact]
    public void PCAT101_html_rows_with_more_cells_than_the_header() => Marked.AssertDiagnostics("""
        ## S

        <table><thead><tr><th>Name</th><th>Conference</th></tr></thead><tbody><tr><td><strong>Hydra</strong></td></tr><tr><td>Kona</td><td>ASPLOS 2021</td>{|PCAT101:<td>extra</td>|}</tr></tbody></table>
        """);

    [Fact]
    public void PCAT102_a_blank_header_cell_in_pipe_and_html_tables() => Marked.AssertDiagnostics("""
        ## S

        | Name | Conference |{|PCAT102:   |}|
        | --- | --- | --- |
        | **A** | OSDI 2022 | notes |

        <table><thead><tr><th>Name</th>{|PCAT102:<th width="10"> </th>|}</tr></thead><tbody><tr><td><a href="https://example.org/b.pdf">B</a></td><td>x</td></tr></tbody></table>
        """);

    [Fact]
    public void PCAT102_is_not_reported_for_a_header_of_blank_cells_only_a_caption_or_a_table_that_is_no_catalog() => Marked.AssertDiagnostics("""
        ## S

        |  |  |  |
        | :-- | :-- | :-- |
        | [Basic State Space Models](https://arxiv.org/pdf/2404.16112) | <img width="361" alt="image" src="https://example.org/f.png"> | |

        | | |
        |---|---|
        | [Datasets](docs/datasets.md) | what each corpus actually contains |

        | Dataset | | Signers | |
        |:---:|:---:|:---:|:---:|
        |  DGS Kinect  |    DGS   |     15    |            |

        | China (& HK SAR) | |||
        | :---------| :------ | :------ | :------ |
        | [Jane Doe](https://example.org/doe/), CUHK | [John Roe](https://example.org/roe/), Microsoft | [Rick Moe](https://example.org/moe), SYSU | |
        """);

    [Fact]
    public void PCAT103_a_table_that_names_no_entries_is_skipped_with_its_headers_in_the_message()
    {
        // Tables with links were meant as catalogs; the one without (a glossary, a support matrix) is skipped quietly.
        // (A column whose cells hold titled links names the entries: these links are labelled only by their kind.)
        var diagnostics = Marked.AssertDiagnostics("""
            ## Notes

            {|PCAT103:| Term | Meaning |}
            | --- | --- |
            | DL | [link](https://e.com/dl) |

            <table><thead>{|PCAT103:<tr><th>Term</th><th>Meaning</th></tr>|}</thead><tbody><tr><td>ML</td><td><a href="https://e.com/ml">pdf</a></td></tr></tbody></table>

            | GPU | FP8 |
            | --- | --- |
            | H100 | yes |
            """);

        Assert.Equal(new[] { "Notes", "'Term', 'Meaning'" }, diagnostics[0].Arguments);
    }

    [Fact]
    public void PCAT104_malformed_html_in_cells_and_between_them() => Marked.AssertDiagnostics("""
        ## S

        <table><thead><tr><th>Name</th><th>Institution</th></tr></thead><tbody><tr><td>{|PCAT104:<code>|}A</td><td><ul><li>x</li></ul>{|PCAT104:</em>|}</td></tr>{|PCAT104:stray text|}<tr><td>B</td><td><ul><li>y</li><li>z</ul></td></tr></tbody></table>

        | Name | Institution |
        | --- | --- |
        | **C** | {|PCAT104:<ul>|}<li>MIT</li> |

        {|PCAT104:<tr>|}<td>D</td></tr>
        """);

    [Fact]
    public void Formatting_left_open_in_a_table_cell_is_closed_by_the_cell_and_runs_on_elsewhere() => Marked.AssertDiagnostics("""
        ## S

        <table><tr><th>Name</th><th>Paper</th></tr><tr><td>A</td><td><font color="red">Doe J, et al. Fast Things[J]. <a href="https://e.com/a">[paper]</a></td></tr></table>

        | Name | Paper |
        | --- | --- |
        | **B** | <strong>Fast Things [paper](https://e.com/b) |

        - {|PCAT104:<b>|}[Slow Things](https://e.com/c)
        """);

    [Fact]
    public void PCAT104_a_table_that_is_never_closed() => Marked.AssertDiagnostics("""
        ## S

        {|PCAT104:<table>|}<thead><tr><th>Name</th></tr></thead><tbody><tr><td>A</td></tr>
        """);

    [Fact]
    public void PCAT105_a_header_and_delimiter_row_that_disagree() => Marked.AssertDiagnostics("""
        {|PCAT003:|}## S

        {|PCAT105:| Name | Conference | Links |
        | --- | --- ||}
        | **A** | OSDI 2022 | x |
        """);

    [Fact]
    public void PCAT201_a_row_with_an_empty_name_cell() => Marked.AssertDiagnostics("""
        ## S

        | Name | Conference |
        | --- | --- |
        |{|PCAT201:   |}| OSDI 2022 |

        <table><thead><tr><th>Name</th><th>Conference</th></tr></thead><tbody><tr>{|PCAT201:<td></td>|}<td>NSDI 2023</td></tr></tbody></table>
        """);

    [Fact]
    public void PCAT202_a_name_without_letters_or_digits() => Marked.AssertDiagnostics("""
        ## S

        | Name |
        | --- |
        | {|PCAT202:**???**|} |

        <table><tr><th>Name</th></tr><tr><td>{|PCAT202:🚀|}</td></tr></table>
        """);

    [Fact]
    public void PCAT203_two_names_with_one_identifier_in_a_section_with_the_first_as_additional_location()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## Inference

            | Name |
            | --- |
            | **Deja Vu** |
            | {|PCAT203:**DejaVu**|} |

            <table><tr><th>Name</th></tr><tr><td>{|PCAT203:<strong>deja-vu</strong>|}</td></tr></table>

            ## Other

            | Name |
            | --- |
            | **Deja Vu** |
            """);

        Assert.All(diagnostics, d => Assert.Equal(4, d.AdditionalLocations.Single().StartLine));
        Assert.Equal(new[] { "DejaVu", "Inference", "DejaVu", "'Deja Vu' on line 5", "DejaVu2" }, diagnostics[0].Arguments);
    }

    [Fact]
    public void PCAT204_names_that_collide_with_generated_members()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            | Name | Links |
            | --- | --- |
            | {|PCAT204:**Papers**|} | |

            ## Survey

            | Survey | Links |
            | --- | --- |
            | {|PCAT204:**All**|} | |
            | {|PCAT204:Survey|} | |
            | {|PCAT204:**PaperUrl**|} | [Paper](https://example.com/p) |
            | {|PCAT204:Name|} | |
            | **Notes** | |

            {|PCAT204:### Notes|}

            | Name |
            | --- |
            | **Lost** |
            """);

        Assert.Equal("the All list of its section", diagnostics[1].Arguments[3]);
        Assert.Equal("its enclosing class", diagnostics[2].Arguments[3]);
        Assert.Equal("its own member PaperUrl", diagnostics[3].Arguments[3]);
        Assert.StartsWith("the entry 'Notes'", diagnostics[5].Arguments[3]);
    }

    [Fact]
    public void PCAT301_a_link_with_an_empty_target() => Marked.AssertDiagnostics("""
        ## S

        | Name | Links |
        | --- | --- |
        | **A** | {|PCAT301:[Paper]()|} |

        <table><tr><th>Name</th><th>Links</th></tr><tr><td>B</td><td><ul><li>{|PCAT301:<a href="">Paper</a>|}</li></ul></td></tr></table>
        """);

    [Fact]
    public void PCAT302_placeholder_targets() => Marked.AssertDiagnostics("""
        ## S

        | Name | Links |
        | --- | --- |
        | **A** | [Paper]({|PCAT302:#|}) [Code](https://example.com/code) |

        <table><tr><th>Name</th><th>Links</th></tr><tr><td>B</td><td><a href="{|PCAT302:broken-reference|}">Personal Notes</a></td></tr></table>
        """);

    [Fact]
    public void PCAT303_targets_that_are_not_urls()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## S

            | Name | Links |
            | --- | --- |
            | **A** | [Paper]({|PCAT303:javascript:alert(1)|}) |
            | **B** | [Paper]({|PCAT303:<https://example.com/a b>|}) |

            <table><tr><th>Name</th><th>Links</th></tr><tr><td>C</td><td><a href="{|PCAT303:https://&#x202E;evil|}">Paper</a> <a href="{|PCAT303:ftp://example.com/x|}">Code</a></td></tr></table>
            """);

        Assert.Equal("a javascript: URL, which runs or embeds code instead of pointing at a page", diagnostics[0].Arguments[4]);
        Assert.Equal("not a URL because it contains a space (write it as %20)", diagnostics[1].Arguments[4]);
        Assert.Equal("not a URL because it contains the invisible character U+202E", diagnostics[2].Arguments[4]);
    }

    [Fact]
    public void PCAT303_a_web_address_without_its_scheme_says_the_fix()
    {
        // GitHub resolves it inside the repository (…/blob/main/arxiv.org/pdf/…): a page that does not exist.
        var diagnostics = Marked.AssertDiagnostics("""
            ## S

            - [Fast Things](https://arxiv.org/abs/2108.02099) [[pdf]]({|PCAT303:arxiv.org/pdf/2108.02099|}) [[site]]({|PCAT303:www.example.org/p|}) [[notes]]({|PCAT307:notes/fast.md|})
            """);

        Assert.Equal(
            new[]
            {
                "a web address without its scheme, which GitHub opens as a page of the repository; write https://arxiv.org/pdf/2108.02099",
                "a web address without its scheme, which GitHub opens as a page of the repository; write https://www.example.org/p",
            },
            diagnostics.Where(d => d.Id == "PCAT303").Select(d => d.Arguments[4]));
    }

    [Fact]
    public void PCAT308_links_that_GitHub_shows_as_text_say_the_fix()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## S

            - [Fast Things](https://arxiv.org/abs/2108.02099) {|PCAT308:[[pdf]] (https://arxiv.org/pdf/2108.02099)|} {|PCAT308:(Code)[https://github.com/a/b]|}
            - [Slow Things](https://arxiv.org/abs/2108.02100) ([code](https://github.com/a/c)) `[x] (https://e.com/in-code)` (see https://e.com/s)

            ```
            [[pdf]] (https://e.com/in-a-fence)
            ```
            """);

        Assert.Equal(
            new[] { "[[pdf]](https://arxiv.org/pdf/2108.02099)", "[Code](https://github.com/a/b)" },
            diagnostics.Select(d => d.Arguments[2]));
        Assert.Equal(
            new[] { "a space stands between its label and its target", "its label and its target are swapped" },
            diagnostics.Select(d => d.Arguments[1]));
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2305.05920v1", "https://arxiv.org/pdf/2305.05920v2", "arXiv:2305.05920")]
    [InlineData("https://arxiv.org/html/2305.05920v1", "http://arxiv.org/pdf/2305.05920.pdf", "arXiv:2305.05920")]
    [InlineData("https://doi.org/10.1145/3302424.3303953", "https://dx.doi.org/10.1145/3302424.3303953", "doi:10.1145/3302424.3303953")]
    [InlineData("https://doi.org/10.1145/ABC.1", "https://dl.acm.org/doi/pdf/10.1145/abc.1", "doi:10.1145/abc.1")]
    [InlineData("https://www.usenix.org/conference/osdi22/presentation/yu", "https://www.usenix.org/system/files/osdi22-yu.pdf", "usenix:osdi22/yu")]
    [InlineData("https://openreview.net/forum?id=rJl-b3RcF7", "https://openreview.net/pdf?id=rJl-b3RcF7", "openreview:rJl-b3RcF7")]
    [InlineData("https://example.org/papers/fast/", "http://www.example.org/papers/fast#abstract", "url:example.org/papers/fast")]
    [InlineData("https://aclanthology.org/2023.acl-long.1/", "https://aclanthology.org/2023.acl-long.1.pdf", "acl:2023.acl-long.1")]
    [InlineData("https://proceedings.mlr.press/v202/liu23am.html", "http://proceedings.mlr.press/v202/liu23am/liu23am.pdf", "pmlr:v202/liu23am")]
    [InlineData("https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a-Abstract.html", "https://papers.nips.cc/paper_files/paper/2020/file/1457c0d6bfcb4967418bfb8ac142f64a-Paper.pdf", "neurips:1457c0d6bfcb4967418bfb8ac142f64a")]
    [InlineData("https://openaccess.thecvf.com/content/CVPR2023/html/Li_Fast_Things_CVPR_2023_paper.html", "https://openaccess.thecvf.com/content/CVPR2023/papers/Li_Fast_Things_CVPR_2023_paper.pdf", "cvf:li_fast_things_cvpr_2023_paper")]
    [InlineData("https://link.springer.com/article/10.1007/s10994-021-1", "https://doi.org/10.1007/S10994-021-1", "doi:10.1007/s10994-021-1")]
    public void PCAT208_and_PCAT209_the_same_paper_twice_in_a_section_and_in_another_section_whatever_its_link_form(string first, string second, string key)
    {
        var diagnostics = Marked.AssertDiagnostics($$"""
            ## S

            - [Fast Things: Doing It Quickly]({{first}})
            - {|PCAT208:[Fast Things, Done Quickly and Well]({{second}})|}

            ## T

            - {|PCAT209:[Fast Things: Doing It Quickly]({{second}})|}
            """);

        var messages = diagnostics.Select(d => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains($"is the paper 'Fast Things' on line 3 of catalog/test.md already lists in this section (both are {key})", messages[0], StringComparison.Ordinal);
        Assert.Contains("under another title: the same paper twice, or one of the links is another paper's", messages[0], StringComparison.Ordinal);
        Assert.Contains($"lists in section 'S' (both are {key})", messages[1], StringComparison.Ordinal);
        // The later entry points at the first: a second location.
        Assert.All(diagnostics, d => Assert.Single(d.ToDiagnostic().AdditionalLocations));
    }

    [Fact]
    public void PCAT208_is_not_reported_for_untitled_rows_named_differently_that_cite_one_paper_but_is_for_one_named_alike() => Marked.AssertDiagnostics("""
        ## Models

        | Model | Paper |
        | --- | --- |
        | LLaMA-7B | [arXiv](https://arxiv.org/abs/2302.13971) |
        | LLaMA-13B | {|PCAT309:[arXiv](https://arxiv.org/pdf/2302.13971v1)|} |
        | {|PCAT208:LLaMA 13B|} | [arXiv](https://arxiv.org/abs/2302.13971) |
        """);

    [Fact]
    public void Names_that_make_one_identifier_and_cite_one_paper_are_PCAT203_not_silently_renamed() => Marked.AssertDiagnostics("""
        ## Attacks

        | Attack | Paper |
        | --- | --- |
        | I-FGSM | [arXiv](https://arxiv.org/abs/1607.02533) |
        | {|PCAT203:I-FGS²M|} | [arXiv](https://arxiv.org/abs/1607.02533) |
        """);

    [Fact]
    public void PCAT210_an_item_that_links_a_paper_and_is_no_entry_is_said_and_navigation_or_a_paper_under_it_is_not()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## Surveys

            - {|PCAT210:[Paper](https://arxiv.org/abs/2401.00001)|}
            - [arXiv](#arxiv)
            - **2025.05**
              - [Fast Things: Doing It Quickly](https://arxiv.org/abs/2505.00001)
            - [Code](https://github.com/a/b)
            - https://github.com/a/losses
            - {|PCAT210:http://www.example.org/bmvc/2013/paper0032.pdf|}
            """);

        Assert.Contains("The item '[Paper](https://arxiv.org/abs/2401.00001)' in section 'Surveys' links a paper",
            diagnostics.First().ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void PCAT309_an_arxiv_pdf_or_version_link_where_another_entry_links_the_abstract_with_the_fix()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## S

            - [Fast Things: Doing It Quickly](https://arxiv.org/abs/2305.05920)

            ## T

            - {|PCAT209:[Fast Things: Doing It Quickly](https://example.org/fast)|} {|PCAT309:[pdf](https://arxiv.org/pdf/2305.05920v2)|}
            - [Slow Things](https://example.org/slow) [pdf](https://arxiv.org/pdf/2305.05921v2)
            """);

        Assert.Contains("is the PDF of arXiv 2305.05920, where 'Fast Things' on line 3 of catalog/test.md links its abstract; write https://arxiv.org/abs/2305.05920",
            diagnostics.Single(d => d.Id == "PCAT309").ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| Date | Title |\n| --- | --- |\n| {|PCAT404:2021.12|} | [Fast Things](https://arxiv.org/abs/2301.00001) |")]
    [InlineData("| Date | Title |\n| --- | --- |\n| {|PCAT404:2021|} | [Fast Things](https://arxiv.org/abs/2301.00001) |")]
    [InlineData("| Date | Title |\n| --- | --- |\n| {|PCAT405:2022.02|} | [Fast Things](https://arxiv.org/abs/2301.00001) |")]
    [InlineData("| Date | Title |\n| --- | --- |\n| {|PCAT405:2022|} | [Fast Things](https://arxiv.org/abs/2301.00001) |")]
    [InlineData("| Title | Venue |\n| --- | --- |\n| [Fast Things](https://arxiv.org/abs/2301.05001) | {|PCAT404:arXiv 2022|} |")]
    [InlineData("| Title | Venue |\n| --- | --- |\n| [Fast Things](https://arxiv.org/abs/2301.00001) | {|PCAT405:NeurIPS 2022|} |")]
    [InlineData("| Date | Title | Venue |\n| --- | --- | --- |\n| 2023.01 | [Fast Things](https://arxiv.org/abs/2301.00001) | ICLR 2023 |")]
    [InlineData("| Date | Title |\n| --- | --- |\n| 2022.12 | [Fast Things](https://example.org/fast) |")]
    public void PCAT404_and_PCAT405_a_year_before_the_arxiv_identifier_of_the_entry_own_link(string table) =>
        Marked.AssertDiagnostics("## S\n\n" + table + "\n");

    [Fact]
    public void PCAT304_a_link_without_a_label() => Marked.AssertDiagnostics("""
        ## S

        | Name | Links |
        | --- | --- |
        | **A** | {|PCAT304:[](https://example.com/a)|} |

        <table><tr><th>Name</th><th>Links</th></tr><tr><td>B</td><td>{|PCAT304:<a href="https://example.com/b"> </a>|}</td></tr></table>
        """);

    [Fact]
    public void PCAT305_two_links_with_one_label() => Marked.AssertDiagnostics("""
        ## S

        | Name | Links |
        | --- | --- |
        | **A** | [Paper](https://example.com/a) {|PCAT305:[paper](https://example.com/b)|} |

        <table><tr><th>Name</th><th>Links</th></tr><tr><td>B</td><td><a href="https://example.com/c">Code</a>{|PCAT305:<a href="https://example.com/d">Code</a>|}</td></tr></table>
        """);

    [Fact]
    public void PCAT401_venues_that_claim_a_form_and_break_it_and_irregular_ones_that_are_kept()
    {
        const string markdown = """
            ## S

            | Name | Conference | Links |
            | --- | --- | --- |
            | **CNN Parallelism** | {|PCAT401:arXiv 1404.599|} | [Paper](https://arxiv.org/abs/1404.5997) |
            | **B** | {|PCAT401:OSDI 2O22|} | |
            | **C** | [Workshop](https://example.com) | |
            | **D** | MLSys 2022 Workshop on Cloud Intelligence / AIOps | |
            | **E** | arXiv:2305.05920v2 | |
            | **F** | DLP-KDD 2022 | |
            | **I** | Technical Report No. UCB/EECS-2009-28 | |
            | **J** | ICML (Oral) | |

            <table><tr><th>Name</th><th>Conf/Journal</th></tr><tr><td>G</td><td><a href="https://icml.cc/2023">ICML '23</a></td></tr><tr><td>H</td><td>CSUR 2017</td></tr></table>
            """;
        var diagnostics = Marked.AssertDiagnostics(markdown);

        Assert.Equal(
            "'1404.599' is not an arXiv identifier, which has the form YYMM.NNNNN (as in 'arXiv 2305.05920'); the row's own link says arXiv 1404.5997",
            diagnostics[0].Arguments[3]);
        Assert.Equal("'2O22' is not a year; write four digits, as in 'OSDI 2022'", diagnostics[1].Arguments[3]);

        // What is no '<name> <year>' is kept as written, named when a known venue opens it; ICML '23 is ICML 2023.
        var venues = CatalogParseResultView.Parse(Marked.Parse(markdown).Text).Entries.ToDictionary(e => e.Name, e => e.Venue!);
        Assert.Equal(("Workshop", (string?)null, 0, PaperCatalog.Generator.Shared.VenueKind.Unknown), (venues["C"].Text, venues["C"].Name, venues["C"].Year, venues["C"].Kind));
        Assert.Equal(((string?)null, 0), (venues["I"].Name, venues["I"].Year));
        Assert.Equal(("ICML", 0, "Oral"), (venues["J"].Name, venues["J"].Year, venues["J"].Detail));
        Assert.Equal(("ICML", 2023), (venues["G"].Name, venues["G"].Year));
        Assert.Equal(("arXiv", "2305.05920"), (venues["E"].Name, venues["E"].ArxivId));
    }

    [Fact]
    public void PCAT402_an_empty_venue_is_a_warning() => Marked.AssertDiagnostics("""
        ## S

        | Name | Conference |
        | --- | --- |
        | **A** |{|PCAT402:  |}|

        <table><tr><th>Name</th><th>Conference</th></tr><tr><td>B</td>{|PCAT402:<td></td>|}</tr></table>
        """);

    [Fact]
    public void Valid_entries_are_generated_beside_broken_ones()
    {
        var result = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/resource-disaggregation/memory-disaggregation.md"));

        Assert.Contains(result.Diagnostics, d => d.Id == "PCAT302");
        var disaggRec = result.Spec.Entries.Single(e => e.Name == "DisaggRec");
        Assert.Equal(new[] { null, "PaperUrl" }, disaggRec.Links.Select(l => l.MemberName));
        Assert.Equal(11, result.Spec.Entries.Count);
    }

    [Fact]
    public void PCAT004_item_metadata_that_is_no_identifier_falls_back_and_says_so()
    {
        var (result, output) = Catalogs.Run(TestPaths.SeedFile with { ClassName = "My Papers", Namespace = "1st.Lab", Accessibility = "protected" });

        Assert.Equal(
            new[]
            {
                "The ClassName metadata 'My Papers' of the paper catalog 'catalog/llm.md' is not a valid C# identifier; 'Papers' is used instead",
                "The Namespace metadata '1st.Lab' of the paper catalog 'catalog/llm.md' is not a valid C# namespace; 'Sample' is used instead",
                "The Accessibility metadata 'protected' of the paper catalog 'catalog/llm.md' is not a valid accessibility (public or internal); 'internal' is used instead",
            },
            result.Diagnostics.Select(d => d.GetMessage()));
        Assert.All(result.Diagnostics, d => Assert.Equal("PCAT004", d.Id));
        Assert.NotNull(output.GetTypeByMetadataName("Sample.Papers+Inference+Orca"));
    }

    [Fact]
    public async Task The_compiler_reports_our_diagnostics_at_the_line_and_column_of_the_markdown_and_still_generates()
    {
        var catalog = TestPaths.AwesomePapers("resource-disaggregation/memory-disaggregation.md");
        var test = new GeneratorTest(catalog) { TestBehaviors = Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipGeneratedSourcesCheck };
        test.TestState.Sources.Add("""
            /// <summary>Uses entries of the broken file: they are generated all the same.</summary>
            public static class Consumer
            {
                /// <summary>Hydra's paper.</summary>
                public const string Hydra = Sample.Papers.RDMABasedDisaggregation.Hydra.PaperUrl;

                /// <summary>DisaggRec's paper; its broken Personal Notes link has no constant.</summary>
                public const string DisaggRec = Sample.Papers.RDMABasedDisaggregation.DisaggRec.PaperUrl;
            }
            """);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PCAT102", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithSpan(catalog.Path, 9, 362, 9, 430)
            .WithArguments("5", "5", "RDMA-based Disaggregation"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PCAT302", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithSpan(catalog.Path, 11, 201, 11, 217)
            .WithArguments("Personal Notes", "DisaggRec", "RDMA-based Disaggregation", "broken-reference"));

        await test.RunAsync();
    }
}
