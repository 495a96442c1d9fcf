using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Building;

/// <summary>Every table form of the seed and the shared corpus, read into the spec the emitter gets.</summary>
public sealed class TableFormTests
{
    private static EntrySpec Entry(CatalogParseResultView result, string name) => result.Entries.Single(e => e.Name == name);

    [Fact]
    public void Pipe_table_reads_bold_names_markdown_link_venues_html_lists_and_emphasis()
    {
        var result = CatalogParseResultView.Parse(TestPaths.Seed);
        var alpa = Entry(result, "Alpa");

        Assert.Equal("Alpa", alpa.Identifier);
        Assert.Equal(("OSDI 2022", "../../reading-notes/conference/osdi-2022/"), (alpa.Venue!.Text, alpa.Venue.Url));
        Assert.Equal(new[] { "UC Berkeley", "AWS", "Google", "SJTU", "CMU", "Duke" }, alpa.Institutions);
        Assert.Equal("Generalize the search through parallelism strategies.", alpa.Remarks);
        Assert.Equal(
            new[]
            {
                new LinkSpec("Paper", "https://www.usenix.org/conference/osdi22/presentation/zheng-lianmin", "PaperUrl"),
                new LinkSpec("Code", "https://github.com/alpa-projects/alpa", "CodeUrl"),
                new LinkSpec("Docs", "https://alpa.ai/", "DocsUrl"),
            },
            alpa.Links);
        Assert.Equal(7, alpa.Line);
        Assert.Equal("Training", result.SectionOf(alpa));
    }

    [Fact]
    public void One_line_html_table_reads_strong_names_attributes_link_lists_and_em()
    {
        var result = CatalogParseResultView.Parse(TestPaths.Seed);
        var orca = Entry(result, "Orca");

        Assert.Equal(("OSDI 2022", "../../reading-notes/conference/osdi-2022/"), (orca.Venue!.Text, orca.Venue.Url));
        Assert.Equal(new[] { "Seoul National University", "FriendliAI" }, orca.Institutions);
        Assert.Equal("Iteration-level scheduling; selective batching.", orca.Remarks);
        Assert.Equal(
            new[]
            {
                new LinkSpec("Personal Notes", "../../reading-notes/conference/osdi-2022/orca.md", "PersonalNotesUrl"),
                new LinkSpec("Paper", "https://www.usenix.org/conference/osdi22/presentation/yu", "PaperUrl"),
            },
            orca.Links);
        Assert.Equal("Inference", result.SectionOf(orca));

        var fastServe = Entry(result, "FastServe");
        Assert.Equal(("arXiv 2305.05920", null), (fastServe.Venue!.Text, fastServe.Venue.Url));
        Assert.Equal("Skip-join multi-level feedback queue scheduling instead of first-come-frist-serve; proactive kv cache swapping; compared to Orca.", fastServe.Remarks);
    }

