using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Building;

/// <summary>
/// Bullet lists as catalogs: the seed's, awesome lists' and Awesome-LLM's conventions of README "What it reads",
/// what is not an entry, their fields, and every diagnostic that applies to an item, at its exact span.
/// </summary>
public sealed class ListFormTests
{
    private static EntrySpec Single(string markdown, out CatalogParseResultView view)
    {
        view = CatalogParseResultView.Parse(markdown);
        Assert.Empty(view.Problems);
        return Assert.Single(view.Entries);
    }

    [Fact]
    public void An_annotated_item_gives_name_title_venue_labelled_links_institutions_and_remarks()
    {
        var orca = Single("""
            ## LLM Inference
            * Orca: A Distributed Serving System for Transformer-Based Generative Models ([OSDI 2022](../../reading-notes/conference/osdi-2022/)) \[[Personal Notes](../../reading-notes/conference/osdi-2022/orca.md)] \[[Paper](https://www.usenix.org/conference/osdi22/presentation/yu)]
              * Seoul National University & FriendliAI
              * Iteration-level scheduling; selective batching.
                * Nested remark.
            """, out var view);

        Assert.Equal(("LLMInference", "Orca", "Orca"), (view.SectionOf(orca), orca.Identifier, orca.Name));
        Assert.Equal("Orca: A Distributed Serving System for Transformer-Based Generative Models", orca.Title);
        Assert.Equal(("OSDI 2022", "../../reading-notes/conference/osdi-2022/", "OSDI", 2022), (orca.Venue!.Text, orca.Venue.Url, orca.Venue.Name, orca.Year));
        Assert.Equal(new[] { ("Personal Notes", "PersonalNotesUrl"), ("Paper", "PaperUrl") }, orca.Links.Select(l => (l.Label, l.MemberName!)));
        Assert.Equal("https://www.usenix.org/conference/osdi22/presentation/yu", orca.Links[1].Url);
        Assert.Equal(new[] { "Seoul National University", "FriendliAI" }, orca.Institutions);
        Assert.Equal("Iteration-level scheduling; selective batching.\nNested remark.", orca.Remarks);
        Assert.Equal(2, orca.Line);
    }

    [Theory]
    [InlineData("([OSDI 2022](x/))", "OSDI 2022", "OSDI", 2022)]
    [InlineData("(OSDI 2022)", "OSDI 2022", "OSDI", 2022)]
    [InlineData("(arXiv 2312.07104)", "arXiv 2312.07104", "arXiv", 2023)]
    [InlineData("(arXiv: 2310.07177)", "arXiv: 2310.07177", "arXiv", 2023)]
    [InlineData("(NIPS 2017 Workshop on ML Systems)", "NIPS 2017 Workshop on ML Systems", "NIPS", 2017)]
    [InlineData("(ISPA/IUCC/BDCloud/SocialCom/SustainCom 2018)", "ISPA/IUCC/BDCloud/SocialCom/SustainCom 2018", "ISPA/IUCC/BDCloud/SocialCom/SustainCom", 2018)]
    public void The_venue_is_the_parenthesised_group_after_the_title_plain_or_linked(string written, string text, string name, int year)
    {
        var entry = Single($"* Paella: Low-latency Model Serving {written} \\[[Paper](https://e.com/p)]\n", out _);

        Assert.Equal((text, name, year), (entry.Venue!.Text, entry.Venue.Name, entry.Year));
        Assert.Equal("Paella", entry.Name);
    }

    [Theory]
    [InlineData("* NVIDIA Multi-Instance GPU (MIG) \\[[Homepage](https://e.com/mig)]", "NVIDIA Multi-Instance GPU (MIG)")]
    [InlineData("* Large Language Model (LLM) Serving \\[[Paper](https://e.com/p)]", "Large Language Model (LLM) Serving")]
    [InlineData("* Mixtral-8x7B \\[[Hugging Face](https://e.com/h)] \\[[Blog](https://e.com/b)]", "Mixtral-8x7B")]
    public void Parentheses_that_are_no_venue_stay_in_the_title_and_labelled_links_alone_make_an_entry(string item, string name)
    {
        var entry = Single(item + "\n", out _);

        Assert.Equal(name, entry.Name);
        Assert.Null(entry.Venue);
        Assert.NotEmpty(entry.Links);
    }

