using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Emit;

/// <summary>Venues, links, lookups and schemas as types: what issue 4 promises, at parse, compile and run time.</summary>
public sealed class TypedCatalogTests
{
    [Theory]
    [InlineData("OSDI 2022", "OSDI", 2022, VenueKind.Conference, null, null)]
    [InlineData("Eurosys 2023", "EuroSys", 2023, VenueKind.Conference, null, null)]
    [InlineData("EUROSYS 2019", "EuroSys", 2019, VenueKind.Conference, null, null)]
    [InlineData("NIPS 2017", "NIPS", 2017, VenueKind.Conference, null, null)]
    [InlineData("NeurIPS 2020", "NeurIPS", 2020, VenueKind.Conference, null, null)]
    [InlineData("USENIX ATC 2021", "ATC", 2021, VenueKind.Conference, null, null)]
    [InlineData("CSUR 2017", "CSUR", 2017, VenueKind.Journal, null, null)]
    [InlineData("HotOS 2021", "HotOS", 2021, VenueKind.Workshop, null, null)]
    [InlineData("DLP-KDD 2022", "DLP-KDD", 2022, VenueKind.Workshop, null, null)]
    [InlineData("MLSys 2022 Workshop on Cloud Intelligence / AIOps", "MLSys", 2022, VenueKind.Workshop, null, "Workshop on Cloud Intelligence / AIOps")]
    [InlineData("arXiv 2305.05920", "arXiv", 2023, VenueKind.Preprint, "2305.05920", null)]
    [InlineData("arXiv:2412.19437v1", "arXiv", 2024, VenueKind.Preprint, "2412.19437", null)]
    [InlineData("arXiv 1404.5997", "arXiv", 2014, VenueKind.Preprint, "1404.5997", null)]
    [InlineData("Some New Venue 2024", "Some New Venue", 2024, VenueKind.Conference, null, null)]
    public void Venues_parse_into_name_year_kind_and_detail(string text, string name, int year, VenueKind kind, string? arxivId, string? detail)
    {
        Assert.Equal(VenueReading.Parsed, VenueParser.Read(text, out var venue, out var problem));
        Assert.Equal((name, year, (int)kind, arxivId, detail), (venue.Name, venue.Year, (int)venue.Kind, venue.ArxivId, venue.Detail));
    }