    [Fact]
    public void Seed_has_every_entry_the_design_names_with_its_identifier()
    {
        var result = CatalogParseResultView.Parse(TestPaths.Seed);

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "Training.Alpa",
                "Inference.DejaVu", "Inference.FlexGen", "Inference.FastServe", "Inference.AlpaServe",
                "Inference.PaLMInference", "Inference.DeepSpeedInference", "Inference.Orca",
                "Models.LLaMA2", "Models.LLaMA", "Models.BLOOM", "Models.PaLM",
            },
            result.Entries.Select(e => result.SectionOf(e) + "." + e.Identifier));
        Assert.Equal("Large Language Model (LLM)", result.Spec.Title);
    }

    [Fact]
    public void Model_header_names_entries_and_escaped_brackets_stay_text()
    {
        var llama = Entry(CatalogParseResultView.Parse(TestPaths.Seed), "LLaMA");
        Assert.Equal("[6.7B, 13B, 32.5B, 65.2B]; open-access.", llama.Remarks);
        Assert.Equal(("arXiv 2302.13971", null), (llama.Venue!.Text, llama.Venue.Url));
    }

    [Fact]
    public void Paragraph_noise_and_institutions_that_are_links_read_as_plain_items()
    {
        var result = CatalogParseResultView.Parse(TestPaths.ReadTestData("corpus/awesome-papers/resource-disaggregation/memory-disaggregation.md"));

        Assert.Equal(new[] { "Meta AI", "WashU", "UPenn", "Cornell", "Intel" }, Entry(result, "DisaggRec").Institutions);
        Assert.Equal(new[] { "UMich SymbioticLab" }, Entry(result, "Hydra").Institutions);
        Assert.Equal(new[] { "KAIST", "Panmnesia, Inc." }, Entry(result, "CXL-ANNS").Institutions);
    }

    [Fact]
    public void Escaped_underscores_stay_and_paired_ones_vanish()
    {
        var byteps = Entry(CatalogParseResultView.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/deep-learning-training.md")), "BytePS");
        Assert.Equal("Communication framework; leverage spare CPU and bandwidth resources_;_ consider network topology.", byteps.Remarks);
    }

    [Theory]
    [InlineData("| Name | Conference | Institution | Links |", "Name", "Conference", "Institution")]
    [InlineData("| Model | Conf | Institute | Links |", "Model", "Conf", "Institute")]
    [InlineData("| Source | Conf/Journal | Institute | Links |", "Source", "Conf/Journal", "Institute")]
    [InlineData("| Survey | Journal | Institution | Links |", "Survey", "Journal", "Institution")]
    [InlineData("| Links | Venue | Title | Affiliation |", "Title", "Venue", "Affiliation")]
    public void Columns_are_found_by_header_text_in_any_order(string header, string nameHeader, string venueHeader, string institutionHeader)
    {
        var headers = header.Trim('|').Split('|').Select(h => h.Trim()).ToArray();
        var cells = headers.Select(h => h == nameHeader ? "**X**" : h == venueHeader ? "SOSP 2023" : h == institutionHeader ? "MIT" : "[Paper](https://example.com/x)");
        var markdown = $"## S\n\n{header}\n|{string.Join("|", headers.Select(_ => "---"))}|\n| {string.Join(" | ", cells)} |\n";

        var entry = CatalogParseResultView.Parse(markdown).Entries.Single();

        Assert.Equal("X", entry.Name);
        Assert.Equal("SOSP 2023", entry.Venue!.Text);
        Assert.Equal(new[] { "MIT" }, entry.Institutions);
        Assert.Equal(new[] { new LinkSpec("Paper", "https://example.com/x", "PaperUrl") }, entry.Links);
    }

    [Fact]
    public void Entities_escapes_code_spans_and_reference_links_in_pipe_cells()
    {
        const string markdown = """
            ## Misc

            | Name | Links | Remarks |
            | --- | --- | --- |
            | **R&amp;D&nbsp;Lab** | [Paper][p] [Code](<https://example.com/a(b)> "title") | `a\|b` and a \| pipe; &#x41;&#66; &copy; |

            [p]: https://example.com/paper
            """;

        var entry = CatalogParseResultView.Parse(markdown).Entries.Single();

        Assert.Equal("R&D\u00A0Lab", entry.Name);
        Assert.Equal("RDLab", entry.Identifier);
        Assert.Equal(
            new[] { new LinkSpec("Paper", "https://example.com/paper", "PaperUrl"), new LinkSpec("Code", "https://example.com/a(b)", "CodeUrl") },
            entry.Links);
        Assert.Equal("a|b and a | pipe; AB ©", entry.Remarks);
    }

    [Fact]
    public void Html_table_with_blank_lines_and_indentation_is_read_across_blocks()
    {
        const string markdown = """
            ## Multi-line

            <table>
              <thead>
                <tr><th>Name</th><th align="center">Conference</th><th>Links</th></tr>
              </thead>

              <tbody>
                <tr>
                  <td><strong>Alpha</strong></td>
                  <td>NSDI 2023</td>
                  <td><ul><li><a href="https://example.com/alpha">Paper</a></li></ul></td>
                </tr>

                <tr><td><b>Beta &amp; Gamma</b></td><td><a href='../notes/x.md'>EuroSys 2024</a></td><td></td></tr>
              </tbody>
            </table>

            | Name |
            | ---- |
            | **After** |
            """;

        var result = CatalogParseResultView.Parse(markdown);

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "Alpha", "Beta & Gamma", "After" }, result.Entries.Select(e => e.Name));
        Assert.Equal(("EuroSys 2024", "../notes/x.md"), (result.Entries[1].Venue!.Text, result.Entries[1].Venue!.Url));
        Assert.Equal(9, result.Entries[0].Line);
    }

    [Fact]
    public void Nested_headings_make_nested_sections_and_a_title_heading_makes_none()
    {
        var result = CatalogParseResultView.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/deep-learning-training.md"));

        Assert.Equal("Deep Learning Training", result.Spec.Title);
        Assert.Equal("ReduceGPUMemoryFootprints.GPUSharing", result.SectionOf(Entry(result, "Zico")));
        Assert.Equal("ReduceGPUMemoryFootprints.Compression", result.SectionOf(Entry(result, "Gist")));
        Assert.Equal("Parallelism", result.SectionOf(Entry(result, "Tofu")));
    }

    [Fact]
    public void Tables_in_code_blocks_are_not_read_and_a_file_without_tables_says_so()
    {
        const string markdown = """
            # Notes

            ```
            | Name |
            | --- |
            | **NotAnEntry** |
            ```

            Just prose.
            """;

        var result = CatalogParseResultView.Parse(markdown);

        Assert.Empty(result.Entries);
        Assert.Equal("PCAT003", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("LLaMA 2", "LLaMA2")]
    [InlineData("Deja Vu", "DejaVu")]
    [InlineData("DeepSpeed-Inference", "DeepSpeedInference")]
    [InlineData("PaLM Inference", "PaLMInference")]
    [InlineData("GPT 1.0", "GPT10")]
    [InlineData("Alibaba PAI", "AlibabaPAI")]
    [InlineData("from cloud computing to sky computing", "FromCloudComputingToSkyComputing")]
    [InlineData("The Sky Above The Clouds: A Berkeley View", "TheSkyAboveTheCloudsABerkeleyView")]
    [InlineData("3FS", "_3FS")]
    [InlineData("snake_case name", "SnakeCaseName")]
    [InlineData("istanbul iğdır", "IstanbulIğdır")]
    [InlineData("Étude über", "ÉtudeÜber")]
    public void Identifier_rule_joins_words_and_capitalizes_their_first_letters(string name, string identifier) =>
        Assert.Equal(identifier, PaperCatalog.Generator.Naming.Identifiers.FromName(name));

    [Theory]
    [InlineData("")]
    [InlineData("???")]
    [InlineData("🚀")]
    [InlineData("R\u202Eevil")]
    [InlineData("zero\u200Bwidth")]
    public void A_name_without_letters_or_digits_or_with_an_invisible_control_has_no_identifier(string name) =>
        Assert.Null(PaperCatalog.Generator.Naming.Identifiers.FromName(name));
}
