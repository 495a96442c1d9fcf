using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Conventions;

/// <summary>
/// Tables as GitHub shows them and as real lists write them (rows written for these tests): the column that names
/// entries found by what its cells hold, short and long rows, spanning HTML cells, and names that never fail a
/// correct list.
/// </summary>
public sealed class TableConventionTests
{
    [Fact]
    public void A_paper_column_with_a_title_then_a_description_names_its_entries()
    {
        var result = Catalogs.Parse("""
            ## Week

            | Paper | Links |
            | --- | --- |
            | 1) **Fast Things** - a summary of what the paper does | [Paper](https://arxiv.org/abs/2401.00002), [Tweet](https://x.com/a/status/1) |
            | Slow Things<br>A description of the slow things. | [Paper](https://example.org/s) |
            | 3) Wide Things  This paper introduces wide things. | [Paper](https://example.org/w) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { ("Fast Things", "a summary of what the paper does"), ("Slow Things", "A description of the slow things."), ("Wide Things", "This paper introduces wide things.") },
            result.Spec.Entries.Select(e => (e.Name, e.Remarks!)));
        Assert.Equal(new[] { "PaperUrl", "TweetUrl" }, result.Spec.Entries[0].Links.Select(l => l.MemberName));
    }

    [Fact]
    public void A_venue_column_cell_that_is_one_link_named_by_its_kind_is_a_link_not_a_venue()
    {
        var result = Catalogs.Parse("""
            ## Leaderboard

            | Rank | Model | Score | Source |
            | --- | --- | --- | --- |
            | 1 | Fast-Coder-7B | 92.7 | [paper](https://arxiv.org/abs/2409.12186) |
            | 2 | [Slow-Coder-32B](https://huggingface.co/a/slow) | 90.2 | [github](https://github.com/a/slow) |
            | 3 | Wide-Coder | 88.0 | [arXiv](https://arxiv.org/abs/2401.00001) |
            """);

        Assert.Equal(
            new[] { ("Fast-Coder-7B", (string?)null), ("Slow-Coder-32B", null), ("Wide-Coder", "arXiv") },
            result.Spec.Entries.Select(e => (e.Name, e.Venue?.Text)));
        Assert.Contains(result.Spec.Entries[1].Links, l => l.Url == "https://github.com/a/slow");
        Assert.Contains(result.Spec.Entries[0].Links, l => l.Url == "https://arxiv.org/abs/2409.12186");
    }

    [Fact]
    public void A_table_of_datasets_is_named_by_its_dataset_and_a_paper_link_labelled_by_its_venue_gives_the_venue()
    {
        var result = Catalogs.Parse("""
            ## Benchmarks

            | Dataset | Task | Paper | Repo |
            | --- | --- | --- | --- |
            | FastQA | Multi-hop Reasoning | [[NAACL 2018]](https://aclanthology.org/N18-1059/) | [[Github]](https://github.com/a/b) |
            | SlowQA v2 | Complex QA | [[arXiv 2024]](https://arxiv.org/abs/2401.17043) | [[figshare]](https://figshare.com/projects/x) |
            | WideQA | Domain QA | [[pdf]](https://example.org/wide.pdf) | |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { ("FastQA", "NAACL 2018", 2018), ("SlowQA v2", "arXiv 2024", 2024), ("WideQA", null, 0) },
            result.Spec.Entries.Select(e => (e.Name, e.Venue?.Text, e.Year)));
        Assert.Equal(new[] { "PaperUrl", "RepoUrl" }, result.Spec.Entries[0].Links.Select(l => l.MemberName));
    }

    [Fact]
    public void The_column_whose_cells_hold_titled_links_names_entries_when_no_header_says_which()
    {
        var result = Catalogs.Parse("""
            ## Years

            | Year | Pub | Paper | Repo |
            | --- | --- | --- | --- |
            | 2023 | NeurIPS | [Fast Things: Doing It Quickly](https://arxiv.org/abs/2305.00001) | [code](https://github.com/a/b) |

            ## Models

            | Models | Date | Publication | Paper | Code |
            | --- | --- | --- | --- | --- |
            | GPT-Things | 2023-03 | OpenAI | [GPT-Things Technical Report](https://arxiv.org/abs/2303.08774) | - |

            ## Attacks

            | Category | Attack | Main Idea |
            | --- | --- | --- |
            | Gradient | [FGSM (Goodfellow et al., 2015)](https://arxiv.org/abs/1412.6572) | Add a small perturbation |
            """);

        Assert.Empty(result.Problems());
        var (year, model, attack) = (result.Spec.Entries[0], result.Spec.Entries[1], result.Spec.Entries[2]);
        Assert.Equal(("Fast Things", "NeurIPS", 2023), (year.Name, year.Venue!.Text, year.Year));
        Assert.Equal(new[] { ("PaperUrl", "https://arxiv.org/abs/2305.00001"), ("RepoUrl", "https://github.com/a/b") }, year.Links.Select(l => (l.MemberName!, l.Url)));
        Assert.Equal(("GPT-Things", "GPT-Things Technical Report", "OpenAI", 2023, 3), (model.Name, model.Title, model.Venue!.Text, model.Year, model.Month));
        Assert.Empty(model.Columns);
        Assert.Equal(("FGSM", 2015, "Goodfellow"), (attack.Name, attack.Year, attack.Authors.Single()));
        Assert.Equal("Gradient", attack.Columns.Single(c => c.Header == "Category").Value);
    }

    [Fact]
    public void A_column_whose_cells_are_venues_is_the_venue_and_a_header_of_parts_takes_the_role_of_one()
    {
        var result = Catalogs.Parse("""
            ## Shapes

            |Year|Where|Code|Title|
            |:-:|:-:|:-:|:-:|
            |2022|CVPR|[Torch](https://github.com/a/b)|[Fast Things: Doing It Quickly](https://example.org/fast.pdf)|
            |2021|ICCV||[Slow Things](https://example.org/slow.pdf)|
            |2022|NeurIPS 2022||[Wide Things](https://example.org/wide.pdf)|

            ## Surfaces

            |Year|Conf/Jour|Paper/Open Source Project|Notes|
            |:-:|:-:|:-:|:-:|
            |2020|ECCV|[Deep Things](https://example.org/deep.pdf)||
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { ("Fast Things", "CVPR", 2022), ("Slow Things", "ICCV", 2021), ("Wide Things", "NeurIPS 2022", 2022), ("Deep Things", "ECCV", 2020) },
            result.Spec.Entries.Select(e => (e.Name, e.Venue!.Text, e.Year)));
        Assert.All(result.Spec.Entries, e => Assert.DoesNotContain(e.Columns, c => c.Header is "Where" or "Conf/Jour"));
    }

    [Fact]
    public void An_abbreviation_column_names_entries_and_the_title_column_gives_their_titles()
    {
        var result = Catalogs.Parse("""
            | Abbreviation | Title | Publication | Paper |
            | --- | --- | --- | --- |
            | **FastNet** | **FastNet: a foundation model for fast things** | NeurIPS2023 Workshop | [FastNet](https://arxiv.org/abs/2309.07207) |
            | **-** | **A Slow Foundation Model** | CVPR2022 | [Paper](https://example.org/slow.html) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { ("FastNet", "FastNet: a foundation model for fast things", "NeurIPS", 2023), ("A Slow Foundation Model", null, "CVPR", 2022) },
            result.Spec.Entries.Select(e => (e.Name, e.Title, e.Venue!.Name!, e.Year)));
    }

    [Fact]
    public void Emoji_after_a_name_are_decoration()
    {
        var result = Catalogs.Parse("""
            | Date | Method | Venue | Title |
            | --- | --- | --- | --- |
            | 19-07-17 | [ASTGCN](https://ojs.aaai.org/index.php/AAAI/article/view/3881)🔥 | AAAI 2019 | Attention Based Fast Things |
            | 21-09-29 | [RevIN](https://openreview.net/forum?id=cGDAkQo1C0p)🌟🔥 | ICLR 2022 | Reversible Fast Things |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "ASTGCN", "RevIN" }, result.Spec.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_paper_cell_that_writes_the_title_as_text_beside_its_links_gives_title_and_venue_and_a_placeholder_name_gives_way_to_it()
    {
        var result = Catalogs.Parse("""
            |Method         |           Paper            |
            |----------------|-------------------------------|
            |FastNet          | Fast tensor prediction for inorganic things (npj Computational Things, 2024) [[**Paper**](https://www.nature.com/articles/s41524-024-01450-z)][[**Code**](https://github.com/a/b)]     |
            |FastEq          | Equivariant networks for fast things (NeurIPS2022) [[**Paper**](https://proceedings.neurips.cc/paper/2022/hash/1abed-Abstract.html)]     |
            |-          | Advanced steel classification by fast methods  (Scientific Reports, 2018) [[**Paper**](https://www.nature.com/articles/s41598-018-20037-5)]    |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[]
            {
                ("FastNet", "Fast tensor prediction for inorganic things", "npj Computational Things, 2024", 2024, "PaperUrl CodeUrl"),
                ("FastEq", "Equivariant networks for fast things", "NeurIPS2022", 2022, "PaperUrl"),
                ("Advanced steel classification by fast methods", "Advanced steel classification by fast methods", "Scientific Reports, 2018", 2018, "PaperUrl"),
            },
            result.Spec.Entries.Select(e => (e.Name, e.Title ?? e.Name, e.Venue!.Text, e.Year, string.Join(" ", e.Links.Select(l => l.MemberName)))));
    }

    [Fact]
    public void Authors_on_the_lines_under_a_title_cell_and_names_family_first_between_semicolons_are_authors()
    {
        var result = Catalogs.Parse("""
            | **Pub.** | **Model** | **Title**          | **Links**        |
            | :------: | :------: | :----------------------------------------------------------- |  :----------------------------------------------------------- |
            | ICCV<br><sup>2025</sup> | <sup>`FastNet`</sup>  | FastNet: Edge-Semantic Fast Network for Object Detection    <br> <sup><sub>*Sheng Doe, Xin Roe, Yan Moe*</sub></sup>  | [Paper](https://iccv.thecvf.com/virtual/2025/poster/1498)\|[Code](https://github.com/a/b)   |

            | Title | Authors | Venue | Year |
            | --- | --- | --- | --- |
            | [Fast Prompt Optimizers](http://arxiv.org/abs/2402.17564) | Doe, Xinyu; Roe, Xiaolei; Moe, Wayne Xin | AAAI | 2024 |
            | [Slow Prompt Optimizers](http://arxiv.org/abs/2402.17565) | Cong and Mahdavi | AAAI | 2024 |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[]
            {
                ("FastNet", "FastNet: Edge-Semantic Fast Network for Object Detection", "Sheng Doe;Xin Roe;Yan Moe", "PaperUrl CodeUrl"),
                ("Fast Prompt Optimizers", "Fast Prompt Optimizers", "Xinyu Doe;Xiaolei Roe;Wayne Xin Moe", "Url"),
                ("Slow Prompt Optimizers", "Slow Prompt Optimizers", "Cong;Mahdavi", "Url"),
            },
            result.Spec.Entries.Select(e => (e.Name, e.Title ?? e.Name, string.Join(";", e.Authors), string.Join(" ", e.Links.Select(l => l.MemberName)))));
    }

    [Fact]
    public void A_model_column_after_the_title_column_names_entries_and_the_title_column_gives_their_titles()
    {
        var result = Catalogs.Parse("""
            | Title | Model | Published | Code |
            | --- | --- | --- | --- |
            | Noise-free Fast Things for Image Super-Resolution | ECO | [AAAI24](https://arxiv.org/pdf/2312.17526.pdf) | [code](https://github.com/a/eco) |
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("ECO", "Noise-free Fast Things for Image Super-Resolution", "AAAI24"), (entry.Name, entry.Title, entry.Venue!.Text));
    }

    [Fact]
    public void A_citation_as_a_paper_link_gives_its_title_and_authors()
    {
        var result = Catalogs.Parse("""
            | Name | Paper | Code |
            | --- | --- | --- |
            | Fast Embedding | [Doe, Jane, and John Roe. "Fast embeddings for things." In Proceedings of the 12th Conference on Things, pp. 1-9. ACM, 2018.](https://arxiv.org/pdf/1706.07639) | [Python](https://github.com/a/b) |
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("Fast Embedding", "Fast embeddings for things", "Jane Doe;John Roe"), (entry.Name, entry.Title, string.Join(";", entry.Authors)));
    }

    [Theory]
    [InlineData("[Doe, J., Roe, T., Moe, J., & Poe, S-W. (2022). Fast, or Slow, That is the Question! In _Proceedings of the 15th Conference on Things_ (pp. 517-525).](https://dl.acm.org/doi/abs/10.1145/3488560.3498501)", "Fast, or Slow, That is the Question!", "J. Doe;T. Roe;J. Moe;S-W. Poe")]
    [InlineData("[Doe, T., & Roe, R. C. W. (2020, August). Handling fast things. In Proceedings of the 26th Conference on Things (pp. 1172-1180).](http://example.org/p.pdf)", "Handling fast things", "T. Doe;R. C. W. Roe")]
    [InlineData("[Doe, C., Roe, W., ... & Moe, S. (2021, May). Fast Things. In _Proceedings of the Conference on Things_ (Vol. 35).](https://example.org/p.pdf)", "Fast Things", "C. Doe;W. Roe;S. Moe")]
    public void An_APA_citation_as_a_paper_link_gives_its_title_and_authors(string paper, string title, string authors)
    {
        var result = Catalogs.Parse($"""
            | Name | Paper | Venue | Year |
            | --- | --- | --- | --- |
            | FAST | {paper} | WSDM | 2022 |
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("FAST", title, authors), (entry.Name, entry.Title, string.Join(";", entry.Authors)));
    }

    [Fact]
    public void An_empty_name_cell_beside_a_titled_paper_link_is_named_by_the_title()
    {
        var result = Catalogs.Parse("""
            | Name | Paper | Venue |
            | --- | --- | --- |
            | | [A survey on fast things](https://arxiv.org/abs/2002.02770) | TKDD |
            | | [pdf](https://arxiv.org/pdf/1503.01582.pdf) | NA |
            """);

        Assert.Equal("PCAT201", Assert.Single(result.Problems()).Id);
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("A survey on fast things", "TKDD"), (entry.Name, entry.Venue!.Text));
    }

    [Fact]
    public void A_placeholder_venue_is_no_venue()
    {
        var result = Catalogs.Parse("""
            | Name | Paper | Venue |
            | --- | --- | --- |
            | Fast | [A survey on fast things](https://arxiv.org/abs/2002.02770) | NA |
            """);

        Assert.Empty(result.Problems());
        Assert.Null(Assert.Single(result.Spec.Entries).Venue);
    }

    [Fact]
    public void Headers_are_read_by_the_last_word_that_names_a_role()
    {
        var result = Catalogs.Parse("""
            | SN | Time (YYYY/MM) | Title | Inline Citation in Short form | Venue in Short Form | Link of PDF |
            | --- | --- | --- | --- | --- | --- |
            | 20 | 2016/11 | Fast Things: Questions for Machine Comprehension of Text | Doe et al., 2016 | EMNLP | [PDF](https://aclanthology.org/D16-1264.pdf) |
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("EMNLP", 2016, "Doe"), (entry.Venue!.Text, entry.Year, string.Join(";", entry.Authors)));
    }

    [Fact]
    public void A_publication_column_beside_a_venue_column_holds_the_papers()
    {
        var result = Catalogs.Parse("""
            | Publication | Venue | Year | Resource |
            | --- | --- | --- | --- |
            | FastCast: Learning Skillful Fast Forecasting | *arXiv* | 2022 | [\[paper\]](https://arxiv.org/abs/2212.12794) |
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("FastCast", "arXiv", 2022), (entry.Name, entry.Venue!.Text, entry.Year));
    }

    [Fact]
    public void Dates_of_the_nineteenth_century_are_dates()
    {
        var result = Catalogs.Parse("""
            | Date | Paper |
            | --- | --- |
            | 1895/01 | [Fast Things: Doing It Quickly](https://example.org/p.pdf) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(1895, Assert.Single(result.Spec.Entries).Year);
    }

    [Fact]
    public void Keywords_name_entries_only_when_they_tell_the_rows_apart()
    {
        var result = Catalogs.Parse("""
            ## Named by keywords

            | Date | keywords | Paper |
            | --- | --- | --- |
            | 2017-06 | Transformers | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) |
            | 2018-10 | BERT | [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) |

            ## Tagged by keywords

            | Paper | Keywords | Publication |
            | --- | --- | --- |
            | [Fast Things: Doing It Quickly](https://arxiv.org/abs/2401.00001) | Serving; Batching | OSDI 2024 |
            | [Slow Things: Doing It Slowly](https://arxiv.org/abs/2401.00002) | | Arxiv |
            | [Wide Things](https://arxiv.org/abs/2401.00003) | Serving; Batching | SOSP 2024 |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { ("Transformers", "Attention Is All You Need"), ("BERT", "BERT: Pre-training of Deep Bidirectional Transformers"), ("Fast Things", "Fast Things: Doing It Quickly"), ("Slow Things", "Slow Things: Doing It Slowly"), ("Wide Things", null) },
            result.Spec.Entries.Select(e => (e.Name, e.Title)));
        Assert.Equal("Serving; Batching", result.Spec.Entries[2].Columns.Single(c => c.Header == "Keywords").Value);
    }

    [Fact]
    public void Star_badges_in_a_title_cell_are_the_code_and_no_part_of_the_name()
    {
        var entry = Catalogs.Parse("""
            | Title | Venue |
            | --- | --- |
            | [![Star](https://img.shields.io/github/stars/a/c.svg?style=social&label=Star)](https://github.com/a/c) [Fast Things: Doing It Quickly](https://arxiv.org/abs/2401.00003) | ICML 2024 |
            """).Spec.Entries.Single();

        Assert.Equal(("Fast Things", "Fast Things: Doing It Quickly"), (entry.Name, entry.Title));
        Assert.Equal(new[] { ("Url", "https://arxiv.org/abs/2401.00003"), ("CodeUrl", "https://github.com/a/c") }, entry.Links.Select(l => (l.MemberName!, l.Url)));
    }

    [Fact]
    public void An_image_after_a_title_is_no_part_of_it()
    {
        var entries = Catalogs.Parse("""
            | Title | Authors | Link |
            | --- | --- | --- |
            | Fast Things Doing It Quickly ![Best Paper](./images/award.png) | Jane Doe | [pdf](https://example.org/p.pdf) |

            <table><tr><th>Title</th><th>Authors</th><th>Link</th></tr>
            <tr><td>Slow Things Doing It Slowly <img src="./images/award.png" alt="Best Paper" height="160"></td><td>Jane Doe</td><td><a href="https://example.org/q.pdf">pdf</a></td></tr></table>
            """).Spec.Entries;

        Assert.Equal(new[] { "Fast Things Doing It Quickly", "Slow Things Doing It Slowly" }, entries.Select(e => e.Name));
    }

    [Fact]
    public void A_short_row_reads_padded_and_cells_beyond_the_header_are_a_warning_that_names_their_text()
    {
        var result = Catalogs.Parse("""
            | Name | Venue | Remarks |
            | --- | --- | --- |
            | **Short** | ICML 2024 |
            | **Long** | ICML 2024 | note | [//]: #06/18 |
            """);

        Assert.Equal(new[] { "Short", "Long" }, result.Spec.Entries.Select(e => e.Name));
        var hidden = Assert.Single(result.Problems());
        Assert.Equal(("PCAT101", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, "'[//]: #06/18'"), (hidden.Id, hidden.Descriptor.DefaultSeverity, hidden.Arguments[3]));
    }

    [Fact]
    public void A_row_of_empty_cells_is_no_entry_and_no_problem()
    {
        var result = Catalogs.Parse("""
            | Title | Venue |
            | --- | --- |
            | [Fast Things](https://arxiv.org/abs/2401.00001) | ICML 2024 |
            |  |  |

            <table><tr><th>Venue</th><th>Title</th><th>Code</th></tr>
            <tr><td rowspan="3"><a href="https://icml.cc/Conferences/2023">ICML 2023</a></td><td><a href="https://arxiv.org/abs/2305.17564">Slow Things</a></td><td><a href="https://github.com/a/b">code</a></td></tr>
            <tr><td></td><td></td></tr>
            <tr><td><a href="https://arxiv.org/abs/2305.17565">Other Things</a></td><td></td></tr>
            </table>
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Fast Things", "Slow Things", "Other Things" }, result.Spec.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Html_rowspan_and_colspan_are_laid_out_as_a_browser_lays_them_out()
    {
        var result = Catalogs.Parse("""
            <table>
            <thead><tr><th rowspan="2">Category</th><th rowspan="2">Attack</th><th colspan="2">CNNs</th></tr>
            <tr><th>ResNet</th><th>VGG</th></tr></thead>
            <tr><th rowspan="3">Gradient</th><td><a href="https://arxiv.org/abs/1412.6572">FGSM</a></td><td>49.2</td><td>54.6</td></tr>
            <tr><td><a href="https://arxiv.org/abs/1607.02533">I-FGSM</a></td><td colspan="2">n/a</td></tr>
            <td><a href="https://arxiv.org/abs/1710.06081">MI-FGSM</a></td><td>1</td><td>2</td></tr>
            </table>
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new[] { "FGSM Gradient 49.2 54.6", "I-FGSM Gradient", "MI-FGSM Gradient 1 2" },
            result.Spec.Entries.Select(e => string.Join(" ", new[] { e.Name }.Concat(e.Columns.Select(c => c.Value)))));
        Assert.Equal(new[] { "Category", "ResNet", "VGG" }, result.Spec.Entries[0].Columns.Select(c => c.Header));
    }

    [Fact]
    public void A_table_with_a_rule_right_under_it_is_a_table_and_no_heading()
    {
        var result = Catalogs.Parse("""
            ## Frameworks

            | **Paper Title** | **Year** | **Venue** |
            | --------------- | :----: | :----: |
            | [Fast Research in Machine Unlearning](https://www.ijcai.org/proceedings/2025/1255) | 2025 | _IJCAI_ |
            ----------

            ## Surveys

            | Paper Title | Year |
            | --- | --- |
            | [Slow Things](https://arxiv.org/abs/2401.00002) | 2024 |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Fast Research in Machine Unlearning", "Slow Things" }, result.Spec.Entries.Select(e => e.Name));
        Assert.Equal(("IJCAI", 2025), (result.Spec.Entries[0].Venue!.Text, result.Spec.Entries[0].Year));
        Assert.Equal(new[] { "Frameworks", "Surveys" }, result.Spec.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Two_papers_whose_names_make_one_identifier_both_compile_and_the_same_paper_twice_is_a_duplicate()
    {
        var file = new CatalogFile("docs/clash.md", """
            ## Streaming

            - [MovieChat: From Dense Token to Sparse Memory](https://arxiv.org/abs/2307.16449)
            - [MovieChat+: Question-aware Sparse Memory](https://arxiv.org/abs/2404.17176)
            - [SageAttention2: Efficient Attention](https://arxiv.org/abs/2411.10958)
            - [SageAttention2++: A More Efficient Implementation](https://arxiv.org/abs/2505.21136)
            - [Vidur: A Large-Scale Simulation Framework](https://example.org/vidur) (MLSys 2024)
            - [Vidur: Simulation Revisited](https://example.org/vidur2) (MLSys 2025)
            - [MovieChat: From Dense Token to Sparse Memory](https://arxiv.org/abs/2307.16449)
            """);

        var (result, output) = Catalogs.Run(file);
        var value = CompiledCatalog.Run(new[] { file }, "return string.Join(\" \", Papers.Streaming.MovieChat.Url, Papers.Streaming.MovieChatPlus.Url, Papers.Streaming.SageAttention2PlusPlus.Url, Papers.Streaming.Vidur2025.Url, Papers.Streaming.MovieChat2.Url);");

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Equal("https://arxiv.org/abs/2307.16449 https://arxiv.org/abs/2404.17176 https://arxiv.org/abs/2505.21136 https://example.org/vidur2 https://arxiv.org/abs/2307.16449", value);
        Assert.Equal(new[] { "PCAT203", "PCAT203", "PCAT203", "PCAT208" }, result.Diagnostics.Where(d => d.Id != "PCAT307").Select(d => d.Id));
        Assert.All(result.Diagnostics.Where(d => d.Id is "PCAT203" or "PCAT208"), d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity));
    }

    [Fact]
    public void A_column_whose_constant_a_link_would_take_keeps_it_and_the_code_compiles()
    {
        // Found by a fuzz run (a Remarks header mutated into PaperUrl) and in a real list (a "Paper url" column):
        // two PaperUrl constants in one class, CS0102 in the consumer's build.
        var file = new CatalogFile("docs/urls.md", """
            ## S

            | Name | Conference | Links | PaperUrl | Paper url |
            | --- | --- | --- | --- | --- |
            | Orca | OSDI 2022 | [Paper](https://example.org/a) | see below | https://example.org/b |
            """);

        var (result, output) = Catalogs.Run(file);
        var value = CompiledCatalog.Run(new[] { file }, "return string.Join(\" \", Papers.S.Orca.PaperUrl, Papers.S.Orca.Paper2Url, Papers.S.Orca.Paper3Url);");

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Equal("see below https://example.org/a https://example.org/b", value);
        Assert.Contains(result.Diagnostics, d => d.Id == "PCAT204" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("the constant of its column 'PaperUrl'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_venue_written_year_first_in_two_digits_gives_the_year()
    {
        var result = Catalogs.Parse("""
            ## Detection

            *Conf.* | *Date* | *Title* |
            :---: | :---: |:--- |
            '16-IJCV	| 15/05/07	| [Reading Text Things](https://arxiv.org/pdf/1412.1842.pdf) |
            15-CVPR	| 15/06/01	| [Symmetric Text Things](https://example.org/s.pdf) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("'16-IJCV", "IJCV", 2016), ("15-CVPR", "CVPR", 2015) }, result.Spec.Entries.Select(e => (e.Venue!.Text, e.Venue.Name!, e.Year)));
    }

    [Fact]
    public void A_name_cell_of_marks_only_holds_no_name_and_the_papers_title_names_the_entry()
    {
        var result = Catalogs.Parse("""
            ## Tabular

            | Date | Name | Paper | Publication | Recom |
            | --- | --- | --- | --- | --- |
            | 2025 | * | [Scalable Tabular Things](https://arxiv.org/abs/2502.03147) | CoRR | ⭐️⭐️ |
            | 2024 | TabPFN | [Prior Fitted Tabular Things](https://example.org/t) | ICLR | ⭐️ |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Scalable Tabular Things", "TabPFN" }, result.Spec.Entries.Select(e => e.Name));
        Assert.Equal("⭐️⭐️", Assert.Single(result.Spec.Entries[0].Columns).Value);
    }

    [Fact]
    public void A_time_column_that_holds_a_venue_and_its_year_gives_the_venue()
    {
        var result = Catalogs.Parse("""
            ## Flow

            | Time | Paper | Repo |
            | --- | --- | --- |
            |ICCV21|[Fast Flow Things](https://arxiv.org/abs/2104.13918)|[flow1d](https://github.com/a/flow1d)|
            |2020-06|[Slow Flow Things](https://example.org/s)|[slow](https://github.com/a/slow)|
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("ICCV21", 2021), (null, 2020) }, result.Spec.Entries.Select(e => (e.Venue?.Text, e.Year)));
    }

    [Fact]
    public void A_venue_on_a_line_of_its_own_over_the_title_in_one_cell_is_the_venue()
    {
        var result = Catalogs.Parse("""
            ## Quantization

            | Title & Author & Link |
            | --- |
            | ICLR22 <br />[GPTQ: Accurate Quantizing of Things](https://arxiv.org/abs/2210.17323) <br /> Elias Frantar, Dan Alistarh <br /> [Github](https://github.com/a/gptq) |
            | Arxiv23 <br /> [LLM-QAT: Data-Free Quantizing of Things](https://arxiv.org/abs/2305.17888) <br /> Zechun Liu |
            | Arxiv24<br /> Effective Interplay between Sparse Things<br /> Simla Harma, Ayan Chakraborty <br /> [Github](https://github.com/a/b) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new (string, string?, int)[] { ("GPTQ", "ICLR22", 2022), ("LLM-QAT", "Arxiv23", 2023), ("Effective Interplay between Sparse Things", "Arxiv24", 2024) },
            result.Spec.Entries.Select(e => (e.Name, e.Venue?.Text, e.Year)));
        Assert.Equal("Elias Frantar;Dan Alistarh", string.Join(";", result.Spec.Entries[0].Authors));
    }

    [Fact]
    public void A_column_of_plain_names_names_the_rows_when_the_paper_column_holds_only_Paper_links()
    {
        var result = Catalogs.Parse("""
            ## Schedulers

            | **Scheduler** | **Year** | **Series** | **Paper** | **Objective** | **Code** |
            |:---:|:---:|:---:|:---:|:---:|:---:|
            | Acme | 2024 | NSDI | [Paper](https://www.usenix.org/conference/nsdi24/presentation/hu) | ♣ | [Code](https://github.com/a/b) |
            | Cassini | 2024 | NSDI | [Paper](https://arxiv.org/abs/2308.00852) | ♠♣♥ | - |
            | Optimus | 2018 | EuroSys | [Paper](https://example.org/optimus.pdf) | ♣ | - |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Acme", "NSDI", 2024), ("Cassini", "NSDI", 2024), ("Optimus", "EuroSys", 2018) }, result.Spec.Entries.Select(e => (e.Name, e.Venue!.Text, e.Year)));
        Assert.All(result.Spec.Entries, e => Assert.Null(e.Title));
        Assert.Equal("PaperUrl", result.Spec.Entries[0].Links[0].MemberName);
    }

    [Fact]
    public void An_empty_header_over_row_numbers_is_no_error_and_a_name_cell_of_a_dash_gives_way_to_the_rows_link()
    {
        var result = Catalogs.Parse("""
            ## Competitions

            |   | Dataset | Organizer | Model |
            |---|---------|-----------|-------|
            | 0 | [Story Cloze Things](http://example.org/story.pdf) | Univ. of Rochester | Logistic regression |
            | 5 | [TriviaQA](http://nlp.example.org/triviaqa/) | Univ. of Washington | - |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Logistic regression", "TriviaQA" }, result.Spec.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_reference_cell_of_one_link_labelled_by_a_venue_gives_the_venue_and_the_paper()
    {
        var result = Catalogs.Parse("""
            ## Semi-supervised

            |Date|The First and Last Authors|Title|Code|Reference|
            |---|---|---|---|---|
            |2021-12|M. Xu and J. Jacob|Learning Morphological Feature Things|[Code](https://github.com/a/b)|[MIDL2022](https://openreview.net/pdf?id=OL6tAasXCmi)|
            |2021-07|W. Ding and H. Hawash|RCTE: A Reliable Framework for Things|None|[Arxiv](https://arxiv.org/abs/2107.00001)|
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(
            new (string?, int, string?)[] { ("MIDL2022", 2022, "https://openreview.net/pdf?id=OL6tAasXCmi"), ("Arxiv", 2021, "https://arxiv.org/abs/2107.00001") },
            result.Spec.Entries.Select(e => (e.Venue?.Text, e.Year, e.Links.SingleOrDefault(l => l.MemberName == "PaperUrl")?.Url)));
    }

    [Fact]
    public void A_leaderboard_names_its_rows_by_a_header_whose_first_line_is_known_and_badges_give_year_first_venues()
    {
        var result = Catalogs.Parse("""
            ## Stereo4D

            | RK | Model <br />*Links:*<br />Venue&nbsp;&nbsp;Repository | LPIPS&nbsp;↓ |
            |:---:|:---:|:---:|
            | 1 | **M2SVid**<br />[![arXiv](https://img.shields.io/badge/2025-arXiv-b31b1b)](https://arxiv.org/abs/2505.16565) | **0.180** |
            | 2 | **SVG**<br />[![ICLR](https://img.shields.io/badge/2025-ICLR-d5df32)](https://openreview.net/forum?id=sx2jXZuhIx) [![GitHub Stars](https://img.shields.io/github/stars/google/svg)](https://github.com/google/svg) | **0.217** |

            ## Datasets

            | Dataset | Venue | Resolution |
            | --- | --- | --- |
            | **[SynDrone](https://github.com/LTTM/Syndrone)** | [![ICCVW](https://img.shields.io/badge/2023-ICCVW-fcb900)](https://openaccess.thecvf.com/content/ICCV2023W/x_paper.html) | 1920×1080 |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("M2SVid", 2025), ("SVG", 2025), ("SynDrone", 2023) }, result.Spec.Entries.Select(e => (e.Name, e.Year)));
        Assert.Equal(("ICLR", "ICCVW"), (result.Spec.Entries[1].Venue?.Name, result.Spec.Entries[2].Venue?.Name));
    }

    [Fact]
    public void Header_lines_that_tell_two_columns_apart_stay_whole()
    {
        var result = Catalogs.Parse("""
            ## Leaderboard

            | Model | Spider<br>Exact Match | Spider<br>Execution |
            | --- | --- | --- |
            | [MiniSeek](https://example.org/miniseek) | 81.5 | 91.2 |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Spider Exact Match", "Spider Execution" }, Assert.Single(result.Spec.Entries).Columns.Select(c => c.Header.Replace("\n", " ")));
    }

    [Fact]
    public void A_header_of_blank_cells_only_is_a_table_without_one_whose_cells_name_the_columns()
    {
        var result = Catalogs.Parse("""
            ## Basic of SSM

            |       |  |  |
            | :-------- | :---- | :-------- |
            |[New-Generation Network Architectures](https://arxiv.org/pdf/2404.16112)|<img width="361" alt="image" src="https://example.org/a.png">| |
            |[Basic State Space Model ](https://arxiv.org/pdf/2404.16113)|<img width="361" alt="image" src="https://example.org/b.png">| |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "New-Generation Network Architectures", "Basic State Space Model" }, result.Spec.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_column_of_bold_names_beside_a_links_column_names_the_rows()
    {
        var result = Catalogs.Parse("""
            ## Start Here

            | Year | Landmark | Venue | Link |
            |:---:|---|:---:|:---:|
            | 1997 | **Networks of Fast Neurons: The Third Generation** — *the founding idea* | Neural Networks | [paper](https://doi.org/10.1016/S0893-6080(97)00011-7) |
            | 2014 | **FastNorth** — *a million-neuron chip* | Science | [paper](https://www.science.org/doi/10.1126/science.1254642) |
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Networks of Fast Neurons", 1997, "Neural Networks"), ("FastNorth", 2014, "Science") }, result.Spec.Entries.Select(e => (e.Name, e.Year, e.Venue?.Text ?? "")));
    }
}