    [Fact]
    public void Venues_compare_by_name_year_and_detail_not_by_link_or_spelling()
    {
        var osdi = new Venue("OSDI 2022") { Url = "../notes/osdi-2022.md", Name = "OSDI", Year = 2022, Kind = VenueKind.Conference };
        Assert.True(osdi == new Venue("OSDI  2022") { Name = "OSDI", Year = 2022, Kind = VenueKind.Conference });
        Assert.False(osdi == new Venue("OSDI 2023") { Name = "OSDI", Year = 2023, Kind = VenueKind.Conference });
        Assert.False(osdi == new Venue("OSDI 2022 Workshop") { Name = "OSDI", Year = 2022, Kind = VenueKind.Workshop, Detail = "Workshop" });
        Assert.True(new Venue("arXiv 2305.05920") { Name = "arXiv", Year = 2023, Kind = VenueKind.Preprint, ArxivId = "2305.05920" }
            == new Venue("arXiv 2302.13971") { Name = "arXiv", Year = 2023, Kind = VenueKind.Preprint, ArxivId = "2302.13971" });
        Assert.Equal(osdi.GetHashCode(), new Venue("OSDI 2022") { Name = "OSDI", Year = 2022, Kind = VenueKind.Conference }.GetHashCode());
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2303.06865", LinkKind.Arxiv, "2303.06865", null, null)]
    [InlineData("https://arxiv.org/pdf/2303.06865.pdf", LinkKind.Arxiv, "2303.06865", null, null)]
    [InlineData("https://arxiv.org/pdf/2303.06865v2", LinkKind.Arxiv, "2303.06865", null, null)]
    [InlineData("https://doi.org/10.1145/3302424.3303953", LinkKind.Doi, null, "10.1145/3302424.3303953", null)]
    [InlineData("https://dl.acm.org/doi/abs/10.5555/3571885.3571946", LinkKind.AcmDigitalLibrary, null, "10.5555/3571885.3571946", null)]
    [InlineData("https://dl.acm.org/doi/10.1145/3068281", LinkKind.AcmDigitalLibrary, null, "10.1145/3068281", null)]
    [InlineData("https://www.usenix.org/conference/osdi22/presentation/yu", LinkKind.Usenix, null, null, null)]
    [InlineData("https://github.com/alpa-projects/alpa", LinkKind.GitHub, null, null, "alpa-projects/alpa")]
    [InlineData("https://github.com/alibaba/clusterdata/tree/master/cluster-trace-gpu-v2020", LinkKind.GitHub, null, null, "alibaba/clusterdata")]
    [InlineData("https://alpa.ai/", LinkKind.ProjectPage, null, null, null)]
    [InlineData("../../reading-notes/conference/osdi-2022/orca.md", LinkKind.Relative, null, null, null)]
    [InlineData("mailto:someone@example.com", LinkKind.Other, null, null, null)]
    public void Links_know_their_kind_and_identifiers(string url, LinkKind kind, string? arxivId, string? doi, string? repository)
    {
        var link = new Link("Paper", url);
        Assert.Equal((kind, arxivId, doi, repository), (link.Kind, link.ArxivId, link.Doi, link.GitHubRepository));
    }

    [Fact]
    public void Papers_are_equal_when_they_are_the_same_entry_of_a_list()
    {
        var orca = new Paper("Orca") { SourceFile = "llm.md", SourceLine = 7, Title = "Orca: A Distributed Serving System" };
        var same = new Paper("Orca") { SourceFile = "llm.md", SourceLine = 7 };
        var elsewhere = new Paper("Orca") { SourceFile = "llm.md", SourceLine = 40 };

        Assert.True(orca == same);
        Assert.Equal(orca.GetHashCode(), same.GetHashCode());
        Assert.True(orca != elsewhere);
        Assert.False(orca.Equals(null));
        Assert.Single(new HashSet<Paper> { orca, same });
    }

    [Fact]
    public void Year_is_what_was_set_and_never_taken_from_the_venue_at_run_time()
    {
        var venue = new Venue("OSDI 2022") { Name = "OSDI", Year = 2022, Kind = VenueKind.Conference };

        Assert.Null(new Paper("Orca") { Venue = venue }.Year);
        Assert.Equal(2021, new Paper("Orca") { Venue = venue, Year = 2021 }.Year);
    }

    [Fact]
    public void FindLink_and_Columns_ignore_case_and_a_default_link_kind_is_Unknown()
    {
        var paper = new Paper("FlexGen")
        {
            Links = new[] { new Link("Paper", "https://arxiv.org/pdf/2303.06865v1"), new Link("paper", "https://example.org/second"), new Link("Code", "https://github.com/a/b") },
            Columns = new Dictionary<string, string> { ["Stars"] = "5k" },
        };

        Assert.Equal("https://arxiv.org/pdf/2303.06865v1", paper.FindLink("PAPER")?.Url);
        Assert.Equal("https://github.com/a/b", paper.FindLink("code")?.Url);
        Assert.Null(paper.FindLink("Slides"));
        Assert.Equal("5k", paper.Columns["stars"]);
        Assert.Equal(LinkKind.Unknown, default(LinkKind));
        Assert.NotEqual(LinkKind.Unknown, new Link("Notes", "notes/flexgen.md").Kind);
    }

    [Fact]
    public void A_paper_takes_its_identifiers_from_its_links_and_its_code_from_the_Code_link()
    {
        var paper = new Paper("FlexGen")
        {
            SectionPath = new[] { "Inference" },
            Links = new[]
            {
                new Link("Personal Notes", "https://github.com/mental2008/awesome-papers/blob/main/notes/flexgen.md"),
                new Link("Paper", "https://arxiv.org/pdf/2303.06865v1"),
                new Link("ACM", "https://dl.acm.org/doi/10.1145/1"),
                new Link("Code", "https://github.com/FMInference/FlexGen"),
            },
            SourceFile = "llm.md",
            SourceLine = 1,
        };

        Assert.Equal(("2303.06865", "10.1145/1", "FMInference/FlexGen"), (paper.ArxivId, paper.Doi, paper.GitHubRepository));
        Assert.Equal(new Link("x", "https://arxiv.org/abs/2303.06865").ArxivId, paper.Links[1].ArxivId);
    }

    [Fact]
    public void Orca_venue_equals_the_OSDI_2022_venue_and_lookups_list_papers_by_venue_year_and_institution()
    {
        var result = CompiledCatalog.Run(
            new[] { TestPaths.SeedFile },
            """
            return string.Join("|",
                Papers.Inference.Orca.Paper.Venue == Papers.Venues.OSDI2022.Venue,
                Papers.Inference.Orca.Paper.Venue!.Equals(Papers.Venues.OSDI2022.Venue),
                Papers.Venues.OSDI2022.Name, Papers.Venues.OSDI2022.Year,
                string.Join(",", Papers.Venues.OSDI2022.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Venues.OSDI.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Venues.ArXiv2023.Papers.Select(p => p.ArxivId)),
                Papers.Venues.ArXiv2023.Venue.Kind,
                Papers.Institutions.UCBerkeley.Name,
                string.Join(",", Papers.Institutions.UCBerkeley.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Institutions.MetaAI.Papers.Select(p => p.Name)),
                string.Join(",", Papers.Years.Y2022.Papers.Select(p => p.Name)),
                Papers.Years.Y2023.Year,
                Papers.Inference.FastServe.Year, Papers.Inference.FastServe.Paper.ArxivId,
                Papers.Training.Alpa.Paper.GitHubRepository, Papers.Inference.DeepSpeedInference.Paper.Doi,
                Papers.Inference.Orca.Paper.Links[1].Kind);
            """);

        Assert.Equal(
            string.Join("|",
                true, true, "OSDI", 2022,
                "Alpa,Orca",
                "Alpa,AlpaServe,Orca",
                "2305.05920,2307.09288,2302.13971",
                "Preprint",
                "UC Berkeley",
                "Alpa,FlexGen,AlpaServe",
                "Deja Vu,LLaMA 2,LLaMA",
                "Alpa,DeepSpeed-Inference,Orca,BLOOM,PaLM",
                2023,
                2023, "2305.05920",
                "alpa-projects/alpa", "10.5555/3571885.3571946",
                "Usenix"),
            result);
    }

    [Fact]
    public void Relative_links_resolve_against_BaseUrl_and_the_files_place_in_its_repository()
    {
        var markdown = "## S\n\n| Name | Conference | Links |\n| --- | --- | --- |\n| **A** | [OSDI 2022](../notes/osdi-2022/) | [Notes](../notes/a.md#idea) [Paper](https://example.com/a) |\n";

        var given = Catalogs.Parse(markdown, "docs/list.md", Options("docs/list.md", "https://github.com/o/r/blob/main", "lists/ml/list.md")).Spec.Entries.Single();
        Assert.Equal("https://github.com/o/r/blob/main/lists/notes/osdi-2022/", given.Venue!.Url);
        Assert.Equal("https://github.com/o/r/blob/main/lists/notes/a.md#idea", given.Links[0].Url);
        Assert.Equal("https://example.com/a", given.Links[1].Url);

        // Without RepositoryPath the file's path in the project stands for its path in the repository.
        var defaulted = Catalogs.Parse(markdown, "docs/list.md", Options("docs/list.md", "https://github.com/o/r/blob/main/", "")).Spec.Entries.Single();
        Assert.Equal("https://github.com/o/r/blob/main/notes/a.md#idea", defaulted.Links[0].Url);

        var kept = Catalogs.Parse(markdown, "docs/list.md").Spec.Entries.Single();
        Assert.Equal("../notes/a.md#idea", kept.Links[0].Url);
    }

    [Fact]
    public void Relative_links_without_BaseUrl_are_one_info_per_file_and_only_a_page_beside_the_catalog_is_a_warning()
    {
        var list = new CatalogFile("docs/ml/list.md", """
            ## S

            | Name | Links |
            | --- | --- |
            | **A** | [Other list](../other.md) [Notes](notes/a.md) [Folder](notes/) |
            | **B** | [Sibling](sibling.md) [Paper](https://example.com/b) |
            """);
        var other = new CatalogFile("docs/other.md", "## T\n\n| Name |\n| --- |\n| **B** |\n");

        var (result, _) = Catalogs.Run(list, other);

        // ../other.md is an item, notes/ holds no item: only sibling.md, beside list.md, is a forgotten page.
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Equal("PCAT306", warning.Id);
        Assert.Contains("'sibling.md'", warning.GetMessage());
        Assert.Equal(5, warning.Location.GetLineSpan().StartLinePosition.Line);

        var info = Assert.Single(result.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        Assert.Equal("PCAT307", info.Id);
        Assert.StartsWith("4 link(s) of the paper catalog 'docs/ml/list.md' are relative paths and stay as written (the first: 'Other list' of 'A')", info.GetMessage());
        Assert.Equal((4, list.Markdown.Split('\n')[4].IndexOf("../other.md", StringComparison.Ordinal)), (info.Location.GetLineSpan().StartLinePosition.Line, info.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Fact]
    public void With_BaseUrl_no_link_stays_relative_and_nothing_is_reported()
    {
        var list = new CatalogFile("docs/ml/list.md", "## S\n\n| Name | Links |\n| --- | --- |\n| **A** | [Notes](notes/a.md) [Sibling](sibling.md) |\n", BaseUrl: "https://github.com/o/r/blob/main/");

        var (result, _) = Catalogs.Run(list);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_awesome_llm_schema_gives_names_titles_paper_links_and_dates()
    {
        var markdown = TestPaths.ReadTestData("corpus/other/awesome-llm.md");
        var result = Catalogs.Parse(markdown);
        var tableLines = PaperCatalog.Tests.Corpus.CorpusTests.TableLines(markdown);
        var attention = result.Spec.Entries.First(e => tableLines.Contains(e.Line));

        // The list's one malformed link (a '[' before https) is its only problem; its bullets are entries too.
        Assert.Equal(("PCAT303", 545), (result.Problems().Single().Id, result.Problems().Single().Location!.StartLine));
        Assert.Equal(62, result.Spec.Entries.Count(e => tableLines.Contains(e.Line)));
        Assert.Equal(("Transformers", "Attention Is All You Need", 2017, 6), (attention.Name, attention.Title, attention.Year, attention.Month));
        Assert.Equal(new[] { "Google" }, attention.Institutions);
        Assert.Equal(("Paper", "https://arxiv.org/pdf/1706.03762.pdf", "PaperUrl"), (attention.Links[0].Label, attention.Links[0].Url, attention.Links[0].MemberName));
        Assert.Equal("MilestonePapers", result.Spec.Sections[attention.Section].Identifier);
        Assert.Equal("GPT10", result.Spec.Entries.Single(e => e.Name == "GPT 1.0").Identifier);
    }

    [Fact]
    public void Unknown_columns_become_constants_named_from_their_header_and_NameColumn_picks_the_name()
    {
        const string markdown = """
            ## Models

            | Paper Title | Model | Stars | Licence Terms | Open Weights |
            | --- | --- | --- | --- | --- |
            | [LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971) | LLaMA | 50k | Llama 2 Community | yes |
            """;
        var file = new CatalogFile("docs/models.md", markdown, NameColumn: "Paper Title");

        var result = CompiledCatalog.Run(
            new[] { file },
            """
            var llama = Papers.Models.LLaMA.Paper;
            return string.Join("|", Papers.Models.LLaMA.Model, Papers.Models.LLaMA.Stars, Papers.Models.LLaMA.OpenWeights,
                llama.Columns["Licence Terms"], llama.Columns.Count, Papers.Models.LLaMA.Title, Papers.Models.LLaMA.Url);
            """);

        // The name cell's title link names the entry by the colon rule, and stays its main link.
        Assert.Equal("LLaMA|50k|yes|Llama 2 Community|4|LLaMA: Open and Efficient Foundation Language Models|https://arxiv.org/abs/2302.13971", result);
    }

    [Fact]
    public void An_unknown_column_named_like_a_member_every_entry_has_says_so_and_others_are_named_without_a_word()
    {
        // Month is a member of every entry; ??? makes no identifier (its cells are in Paper.Columns, as GitHub
        // shows them, so nothing is wrong); a second Stars column is Stars2.
        Marked.AssertDiagnostics("""
            ## S

            | Name | {|PCAT204:Month|} | ??? | Stars! | Stars |
            | --- | --- | --- | --- | --- |
            | **A** | x | y | 1 | 2 |
            """);
        var entry = CatalogParseResultView.Parse("## S\n\n| Name | Month | ??? | Stars! | Stars |\n| --- | --- | --- | --- | --- |\n| **A** | x | y | 1 | 2 |\n").Entries.Single();
        Assert.Equal(new[] { "Month:x:", "???:y:", "Stars!:1:Stars", "Stars:2:Stars2" }, entry.Columns.Select(c => $"{c.Header}:{c.Value}:{c.MemberName}"));
    }

    [Fact]
    public void A_date_that_does_not_parse_is_PCAT403() => Marked.AssertDiagnostics("""
        ## S

        | Date | Name |
        | --- | --- |
        | {|PCAT403:2017-13|} | **A** |
        | Jun 2017 | **B** |
        """);

    [Fact]
    public void Two_spellings_of_one_institution_are_listed_together_with_a_warning()
    {
        var file = new CatalogFile("docs/a.md", """
            ## S

            | Name | Institution |
            | --- | --- |
            | **A** | <ul><li>Meta AI</li></ul> |
            | **B** | <ul><li>Meta-AI</li><li>???</li></ul> |
            """);

        var (result, output) = Catalogs.Run(file);

        Assert.Equal(
            new[]
            {
                "The institution 'Meta-AI' of 'B' cannot get a class of its own in Papers.Institutions: 'Meta AI' already has the class MetaAI; its papers are listed there",
                "The institution '???' of 'B' cannot get a class of its own in Papers.Institutions: it has no letter or digit",
            },
            result.Diagnostics.Select(d => d.GetMessage()));
        Assert.Equal(5, result.Diagnostics[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(4, result.Diagnostics[0].AdditionalLocations.Single().GetLineSpan().StartLinePosition.Line);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Each_file_can_have_its_own_root_and_two_readmes_in_different_folders_do_not_collide()
    {
        var a = new CatalogFile("a/README.md", "## S\n\n| Name |\n| --- |\n| **Alpha** |\n", ClassName: "ListA");
        var b = new CatalogFile("b/README.md", "## S\n\n| Name |\n| --- |\n| **Alpha** |\n", ClassName: "ListB");
        var c = new CatalogFile("c/README.md", "## S\n\n| Name |\n| --- |\n| **Gamma** |\n", ClassName: "ListA");

        var (result, output) = Catalogs.Run(a, b, c);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Equal(result.GeneratedSources.Length, result.GeneratedSources.Select(s => s.HintName).Distinct().Count());
        Assert.NotNull(output.GetTypeByMetadataName("Sample.ListA+S+Alpha"));
        Assert.NotNull(output.GetTypeByMetadataName("Sample.ListA+S+Gamma"));
        Assert.NotNull(output.GetTypeByMetadataName("Sample.ListB+S+Alpha"));
    }

    [Fact]
    public void An_entry_that_clashes_across_files_is_reported_with_both_locations_and_the_code_still_compiles()
    {
        var first = new CatalogFile("docs/a.md", "## Inference\n\n| Name |\n| --- |\n| **Deja Vu** |\n");
        var second = new CatalogFile("docs/b.md", "## Inference\n\n| Name |\n| --- |\n| **DejaVu** |\n| **Other** |\n\n## Training\n\n| Name |\n| --- |\n| **Inference** |\n");
        var third = new CatalogFile("docs/c.md", "| Name |\n| --- |\n| **Training** |\n");

        var (result, output) = Catalogs.Run(first, second, third);

        Assert.Equal(
            new[]
            {
                "PCAT203 docs/b.md:5 'DejaVu' in section 'Inference' maps to the identifier 'DejaVu', which 'Deja Vu' in docs/a.md already has in the same section; its class is none of its own (an entry of another file of the catalog has it) (docs/a.md:5)",
                "PCAT204 docs/c.md:3 'Training' in section '(top level)' maps to the identifier 'Training', which collides with a section of that name in another file of the catalog; it gets no class of its own (docs/b.md:8)",
            },
            result.Diagnostics.Select(d =>
                $"{d.Id} {Path.GetRelativePath(Catalogs.ProjectDirectory, d.Location.GetLineSpan().Path)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()} "
                + $"({Path.GetRelativePath(Catalogs.ProjectDirectory, d.AdditionalLocations[0].GetLineSpan().Path)}:{d.AdditionalLocations[0].GetLineSpan().StartLinePosition.Line + 1})"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.NotNull(output.GetTypeByMetadataName("Sample.Papers+Inference+Other"));
        Assert.NotNull(output.GetTypeByMetadataName("Sample.Papers+Training+Inference"));
    }

    private static PaperCatalog.Generator.Model.CatalogOptions Options(string relativePath, string baseUrl, string repositoryPath) =>
        new("Papers", "Sample", false, relativePath, baseUrl, repositoryPath);
}