    [Theory]
    [InlineData("- [Attention Is All You Need](https://arxiv.org/abs/1706.03762): the Transformer.", "the Transformer.")]
    [InlineData("- [ ] ⭐ [Attention Is All You Need](https://arxiv.org/abs/1706.03762): the Transformer.", "the Transformer.")]
    [InlineData("- [x] [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - the Transformer.", "the Transformer.")]
    [InlineData("- [] 🔥 [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — the Transformer.", "the Transformer.")]
    [InlineData("- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)", null)]
    public void A_link_first_item_takes_its_title_and_url_from_the_first_link_and_the_note_as_remarks(string item, string? remarks)
    {
        var entry = Single(item + "\n", out _);

        Assert.Equal(("Attention Is All You Need", "Attention Is All You Need", "AttentionIsAllYouNeed"), (entry.Name, entry.Title, entry.Identifier));
        Assert.Equal(("Attention Is All You Need", "https://arxiv.org/abs/1706.03762", "Url"), (entry.Links[0].Label, entry.Links[0].Url, entry.Links[0].MemberName!));
        Assert.Equal(remarks, entry.Remarks);
    }

    [Fact]
    public void A_link_first_title_takes_the_colon_rule_and_more_links_and_bylines_are_kept()
    {
        var view = CatalogParseResultView.Parse("""
            - [LIMA: Less Is More for Alignment](https://arxiv.org/abs/2305.11206) - Meta's study, see [the blog](https://e.com/blog). \[[Code](https://github.com/o/lima)]
            - [How to Read a Paper](http://ccr.sigcomm.org/p83.pdf), by Srinivasan Keshav and Jane Doe \[[Personal Note](notes/read.md)]
            """);

        var lima = view.Entries[0];
        Assert.Equal(("LIMA", "LIMA: Less Is More for Alignment"), (lima.Name, lima.Title));
        Assert.Equal(new[] { "Url", "TheBlogUrl", "CodeUrl" }, lima.Links.Select(l => l.MemberName));
        Assert.Equal("Meta's study, see the blog.", lima.Remarks);

        var reading = view.Entries[1];
        Assert.Equal(new[] { "Srinivasan Keshav", "Jane Doe" }, reading.Authors);
        Assert.Null(reading.Remarks);
        Assert.Equal(new[] { "Url", "PersonalNoteUrl" }, reading.Links.Select(l => l.MemberName));
    }

    [Fact]
    public void A_date_bold_item_gives_year_month_title_authors_and_links()
    {
        var entry = Single("- (2023-02) **LLaMA: Open and Efficient Foundation Language Models.** Hugo Touvron, Thibaut Lavril [Paper](https://arxiv.org/abs/2302.13971) | [Github](https://github.com/facebookresearch/llama)\n", out _);

        Assert.Equal(("LLaMA", "LLaMA: Open and Efficient Foundation Language Models", 2023, 2), (entry.Name, entry.Title, entry.Year, entry.Month));
        Assert.Equal(new[] { "Hugo Touvron", "Thibaut Lavril" }, entry.Authors);
        Assert.Equal(new[] { ("Paper", "PaperUrl"), ("Github", "GithubUrl") }, entry.Links.Select(l => (l.Label, l.MemberName!)));
    }

    [Fact]
    public void Sub_items_of_a_link_first_item_that_are_entries_are_entries_and_the_others_remarks()
    {
        var view = CatalogParseResultView.Parse("""
            ## Frameworks
            - [DeepSpeed](https://github.com/microsoft/DeepSpeed) - An optimization library.
              - [DeepSpeed-MII](https://github.com/microsoft/DeepSpeed-MII) - Low-latency inference.
              - Used by many.
            """);

        Assert.Equal(new[] { "DeepSpeed", "DeepSpeed-MII" }, view.Entries.Select(e => e.Name));
        Assert.Equal("An optimization library.\nUsed by many.", view.Entries[0].Remarks);
    }

    [Fact]
    public void A_first_sub_item_that_reads_as_a_sentence_is_a_remark_not_institutions()
    {
        var view = CatalogParseResultView.Parse("""
            * NVIDIA Multi-Process Service (MPS) \[[Docs](https://docs.nvidia.com/deploy/mps/index.html)]
              * Transparently enable co-operative multi-process CUDA applications.
              * Another remark
            * DBOS paper (SOSP 2023) \[[Paper](https://e.com/p)]
              * UPenn & DBOS, Inc. & SIAT, CAS
            """);
        var entry = view.Entries[0];

        Assert.Empty(entry.Institutions);
        Assert.Equal("Transparently enable co-operative multi-process CUDA applications.\nAnother remark", entry.Remarks);
        Assert.Equal(new[] { "UPenn", "DBOS, Inc.", "SIAT, CAS" }, view.Entries[1].Institutions);
    }

    [Theory]
    [InlineData("* [Model Serving](model-serving.md)\n* [LLM](../llm.md#top)\n* [Notes](notes/)\n")]
    [InlineData("- [Awesome-LLM](#awesome-llm)\n  - [Milestone Papers](#milestone-papers)\n")]
    [InlineData("* LLM: Large Language Model\n* MoE: Mixture of Experts\n")]
    [InlineData("* Read the abstract first, then the figures.\n* The Ph.D. Grind, by Philip J. Guo\n")]
    public void Tables_of_contents_glossaries_and_prose_give_nothing_and_report_nothing(string markdown)
    {
        var result = Catalogs.Parse("# Page\n\n## Items\n\n" + markdown);

        Assert.Empty(result.Spec.Entries);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Tables_and_lists_mix_in_one_file_and_sections_lookups_and_All_see_both()
    {
        var catalog = new CatalogFile("docs/mixed.md", """
            ## Inference

            | Name | Conference | Institution | Links |
            | --- | --- | --- | --- |
            | **AlpaServe** | OSDI 2023 | <ul><li>UC Berkeley</li></ul> | [Paper](https://arxiv.org/abs/2302.11665) |

            * Orca: A Distributed Serving System (OSDI 2022) \[[Paper](https://www.usenix.org/conference/osdi22/presentation/yu)]
              * Seoul National University & UC Berkeley

            ## Training

            * Alpa: Automating Parallelism ([OSDI 2022](https://e.com/osdi22)) \[[Code](https://github.com/alpa-projects/alpa)]
              * UC Berkeley
            """);

        var result = CompiledCatalog.Run(
            new[] { catalog },
            """
            return string.Join("|",
                Papers.Inference.Orca.PaperUrl,
                Papers.Inference.Orca.Title,
                string.Join(",", Papers.All.Select(p => p.Name)),
                string.Join(",", Papers.Inference.All.Select(p => p.Name)),
                string.Join(",", Papers.Venues.OSDI2022.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Institutions.UCBerkeley.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Years.Y2022.Papers.Select(p => p.Name)),
                Papers.Training.Alpa.Paper.Venue == Papers.Inference.Orca.Paper.Venue,
                Papers.Inference.Orca.Paper.SourceLine);
            """);

        Assert.Equal(
            "https://www.usenix.org/conference/osdi22/presentation/yu|Orca: A Distributed Serving System|AlpaServe,Orca,Alpa|AlpaServe,Orca|Orca,Alpa|AlpaServe,Orca,Alpa|Orca,Alpa|True|7",
            result);
    }

    [Fact]
    public void BaseUrl_resolves_the_relative_links_of_items()
    {
        var markdown = "* Orca: Serving (`x`) ([OSDI 2022](../../reading-notes/conference/osdi-2022/)) \\[[Personal Notes](../../reading-notes/conference/osdi-2022/orca.md)]\n";
        var options = new CatalogOptions("Papers", "Sample", false, "docs/llm.md", "https://github.com/mental2008/awesome-papers/blob/main/", "paper-list/systems-for-ml/llm.md");

        var orca = Catalogs.Parse(markdown, "docs/llm.md", options).Spec.Entries.Single();

        Assert.Equal("https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/", orca.Venue!.Url);
        Assert.Equal("https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md", orca.Links.Single().Url);
    }

    [Fact]
    public void A_suppression_comment_before_an_item_covers_it()
    {
        var result = Catalogs.Parse("""
            ## S

            <!-- papercatalog-disable-next-line PCAT302 -->
            * DisaggRec (arXiv 2212.00939) \[[Personal Notes](broken-reference)] \[[Paper](https://arxiv.org/abs/2212.00939)]
            * Hydra (FAST 2022) \[[Notes](broken-reference)]
            """);

        var diagnostic = Assert.Single(result.Reported());
        Assert.Equal(("PCAT302", 4), (diagnostic.Id, diagnostic.Location!.StartLine));
        Assert.Equal(2, result.Spec.Entries.Count);
    }

    [Fact]
    public void A_heading_named_like_its_enclosing_class_or_a_generated_member_takes_the_Section_suffix()
    {
        var result = CompiledCatalog.Run(
            new[] { new CatalogFile("docs/alignment.md", "# Alignment\n\n## Papers\n\n### 2023\n\n- (2023-05) **LIMA: Less Is More for Alignment** [paper](https://arxiv.org/abs/2305.11206)\n\n## All\n\n- [Awesome](https://e.com/a) - A list.\n") },
            """return Papers.PapersSection._2023.LIMA.PaperUrl + " " + Papers.AllSection.Awesome.Url;""");

        Assert.Equal("https://arxiv.org/abs/2305.11206 https://e.com/a", result);
    }

    [Fact]
    public void Every_diagnostic_that_applies_to_an_item_is_at_its_span_and_valid_items_still_generate()
    {
        var diagnostics = Marked.AssertDiagnostics("""
            ## Items

            * Valid (OSDI 2022) \[[Paper](https://e.com/valid)]
            * Placeholder (OSDI 2022) \[[Personal Notes]({|PCAT302:broken-reference|})]
            * Empty target (OSDI 2022) \[{|PCAT301:[Paper]()|}]
            * Not a URL (OSDI 2022) \[[Paper]({|PCAT303:javascript:alert(1)|})]
            * No label (OSDI 2022) \[{|PCAT304:[](https://e.com/x)|}]
            * Two labels (OSDI 2022) \[[Paper](https://e.com/a)] \[{|PCAT305:[Paper](https://e.com/b)|}]
            * Bad venue ({|PCAT401:OSDI 2O22|}) \[[Paper](https://e.com/v)]
            * {|PCAT203:Valid: the same name again|} (OSDI 2023) \[[Paper](https://e.com/again)]
            * {|PCAT202:???|} (OSDI 2022) \[[Paper](https://e.com/q)]
            * {|PCAT204:All|} (OSDI 2022) \[[Paper](https://e.com/all)]
            * {|PCAT201:|}([OSDI 2022](https://e.com/osdi)) \[[Paper](https://e.com/untitled)]
            * Markup <b>{|PCAT104:<i>|}</b> (OSDI 2022) \[[Paper](https://e.com/m)]
            - ({|PCAT403:2023-13|}) **Bad Date** [paper](https://e.com/d)
            """);

        var view = CatalogParseResultView.Parse(Marked.Parse("""
            ## Items

            * Valid (OSDI 2022) \[[Paper](https://e.com/valid)]
            * Placeholder (OSDI 2022) \[[Personal Notes](broken-reference)]
            """).Text);
        Assert.Equal(new[] { "Valid", "Placeholder" }, view.Entries.Select(e => e.Name));
        Assert.Contains("'Personal Notes' of 'Placeholder'", Message(diagnostics.First(d => d.Id == "PCAT302")));
        Assert.Equal("An item in section 'Items' has an empty title, so the entry has no name", Message(diagnostics.Single(d => d.Id == "PCAT201")));
    }

    private static string Message(PaperCatalog.Generator.Diagnostics.DiagnosticInfo diagnostic) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, diagnostic.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Arguments.Cast<object>().ToArray());
}
