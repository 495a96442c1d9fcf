using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Conventions;

/// <summary>
/// How real lists write a paper in one item, each convention seen in several lists (rows written for these
/// tests): the entry is recognised by what it holds, and each field is found wherever the item puts it.
/// </summary>
public sealed class ListConventionTests
{
    private static EntrySpec Single(string markdown, out IReadOnlyList<PaperCatalog.Generator.Diagnostics.DiagnosticInfo> problems)
    {
        var result = Catalogs.Parse("## S\n\n" + markdown + "\n");
        problems = result.Problems().ToList();
        return Assert.Single(result.Spec.Entries);
    }

    public static TheoryData<string, string, string?, string?, int, string> Venues() => new()
    {
        // item, name, title, venue as written, year, the links' constants
        { "- [OSDI'24] [Fast Things: Doing It Quickly](https://example.org/p.pdf)", "Fast Things", "Fast Things: Doing It Quickly", "OSDI'24", 2024, "Url" },
        { "- [ICLR'25] Fast Things: Doing It Quickly", "Fast Things", "Fast Things: Doing It Quickly", "ICLR'25", 2025, "" },
        { "- [Fast Things:](https://arxiv.org/abs/2401.00001) Doing It Quickly | SOSP' 23", "Fast Things", "Fast Things: Doing It Quickly", "SOSP' 23", 2023, "Url" },
        { "1. [2022 Nature Methods] **Fast Things** [[paper]](https://example.org/p)", "Fast Things", "Fast Things", "2022 Nature Methods", 2022, "PaperUrl" },
        { "* Fast Things: Doing It Quickly, CSUR 2004 [[acmdl](https://dl.acm.org/doi/1),[pdf](https://example.org/p.pdf)]", "Fast Things", "Fast Things: Doing It Quickly", "CSUR 2004", 2004, "AcmdlUrl PdfUrl" },
        { "* Fast Things: Doing It Quickly, KDD'20. [\\[paper\\]](https://dl.acm.org/doi/1)", "Fast Things", "Fast Things: Doing It Quickly", "KDD'20", 2020, "PaperUrl" },
        { "- [Fast Things: Doing It Quickly](https://example.org/p) IEEE Transactions on Mobile Computing (2019)", "Fast Things", "Fast Things: Doing It Quickly", "IEEE Transactions on Mobile Computing (2019)", 2019, "Url" },
        { "- Fast things. In *ICML 2021*. [[pdf](https://example.org/p.pdf)]", "Fast things", "Fast things", "ICML 2021", 2021, "PdfUrl" },
        { "- [Fast Things](https://arxiv.org/abs/2305.13048) (ICML 2026) [![stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b)", "Fast Things", "Fast Things", "ICML 2026", 2026, "Url CodeUrl" },
        { "* **Fast**: \"Fast Things: Doing It Quickly\", *arXiv, June 2025*. [[Paper](https://arxiv.org/abs/2506.04308)] [[Code](https://github.com/a/b)]", "Fast", "Fast Things: Doing It Quickly", "arXiv, June 2025", 2025, "PaperUrl CodeUrl" },
        { "- **Fast Things: Doing It Quickly (ICLR 2020)**", "Fast Things", "Fast Things: Doing It Quickly", "ICLR 2020", 2020, "" },
        { "- **Graph Things (Arxiv 2019)**\n  - [[Paper]](https://arxiv.org/abs/1901.00001)", "Graph Things", "Graph Things", "Arxiv 2019", 2019, "PaperUrl" },
        { "- **Fast Things (MIG)** [[Paper]](https://example.org/p)", "Fast Things (MIG)", "Fast Things (MIG)", null, 0, "PaperUrl" },
        { "+ [Fast Things](https://arxiv.org/abs/1909.07522) Jane Doe et al. <img src=\"https://img.shields.io/badge/MICRO-2019-green.svg\">", "Fast Things", "Fast Things", "MICRO 2019", 2019, "Url" },
        { "- Fast Things.\n  [[pdf]](https://arxiv.org/pdf/1710.00942.pdf)\n  - Jane Doe, John Roe, and Rick Moe. *ICCD*, 2017.", "Fast Things", "Fast Things", "ICCD, 2017", 2017, "PdfUrl" },
        { "- [[CVPR 2017](https://example.org/fast.pdf)] FastNet: Deep Learning Quickly. [[code](https://github.com/a/b)] [__`cls.`__] :star:", "FastNet", "FastNet: Deep Learning Quickly", "CVPR 2017", 2017, "PaperUrl CodeUrl" },
        { "* 2020-CVPR - Fast Things: Doing It Quickly. [[Paper]](https://example.org/p.html)", "Fast Things", "Fast Things: Doing It Quickly", "CVPR", 2020, "PaperUrl" },
        { "* Fast Things For Time Series, in *NeurIPS* 2021. [\\[paper\\]](https://example.org/p.html)", "Fast Things For Time Series", "Fast Things For Time Series", "NeurIPS 2021", 2021, "PaperUrl" },
        { "* **Fast Things: Doing It Quickly** [2025]  \nJane Doe, John Roe.  \n[ICLR (2025)](https://arxiv.org/abs/2503.03989)", "Fast Things", "Fast Things: Doing It Quickly", "ICLR (2025)", 2025, "PaperUrl" },
        { "+ 📜 **IROS 2015** 单目平面重建：[**Fast Things: Doing It Quickly**](https://example.org/p.pdf)", "Fast Things", "Fast Things: Doing It Quickly", "IROS 2015", 2015, "Url" },
        { "+ 📜 ICRA 2020 [Fast Things: Doing It Quickly](https://example.org/q.pdf) | [video](https://www.youtube.com/watch?v=1)", "Fast Things", "Fast Things: Doing It Quickly", "ICRA 2020", 2020, "Url VideoUrl" },
        { "- 1979, [Fast Things: Doing It Quickly](https://example.org/r.pdf), SIGMOD", "Fast Things", "Fast Things: Doing It Quickly", "SIGMOD", 1979, "Url" },
        { "* (2023-ICLR, CCF-A) Fast Things: Doing It Quickly. [[paper](https://arxiv.org/abs/2210.02875)]", "Fast Things", "Fast Things: Doing It Quickly", "ICLR", 2023, "PaperUrl" },
        { "* (2021-DASFAA, CCF-B) Slow Things: Doing It Slowly. [[paper](https://example.org/dasfaa)]", "Slow Things", "Slow Things: Doing It Slowly", "DASFAA", 2021, "PaperUrl" },
        { "- [RICH 2018](https://example.org/rich.pdf)", "RICH 2018", "RICH 2018", null, 0, "Url" },
        { "- [arXiv 2025.08](https://arxiv.org/abs/2508.03070), Fast Things: Doing It Quickly", "Fast Things", "Fast Things: Doing It Quickly", "arXiv 2025.08", 2025, "PaperUrl" },
        { "1. [Arxiv 25.05] **Fast Things: Doing It Quickly** [[paper]](https://arxiv.org/abs/2505.00001)", "Fast Things", "Fast Things: Doing It Quickly", "Arxiv 25.05", 2025, "PaperUrl" },
        { "1. [Arxiv 24.01.18] **Fast Things: Doing It Quickly** [[paper]](https://arxiv.org/abs/2401.00001)", "Fast Things", "Fast Things: Doing It Quickly", "Arxiv 24.01.18", 2024, "PaperUrl" },
        { "* Fast Things: A Dataset for Doing It Quickly (Doe et al., 2024)\n  [[Paper]](https://arxiv.org/pdf/2310.09754)\n  ![](https://img.shields.io/badge/Findings@ACL%202024-orange)", "Fast Things", "Fast Things: A Dataset for Doing It Quickly", "Findings@ACL 2024", 2024, "PaperUrl" },
        { "* FastFC: A Dataset for Doing It Quickly (Doe et al., 2019).\n  [[Paper]](https://www.aclweb.org/anthology/D19-1475.pdf)\n  [](https://img.shields.io/badge/EMNLP%202019-orange)", "FastFC", "FastFC: A Dataset for Doing It Quickly", "EMNLP 2019", 2019, "PaperUrl" },
        { "- `...`[Doe et al.]\\[arxiv 2024]**Fast Things: Doing It Quickly**[[PDF](https://arxiv.org/pdf/2404.00001)]", "Fast Things", "Fast Things: Doing It Quickly", "arxiv 2024", 2024, "PDFUrl" },
        { "- `FT`[Doe et al.]\\[arxiv 2023/CVPR 2024]**Fast Things: Doing It Quickly**[[PDF](https://arxiv.org/pdf/2312.00001)]", "FT", "Fast Things: Doing It Quickly", "arxiv 2023/CVPR 2024", 2024, "PDFUrl" },
        { "11. [TKDD 25] **Fast Things: Doing It Quickly** [[paper]](https://arxiv.org/abs/2310.16375)", "Fast Things", "Fast Things: Doing It Quickly", "TKDD 25", 2023, "PaperUrl" },
        { "- [ICLR 2026](https://openreview.net/forum?id=x), Fast Things: Doing It Quickly", "Fast Things", "Fast Things: Doing It Quickly", "ICLR 2026", 2026, "PaperUrl" },
        { "- **(FastNet)** _Fast Things: Doing It Quickly_ ```EMNLP 2022```", "FastNet", "Fast Things: Doing It Quickly", "EMNLP 2022", 2022, "" },
        { "* [**Cureus, 2023.6**] **FastDoc**: A Fast Chat Model for Things. [paper](https://example.org/p.pdf)", "FastDoc", "FastDoc: A Fast Chat Model for Things", "Cureus, 2023.6", 2023, "PaperUrl" },
        { "- [FastServe](https://arxiv.org/abs/2406.17565): Context Caching for Disaggregated Serving with Elastic Memory Pool", "FastServe", "FastServe: Context Caching for Disaggregated Serving with Elastic Memory Pool", null, 2024, "Url" },
        { "- (local style): [Fast Things: Doing It Quickly](https://arxiv.org/abs/2002.03785) (ICASSP 2020)", "Fast Things", "Fast Things: Doing It Quickly", "ICASSP 2020", 2020, "Url" },
        { "* 2014 - A Comprehensive Introduction to Fast Things. [[Paper]](https://example.org/p.pdf)", "A Comprehensive Introduction to Fast Things", "A Comprehensive Introduction to Fast Things", null, 2014, "PaperUrl" },
        { "- [2024/12] **[Fast Things: Doing It Quickly](https://arxiv.org/abs/2412.17034)** ![LLM](https://img.shields.io/badge/LLM-589cf4) ![ACL'25_Main](https://img.shields.io/badge/ACL'25_Main-f1b800)", "Fast Things", "Fast Things: Doing It Quickly", "ACL'25 Main", 2025, "Url" },
        { "- (*NAACL'21*) Fast Things: Doing It Quickly [[paper](https://aclanthology.org/2021.naacl-main.278/)][[code](https://github.com/a/b)]", "Fast Things", "Fast Things: Doing It Quickly", "NAACL'21", 2021, "PaperUrl CodeUrl" },
        { "3. [Fast Things: Doing It Quickly](https://example.org/hentschel-sigmod18.pdf) [SIGMOD 18]", "Fast Things", "Fast Things: Doing It Quickly", "SIGMOD 18", 2018, "Url" },
        { "- [KDD 2021, FPKT] [Fast Process-consistent Knowledge Tracing](https://example.org/kdd21.pdf)", "FPKT", "Fast Process-consistent Knowledge Tracing", "KDD 2021", 2021, "Url" },
        { "- **FPR: Fast Perturbations to Attack Guard-Rails (FPR)** [[link](https://arxiv.org/pdf/2402.15911)]", "FPR", "FPR: Fast Perturbations to Attack Guard-Rails", null, 2024, "LinkUrl" },
        { "- **\"Do Anything Fast\": Characterizing Fast Prompts (DAF)** [[link](https://arxiv.org/pdf/2402.15912)]", "DAF", "\"Do Anything Fast\": Characterizing Fast Prompts", null, 2024, "LinkUrl" },
        { "- <a name=\"todo\"></a> FIDER: Fast Experience Replay for Continual Learning (**ICLR 2026**) [[paper](https://openreview.net/pdf/1f4f.pdf)]", "FIDER", "FIDER: Fast Experience Replay for Continual Learning", "ICLR 2026", 2026, "PaperUrl" },
        { "- [3-D Fast Encoder-Decoder Network for Low-Dose Things] [[scholar]](https://scholar.google.com/scholar?q=x) [[arXiv]](https://arxiv.org/abs/1902.07582)", "3-D Fast Encoder-Decoder Network for Low-Dose Things", "3-D Fast Encoder-Decoder Network for Low-Dose Things", "arXiv", 2019, "ScholarUrl ArXivUrl" },
        { "- ICLR-23 Temporal Fast Things for Robust Video Classification [[arxiv](http://arxiv.org/abs/2302.14309)]", "Temporal Fast Things for Robust Video Classification", "Temporal Fast Things for Robust Video Classification", "ICLR-23", 2023, "ArxivUrl" },
        { "* [security] [Fast Things: A Sharded Platform](https://arxiv.org/abs/1708.03778).", "Fast Things", "Fast Things: A Sharded Platform", null, 2017, "Url" },
        { "+ [x] **[1]** Doe J, Roe R. [**Fast Things: Doing It Quickly**](https://arxiv.org/abs/2105.14994)[J]. arXiv preprint arXiv:2105.14994, **2021**.", "Fast Things", "Fast Things: Doing It Quickly", "arXiv preprint arXiv:2105.14994, 2021", 2021, "Url" },
        { "- [[MM](https://arxiv.org/abs/1808.07659)] FastNet: A Joint Network of Points and Views. [__`cls.`__ __`rel.`__]", "FastNet", "FastNet: A Joint Network of Points and Views", "MM", 2018, "PaperUrl" },
        { "- [[ICRA](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8462884)] Fast Learning of Things by Detection. [__`det.`__]", "Fast Learning of Things by Detection", "Fast Learning of Things by Detection", "ICRA", 0, "PaperUrl" },
        { "- [[AAAI](https://aaai.org/ocs/index.php/AAAI/AAAI18/paper/view/16530/16302)] Fast Point Generation. [[tensorflow](https://github.com/a/b)]", "Fast Point Generation", "Fast Point Generation", "AAAI", 0, "PaperUrl TensorflowUrl" },
        { "- [[OSDI](https://www.usenix.org/conference/osdi22)] Fast Things: Doing It Quickly", "Fast Things", "Fast Things: Doing It Quickly", "OSDI", 0, "" },
        { "- [[arvix](https://arxiv.org/abs/1912.12033)] Deep Learning for Points: A Survey. [[code](https://github.com/a/b)]", "Deep Learning for Points", "Deep Learning for Points: A Survey", "arvix", 2019, "PaperUrl CodeUrl" },
        { "- [[CVPR](https://www.researchgate.net/publication/332240602_Fast_Point_Things)] Fast Point Things for Outdoor Scenes.", "Fast Point Things for Outdoor Scenes", "Fast Point Things for Outdoor Scenes", "CVPR", 0, "PaperUrl" },
        { "- [[SynthCity](https://arxiv.org/abs/1907.04758)] SynthCity is a synthetic point cloud of a city. [__`seg.`__]", "SynthCity", "SynthCity is a synthetic point cloud of a city", null, 2019, "SynthCityUrl" },
        { "- [[Argoverse by Argo AI]](https://www.argoverse.org/) Two public datasets supported by maps. [[CVPR 2019 paper](https://arxiv.org/abs/1911.02620)]", "Argoverse by Argo AI", "Two public datasets supported by maps", "CVPR 2019 paper", 2019, "PaperUrl ArgoverseByArgoAIUrl" },
        { "5. **Fine-tune Fast Things.** ![](https://img.shields.io/badge/FFT-DCE7F1)\n   *Jane Doe, John Roe.* [[pdf](https://arxiv.org/pdf/2310.03331)], 2023.10, ![](https://img.shields.io/badge/arxiv-FAEFCA)", "Fine-tune Fast Things", "Fine-tune Fast Things", "arxiv", 2023, "PdfUrl" },
        { "+ [Fast Video Things](https://arxiv.org/abs/2411.17440) (Nov., 2024)\n  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2411.17440)", "Fast Video Things", "Fast Video Things", null, 2024, "Url LinkUrl" },
        { "+ **论文**：Doe J, Roe R. [**Fast Things: Doing It Quickly**](https://arxiv.org/pdf/1904.06577)[J]. arXiv preprint arXiv:1904.06577, **2019**.", "Fast Things", "Fast Things: Doing It Quickly", "arXiv preprint arXiv:1904.06577, 2019", 2019, "Url" },
    };

    [Theory]
    [MemberData(nameof(Venues))]
    public void Venue_tags_before_or_after_the_title_give_the_venue(string item, string name, string? title, string? venue, int year, string members)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((name, title, venue, year), (entry.Name, entry.Title, entry.Venue?.Text, entry.Year));
        Assert.Equal(members, string.Join(" ", entry.Links.Select(l => l.MemberName)));
    }

    [Theory]
    [InlineData("*   **FastBench: A Live Benchmark for Things** [![arXiv](https://img.shields.io/badge/arXiv-2508.20033-B31B1B.svg)](https://arxiv.org/pdf/2508.20033) - *Patel et al. (2025.08)*", "arXiv 2508.20033", 2025, "Patel")]
    [InlineData("  * Jane Doe, John Roe, and Rick Moe. [Fast Things in Social Media](https://arxiv.org/pdf/1703.04009.pdf). 2017. *ICWSM*", "ICWSM", 2017, "Jane Doe, John Roe, Rick Moe")]
    [InlineData("  * Jane Doe, and John Roe. [Fast Things Using Context](http://example.org/RANLP036.pdf). 2017. *IEEE RIVF*", "IEEE RIVF", 2017, "Jane Doe, John Roe")]
    public void An_italic_byline_with_its_date_or_a_citation_s_italic_venue_after_its_year(string item, string venue, int year, string authors)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((venue, year, authors), (entry.Venue?.Text, entry.Year, string.Join(", ", entry.Authors)));
    }

    [Theory]
    [InlineData("* NR [[paper](https://example.org/nr.pdf)][code][web]\n  * Fu, Xueyang etc. Improving Fast Things via Neural Reorganization. (ICCV 2021)", "NR", "Improving Fast Things via Neural Reorganization", "ICCV 2021", "Xueyang Fu")]
    [InlineData("* Linear model [[paper](https://arxiv.org/pdf/1812.07870.pdf)][code][web]\n   * Wang et al. Removing fast things by a linear model. (2018 Arxiv)", "Linear model", "Removing fast things by a linear model", "2018 Arxiv", "Wang")]
    public void A_name_over_a_sub_item_that_cites_the_paper_takes_its_title_authors_and_venue(string item, string name, string title, string venue, string authors)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((name, title, venue, authors), (entry.Name, entry.Title, entry.Venue?.Text, string.Join(", ", entry.Authors)));
    }

    [Fact]
    public void A_way_back_heading_under_a_venue_heading_opens_no_section_and_an_arxiv_link_there_is_the_preprint()
    {
        var result = Catalogs.Parse("""
            ## Papers

            ### [Graph Matching](#content)

            - Fast Things for Matching Graphs.
            [Paper](https://example.org/graphs.pdf)

            ### CVPR 2023
            ### [⬆️ Back to Index](#paper-index)

            - Planning-oriented Fast Things.
            [Paper](https://openaccess.thecvf.com/content/CVPR2023/papers/Hu_Fast_CVPR_2023_paper.pdf)
            [arXiv](https://arxiv.org/abs/2212.10156)
            [Code](https://github.com/a/b)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Graph Matching", "CVPR 2023" }, result.Spec.Entries.Select(e => result.Spec.Sections[e.Section].Title));
        var entry = result.Spec.Entries[1];
        Assert.Equal(("CVPR 2023", 2023), (entry.Venue?.Text, entry.Year));
        Assert.Equal(new[] { "ArXivUrl", "CodeUrl", "PaperUrl" }, entry.Links.Select(l => l.MemberName).OrderBy(m => m, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("+ [Towards Fast Things via Matching](https://arxiv.org/abs/2310.05773) (Jane Doe & John Roe et al., ICLR 2024) [:octocat:](https://github.com/a/b)", "Towards Fast Things via Matching", "ICLR 2024", 2024, "Jane Doe, John Roe")]
    [InlineData("- FAST-CNN & Speck: Event-Driven Fast Things (SynSense) (**2020**). \\[[paper](https://example.org/speck/)\\]", "FAST-CNN & Speck", null, 2020, "")]
    public void Author_year_groups_with_shared_first_authors_and_a_bold_year_alone(string item, string name, string? venue, int year, string authors)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((name, venue, year, authors), (entry.Name, entry.Venue?.Text, entry.Year, string.Join(", ", entry.Authors)));
    }

    [Theory]
    [InlineData("- `SFAD` [Jiao et al., IEEE TII 2022] **Source-free fast things for rotating machinery** [[PDF]](https://ieeexplore.ieee.org/abstract/document/9997572/)", "SFAD", "IEEE TII 2022", 2022, "Jiao")]
    [InlineData("- `FCDA` [Lee and Lee, Proc. SPIE International Workshop on Advanced Imaging Technology 2023] **A source-free fast method based on feature consistency** [[PDF]](https://example.org/fcda.pdf)", "FCDA", "Proc. SPIE International Workshop on Advanced Imaging Technology 2023", 2023, "Lee, Lee")]
    public void A_method_name_then_the_authors_and_the_venue_in_one_bracket_then_a_bold_title(string item, string name, string venue, int year, string authors)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((name, venue, year, authors), (entry.Name, entry.Venue?.Text, entry.Year, string.Join(", ", entry.Authors)));
    }

    [Fact]
    public void A_method_name_then_the_first_author_and_the_venue_in_brackets_then_a_bold_title()
    {
        var entry = Single("- `DenoDiff` [Graham et al.]\\[CVPR 2023]**Denoising Diffusion Models for Things**[[PDF](https://arxiv.org/abs/2211.07740)]", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("DenoDiff", "Denoising Diffusion Models for Things", "CVPR 2023", "Graham"), (entry.Name, entry.Title, entry.Venue?.Text, string.Join(", ", entry.Authors)));
    }

    [Theory]
    [InlineData("* CGAN - [Conditional Generative Adversarial Nets](https://arxiv.org/abs/1411.1784)", "CGAN", "Conditional Generative Adversarial Nets")]
    [InlineData("21. <u>Sparrow</u>: **\"Improving alignment of dialogue agents\"**. [[Paper](http://arxiv.org/abs/2209.14375v1)]", "Sparrow", "Improving alignment of dialogue agents")]
    [InlineData("- [TinyZero](https://github.com/Jiayi-Pan/TinyZero) - Clean, minimal, accessible reproduction", "TinyZero", "TinyZero")]
    [InlineData("- [FastZero](https://github.com/a/b): Clean, minimal, accessible reproduction of things", "FastZero", "FastZero")]
    [InlineData("- Flowtron (flow based): [Fast Things: Doing It Quickly](https://arxiv.org/abs/2005.05957) (2020)", "Flowtron", "Fast Things: Doing It Quickly")]
    [InlineData("- WaveNet<sup>\u2605</sup>: [Fast Things: A Generative Model](https://arxiv.org/abs/1609.03499) (2016)", "WaveNet", "Fast Things: A Generative Model")]
    [InlineData("- ILS-SSL: [Fast Things for Speech with Layer Supervision](https://arxiv.org/abs/2112.08778) - *C Doe et al*, `ICASSP 2021`", "ILS-SSL", "Fast Things for Speech with Layer Supervision")]
    [InlineData("- wav2vec: [Fast Things for Speech](https://arxiv.org/abs/1904.05862)", "wav2vec", "Fast Things for Speech")]
    [InlineData("- Paper: [Fast Things for Speech](https://arxiv.org/abs/1904.05862)", "Fast Things for Speech", "Fast Things for Speech")]
    [InlineData("- Survey: [Fast Things for Speech](https://arxiv.org/abs/1904.05862)", "Fast Things for Speech", "Fast Things for Speech")]
    [InlineData("- Self-Supervised Fast Transformer on Molecular Data (aka: GROVER; NeurIPS 2020) [[Paper]](https://arxiv.org/pdf/2007.02835.pdf)", "GROVER", "Self-Supervised Fast Transformer on Molecular Data")]
    [InlineData("- Analyzing Fast Molecular Representations (aka: Chemrop, D-MPNN; J Chem Inf Model 2019) [[Paper]](https://pubs.acs.org/doi/10.1021/x)", "Chemrop, D-MPNN", "Analyzing Fast Molecular Representations")]
    [InlineData("- [Poster: Combining Fuzzing with Concolic Execution](https://dl.acm.org/doi/10.1145/3576915.3624373)", "Combining Fuzzing with Concolic Execution", "Poster: Combining Fuzzing with Concolic Execution")]
    [InlineData("- [SoK: Eternal War in Memory](https://example.org/eternal) (S&P 2013)", "Eternal War in Memory", "SoK: Eternal War in Memory")]
    [InlineData("- [EACL24: Transformer-specific Interpretability](https://example.org/tutorial/)", "Transformer-specific Interpretability", "EACL24: Transformer-specific Interpretability")]
    public void A_short_name_and_a_separator_before_a_marked_title_name_the_entry(string item, string name, string title)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((name, title), (entry.Name, entry.Title));
    }

    public static TheoryData<string, string, string, string, int> Citations() => new()
    {
        // item, title, authors, venue as written, year
        { "- Doe, Jane, et al. \"Fast things.\" OSDI (2019). [[Paper]](https://example.org/p)", "Fast things", "Jane Doe", "OSDI (2019)", 2019 },
        { "- **Fast Things** (2017), J. Doe et al. [[pdf]](https://arxiv.org/pdf/1701.00001.pdf)", "Fast Things", "J. Doe", "", 2017 },
        { "1. **Fast Things**. *Jane Doe, John Roe, Rick Moe*. EMNLP 2020. [[pdf](https://example.org/p.pdf)] (**FT**)", "Fast Things", "Jane Doe;John Roe;Rick Moe", "EMNLP 2020", 2020 },
        { "- [Fast Things](https://example.org/p) - Jane Doe, John Roe, and Rick Moe. PACT 2019.", "Fast Things", "Jane Doe;John Roe;Rick Moe", "PACT 2019", 2019 },
        { "- [Fast Things](https://example.org/p) - Jane Doe and John O'Roe, Proceedings of the IEEE, 2018", "Fast Things", "Jane Doe;John O'Roe", "Proceedings of the IEEE, 2018", 2018 },
        { "- [Fast Things](https://example.org/p) - Jane Doe, John Roe, Rick Moe et al. Nature 2022", "Fast Things", "Jane Doe;John Roe;Rick Moe", "Nature 2022", 2022 },
        { "- Jane Doe, etc., [Fast Things](https://example.org/p). SC 2022.", "Fast Things", "Jane Doe", "SC 2022", 2022 },
        { "- <a name=\"Doe19\"></a>Doe, J., Roe, R.-M., Moe, A.N.,  \n*[Fast Things](https://doi.org/10.1/x)*,  \nIEEE Conf. Computer Vision and Pattern Recognition (CVPR), 2019. [PDF](https://example.org/p.pdf), [Code](https://github.com/a/b)", "Fast Things", "J. Doe;R.-M. Roe;A.N. Moe", "IEEE Conf. Computer Vision and Pattern Recognition (CVPR), 2019", 2019 },
        { "- [Fast Things](https://example.org/p) (2015) - Doe, Jane, and John Roe.", "Fast Things", "Jane Doe;John Roe", "", 2015 },
        { "- [Fast Things](https://example.org/p) (2015) - Doe, Jane M., et al.", "Fast Things", "Jane M. Doe", "", 2015 },
        { "- [Fast Things](https://example.org/p) (1993) - Doe J, Roe A.", "Fast Things", "Doe J;Roe A", "", 1993 },
        { "+ [Fast Things](https://example.org/p) Jane Doe, John Roe (2003)", "Fast Things", "Jane Doe;John Roe", "", 2003 },
        { "* **FastNet:** Jane Doe, John Roe.<br />\n  \"FastNet: Doing It Quickly.\" CVPR (2019 oral).\n  [[paper](https://arxiv.org/pdf/1812.11703.pdf)]", "FastNet: Doing It Quickly", "Jane Doe;John Roe", "CVPR (2019 oral)", 2019 },
        { "- [Fast Things](https://arxiv.org/abs/1903.06593)  - [[CODE]](https://github.com/a/b) - Jane Doe, John Roe, Rick Moe (CVPR 2019)", "Fast Things", "Jane Doe;John Roe;Rick Moe", "CVPR 2019", 2019 },
        { "- [Fast Things](https://example.org/p) - Doe, Jane and Roe, John and Moe, Rick Ann(ICCV 2017)", "Fast Things", "Jane Doe;John Roe;Rick Ann Moe", "ICCV 2017", 2017 },
        { "- **Fast Things** (2022), MSR'22, Doe, J., & Roe, R. [[pdf]](https://example.org/p.pdf)", "Fast Things", "J. Doe;R. Roe", "MSR'22", 2022 },
        { "21. <u>Fast</u>: **\"Fast things for everyone\"**. *Jane Doe et al.* . arXiv 2022. [[Paper](http://arxiv.org/abs/2209.14375v1)]", "Fast things for everyone", "Jane Doe", "arXiv 2022", 2022 },
        { "* **Fast Things** [2023]  \n Jane Doe, John Roe, and Rick Moe*  \n [J. Fast Things (2023)](https://doi.org/10.1/x)", "Fast Things", "Jane Doe;John Roe;Rick Moe", "J. Fast Things (2023)", 2023 },
        { "- Fast Things: A matlab-like environment, R. Doe et al. [[pdf]](https://example.org/p.pdf)", "Fast Things: A matlab-like environment", "R. Doe", "", 0 },
        { "- Fast things (2017), S. Doe. [[pdf]](https://arxiv.org/abs/1702.03275)", "Fast things", "S. Doe", "", 2017 },
        { "- Doe, Jane Mary, et al. [\"Fast Things: Doing It Quickly.\"](https://arxiv.org/pdf/2312.10008) arXiv preprint arXiv:2312.10008 (2023).", "Fast Things: Doing It Quickly", "Jane Mary Doe", "arXiv preprint arXiv:2312.10008 (2023)", 2023 },
        { "* [Fast Things](https://example.org/p.pdf) by Doe, Jane M. ICML, 1994.", "Fast Things", "Jane M. Doe", "ICML, 1994", 1994 },
        { "1. **Fast Things** `arXiv 2024` [[paper]](https://arxiv.org/pdf/2405.14414.pdf)\n\n   *Doe, Jane and Roe, John Michael and Le, Quoc V*", "Fast Things", "Jane Doe;John Michael Roe;Quoc V Le", "arXiv 2024", 2024 },
        { "* Jane Doe, John Roe, and Rick Moe. 2018. [Fast Things for Machine Translation](http://aclweb.org/anthology/D18-1048). In *Proceedings of EMNLP 2018*.", "Fast Things for Machine Translation", "Jane Doe;John Roe;Rick Moe", "Proceedings of EMNLP 2018", 2018 },
        { "* Jane Doe, John Roe, Rick Moe, Fast Tracking by Learning Saliency Maps, arXiv:1502.06796. [[Paper]](http://arxiv.org/pdf/1502.06796)", "Fast Tracking by Learning Saliency Maps", "Jane Doe;John Roe;Rick Moe", "arXiv:1502.06796", 2015 },
        { "- [Fast Things: A Simple Protocol](https://example.org/eltoo.pdf). Doe J, Roe R, Moe O. '18.", "Fast Things: A Simple Protocol", "Doe J;Roe R;Moe O", "", 2018 },
        { "- [Fast Things: Auditing a Log](http://example.org/Bon16a.pdf). Doe J. FC '16.", "Fast Things: Auditing a Log", "Doe J.", "FC '16", 2016 },
        { "- Fast Recurrent Neural Networks [[arXiv](http://arxiv.org/abs/1601.06759)]", "Fast Recurrent Neural Networks", "", "arXiv", 2016 },
        { "* [Fast Things](https://example.org/p) by Jane Doe and John Roe, 2002.", "Fast Things", "Jane Doe;John Roe", "", 2002 },
        { "* [Fast Things](https://arxiv.org/pdf/1803.11485.pdf) by Jane Doe, John Roe, Rick Moe. ICML 2018.", "Fast Things", "Jane Doe;John Roe;Rick Moe", "ICML 2018", 2018 },
        { "* [Fast Things](https://arxiv.org/pdf/1702.05573.pdf) by Doe J, Roe R, Moe A, et al. arXiv, 2017.", "Fast Things", "Doe J;Roe R;Moe A", "arXiv, 2017", 2017 },
        { "* [Fast Things](https://arxiv.org/pdf/1601.01987) - Jane Doe (2016)", "Fast Things", "Jane Doe", "", 2016 },
        { "* [Fast Things](https://arxiv.org/pdf/1601.01987) - Neural Computation (2016)", "Fast Things", "", "Neural Computation (2016)", 2016 },
        { "- **2016-09** | Fast Things: Doing It Quickly | *Jane Doe* | [Pharmaceutical Research](https://dx.doi.org/10.1007/s1)", "Fast Things: Doing It Quickly", "Jane Doe", "Pharmaceutical Research", 2016 },
        { "1. [Fast Things](https://www.aclweb.org/anthology/W17-1602), Doe, Jane M  and van Roe, John  and Moe, Rick, 2017", "Fast Things", "Jane M Doe;John van Roe;Rick Moe", "", 2017 },
        { "1. [Fast Things](https://www.aclweb.org/anthology/P14-2002), Doe, Jane B.  and Roe, T. John, 2014", "Fast Things", "Jane B. Doe;T. John Roe", "", 2014 },
        { "1. [Fast Things](https://www.aclweb.org/anthology/2020.acl-main.262), Doe, Jane, 2020", "Fast Things", "Jane Doe", "", 2020 },
        { "- [Fast Things](https://example.org/p) - Jane Doe, John Roe, 2019", "Fast Things", "Jane Doe;John Roe", "", 2019 },
        { "* [Fast Things: Doing It Quickly](https://ieeexplore.ieee.org/document/9931999). Peng Lin. `ToN 2022`.", "Fast Things: Doing It Quickly", "Peng Lin", "ToN 2022", 2022 },
        { "* [Fast Things: Doing It Quickly](https://example.org/p). Rubén Pérez-Jove. `Computer Networks 2026`.", "Fast Things: Doing It Quickly", "Rubén Pérez-Jove", "Computer Networks 2026", 2026 },
        { "- Doe, J., Roe, R.,  \n*[Fast Things](https://doi.org/10.1/x)*,  \nEuropean Conf. Computer Vision (ECCV), 2018. [PDF](https://example.org/p.pdf)", "Fast Things", "J. Doe;R. Roe", "European Conf. Computer Vision (ECCV), 2018", 2018 },
        { "7. **Fast Things**\n\n    *Yue Yun, Huan Dai, Rui An, Yupei Zhang*\n\n    Knowledge-Based Systems (KBS), 2024. [`journal`](https://example.org/p)", "Fast Things", "Yue Yun;Huan Dai;Rui An;Yupei Zhang", "Knowledge-Based Systems (KBS), 2024", 2024 },
        { "3. (2024 arXiv) **Fast Things and Slow Things in Collaboration.**\n   _Jane Doe, Wei Ai, Rui An,\n   Tong Yu, John Roe_.\n   [[pdf](https://arxiv.org/pdf/2403.09606)]", "Fast Things and Slow Things in Collaboration", "Jane Doe;Wei Ai;Rui An;Tong Yu;John Roe", "2024 arXiv", 2024 },
        { "- [**Fast Things: Doing It Quickly**](https://arxiv.org/abs/1702.07464) (Doe et al., 2017)", "Fast Things: Doing It Quickly", "Doe", "", 2017 },
        { "- [**Fast Things**](https://arxiv.org/abs/1906.11798) (Doe and De Roe, 2020) ([code](https://github.com/a/b))", "Fast Things", "Doe;De Roe", "", 2020 },
        { "- [**Fast Things**](https://arxiv.org/abs/2008.00001) (Song C. et al., 2020)", "Fast Things", "Song C.", "", 2020 },
        { "- [Fast Things](https://arxiv.org/abs/2505.00001) - Jane Doe, John Roe, Rick Moe,2025", "Fast Things", "Jane Doe;John Roe;Rick Moe", "", 2025 },
        { "- [Fast Things](https://arxiv.org/abs/2005.00001) (ICML, 2020)", "Fast Things", "", "ICML, 2020", 2020 },
        { "  - [Fast Things for Dense Retrieval?](https://arxiv.org/pdf/2104.08253.pdf)（Doe et al., 2021, EMNLP, **Condenser**）", "Fast Things for Dense Retrieval?", "Doe", "EMNLP", 2021 },
        { "- [Fast Things for Retrieval](https://dl.acm.org/doi/pdf/10.1145/290941.291008)（1998, **QL**）", "Fast Things for Retrieval", "", "", 1998 },
        { "* Fast things for speech enhancement, 2018 [[paper]](https://arxiv.org/pdf/1812.08914.pdf)", "Fast things for speech enhancement", "", "", 2018 },
        { "  - [Fast Things Are NP-Complete (PDF)](https://example.org/p.pdf)", "Fast Things Are NP-Complete", "", "", 0 },
        { "+ [Fast Things for On-Device Recommendation](https://arxiv.org/pdf/2210.10958.pdf) (Wei Doe et al., WSDM 2023) [:book:](./citations/doe2023fast.txt)", "Fast Things for On-Device Recommendation", "Wei Doe", "WSDM 2023", 2023 },
        { "1. **Fast Things in Law: A Review**.\n\n   *Doe M, Roe M, Moe D, et al*. IEEE Access [J]. [[pdf](<https://example.org/p.pdf>)]", "Fast Things in Law: A Review", "Doe M;Roe M;Moe D", "IEEE Access", 0 },
        { "1. **Fast Things in Law**.\n\n   Doe B, Roe Y, et al. Artificial Intelligence and Law [J]. [[pdf](<https://example.org/p.pdf>)]", "Fast Things in Law", "Doe B;Roe Y", "Artificial Intelligence and Law", 0 },
        { "29. **Fast Things via Formal Proof** [[pdf]](https://example.org/p.pdf) `2024-09-01` `Lean` (0 cite)", "Fast Things via Formal Proof", "", "", 2024 },
        { "30. **Fast Graph Networks for Traffic Prediction**. *Xuran Doe(Nanjing University of Science and Technology), Tong Roe, Chunyan Moe.* IEEE TITS 2023. [link](https://example.org/p)", "Fast Graph Networks for Traffic Prediction", "Xuran Doe;Tong Roe;Chunyan Moe", "IEEE TITS 2023", 2023 },
        { "  * Hasan Al Doe and Mosharaf Roe. 2023. Fast Disaggregation: Advances and Open Challenges. SIGOPS Oper. Syst. Rev. 57, 1 (June 2023), 29–37. https://doi.org/10.1145/3606557.3606562", "Fast Disaggregation: Advances and Open Challenges", "Hasan Al Doe;Mosharaf Roe", "", 2023 },
        { "* Doe, K., Roe, H., & Moe, J. (2021). FNS+: Fast zoned namespace interface. In 15th USENIX Symposium on Operating Systems Design and Implementation (OSDI 21) (pp. 147-162). https://www.usenix.org/conference/osdi21/presentation/han", "FNS+: Fast zoned namespace interface", "K. Doe;H. Roe;J. Moe", "15th USENIX Symposium on Operating Systems Design and Implementation (OSDI 21)", 2021 },
        { "  * Ziyang Doe and Bryan S. Roe. 2024. Fast RAID: Rethinking RAID for SSD Heterogeneity. In Proceedings of the 16th ACM Workshop on Hot Topics in Storage and File Systems (HotStorage '24). Association for Computing Machinery, New York, NY, USA, 101–107. https://doi.org/10.1145/3655038.3665952", "Fast RAID: Rethinking RAID for SSD Heterogeneity", "Ziyang Doe;Bryan S. Roe", "Proceedings of the 16th ACM Workshop on Hot Topics in Storage and File Systems (HotStorage '24)", 2024 },
        { "- [2022/10] **Fast Things Are Few-Shot Learners.** *Jane Doe et al.arXiv.* [[paper](https://arxiv.org/abs/2210.07128)]", "Fast Things Are Few-Shot Learners", "Jane Doe", "arXiv", 2022 },
        { "- [2022/12] **Fast Things: Grounding Models to Environments.** *Jane Doe (The Ohio State University) et al. ACL.* [[paper](https://aclanthology.org/2023.acl-long.270.pdf)]", "Fast Things: Grounding Models to Environments", "Jane Doe", "ACL", 2022 },
        { "- [2020/10] **A Fast Agent for Teens.** *Jane Roe (U of R) et al. IVA '20.* [[paper](https://doi.org/10.1145/3383652.3423900)]", "A Fast Agent for Teens", "Jane Roe", "IVA '20", 2020 },
        { "- Mean things are better role models: Averaged targets improve results.\n  [[pdf]](https://arxiv.org/abs/1703.01780)\n  [[code]](https://github.com/a/b)\n  - Jane Doe, John Roe.  *NeurIPS 2017*", "Mean things are better role models: Averaged targets improve results", "Jane Doe;John Roe", "NeurIPS 2017", 2017 },
        { "- FastClimate: Grounding fast things in climate science, in Nature Communications Earth & Environment 2023. [[Paper](https://www.nature.com/articles/s43247-023-01084-x)]", "FastClimate: Grounding fast things in climate science", "", "Nature Communications Earth & Environment 2023", 2023 },
        // A hard line break (two spaces at a line's end) ends the venue's line, as <br> does: the names are the next line.
        { "* **Fast Questions Answered**, CVPR, 2018    \nDoe, Jane and Roe, Rick and Moe, Ann       \n[[page]](https://example.org/p.pdf)", "Fast Questions Answered", "Jane Doe;Rick Roe;Ann Moe", "CVPR, 2018", 2018 },
        { "* **Slow Questions Answered**, CVPR, 2018\\\nDoe, Jane and Roe, Rick\\\n[[page]](https://example.org/p.pdf)", "Slow Questions Answered", "Jane Doe;Rick Roe", "CVPR, 2018", 2018 },
        { "* **Fast Things: A Survey**, arXiv:2404.19664, 2024   \nJane Doe, John Roe, Rick Moe  \n[[Paper](https://arxiv.org/pdf/2404.19664)]", "Fast Things: A Survey", "Jane Doe;John Roe;Rick Moe", "arXiv:2404.19664, 2024", 2024 },
        { "- Doe, J., Roe, R.,  \n**_[Fast Vision: A Survey](https://example.org/survey.pdf)_**,  \nIEEE Trans. Pattern Anal. Machine Intell. (TPAMI), 44(1):154-180, Jan. 2022.", "Fast Vision: A Survey", "J. Doe;R. Roe", "IEEE Trans. Pattern Anal. Machine Intell. (TPAMI), 44(1):154-180, Jan. 2022", 2022 },
        // Names family first with commas between all the pieces go in pairs; "others" says there are more.
        { "* **Fast Robots**, IEEE Robotics and Automation Letters, 2023.   \nHu, Yafei, Geng, Junyi, Wang, Chen, others.    \n[[page](https://arxiv.org/pdf/2204.03140)]", "Fast Robots", "Yafei Hu;Junyi Geng;Chen Wang", "IEEE Robotics and Automation Letters, 2023", 2023 },
        // GB/T 7714: [C]// puts the proceedings after the title, then the year and the pages; "in:" is the sentence's.
        { "+ [x] **[14]** Doe J, Roe Y, Moe L, et al. [**Fast Recon: Real-Time Things**](https://example.org/recon.html)[C]//Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition. **2021**: 15598-15607.", "Fast Recon: Real-Time Things", "Doe J;Roe Y;Moe L", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", 2021 },
        { "12. **Fast cascade for face detection**, *B. Doe, D. Roe*, in: arXiv preprint arXiv:1805.03363, 2018. [[OpenAccess](https://arxiv.org/abs/1805.03363)]", "Fast cascade for face detection", "B. Doe;D. Roe", "arXiv preprint arXiv:1805.03363, 2018", 2018 },
        { "+ [x] **[19]** Doe Z, Roe H, Moe Y, et al. Fast-Net: Voting with Segmentation for Things[C]//Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition. 2021: 6101-6111.", "Fast-Net: Voting with Segmentation for Things", "Doe Z;Roe H;Moe Y", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", 2021 },
        { "* Doe, M. (2019, February). From open things to zoned things. In Proceedings of the 13th ACM Workshop on Hot Topics in Storage and File Systems (pp. 21-27). https://dl.acm.org/doi/abs/10.1145/3465332.3470870", "From open things to zoned things", "M. Doe", "Proceedings of the 13th ACM Workshop on Hot Topics in Storage and File Systems", 2019 },
        { "- **Fast Chain of Thought via Distillation**, arXiv.2311.01460 [[paper](https://doi.org/10.48550/arXiv.2311.01460)] 💡", "Fast Chain of Thought via Distillation", "", "arXiv.2311.01460", 2023 },
    };

    [Theory]
    [MemberData(nameof(Citations))]
    public void Citation_lines_give_title_authors_venue_and_year(string item, string title, string authors, string venue, int year)
    {
        var entry = Single(item, out var problems);

        Assert.Empty(problems);
        Assert.Equal((title, authors, venue, year), (entry.Title, string.Join(";", entry.Authors), entry.Venue?.Text ?? string.Empty, entry.Year));
    }

    [Fact]
    public void A_short_name_in_parentheses_after_a_citation_names_the_entry()
    {
        var entry = Single("1. **Fast Things**. *Jane Doe, John Roe*. EMNLP 2020. [[pdf](https://example.org/p.pdf)] (**FT**)", out _);

        Assert.Equal(("FT", "FT", "Fast Things"), (entry.Name, entry.Identifier, entry.Title));
    }

    [Fact]
    public void Authors_in_a_paragraph_after_a_blank_line_and_badges_on_a_continuation_line_belong_to_the_item()
    {
        const string markdown = """
            1. **[Fast Things: Doing It Quickly.](https://arxiv.org/abs/2401.00001)** [[code](https://github.com/a/b)]

                *Jane Doe, John Roe, Rick Moe.* Preprint'24

            2. [**Slow Things.**](https://arxiv.org/abs/2401.00002) _Jane Doe, John Roe._ Arxiv 2024. [![GitHub Repo stars](https://img.shields.io/github/stars/a/c)](https://github.com/a/c)
                &nbsp;&nbsp;&nbsp;&nbsp; [![GitHub Repo stars](https://img.shields.io/github/stars/a/d)](https://github.com/a/d)
            """;
        var entries = Catalogs.Parse("## S\n\n" + markdown).Spec.Entries;

        Assert.Equal(2, entries.Count);
        Assert.Equal(("Fast Things: Doing It Quickly", "Jane Doe;John Roe;Rick Moe", "Preprint'24", 2024), (entries[0].Title, string.Join(";", entries[0].Authors), entries[0].Venue!.Text, entries[0].Venue!.Year));
        Assert.Equal(new[] { "Url", "CodeUrl" }, entries[0].Links.Select(l => l.MemberName));
        Assert.Equal(("Slow Things", "Jane Doe;John Roe", "Arxiv 2024"), (entries[1].Title, string.Join(";", entries[1].Authors), entries[1].Venue!.Text));
        Assert.Equal(new[] { "Url", "CodeUrl", "Code2Url" }, entries[1].Links.Select(l => l.MemberName));
    }

    [Fact]
    public void A_bullet_that_names_a_paper_with_its_title_and_links_in_sub_items_is_one_entry()
    {
        const string markdown = """
            - **CapsGNN**
              - Capsule Things, ICLR'19
              - [[paper]](https://openreview.net/forum?id=Byl8BnRcYm)
              - [[Python PyTorch]](https://github.com/a/capsgnn)
            - **struc2vec**
              - [struc2vec: Learning Things](https://dl.acm.org/citation.cfm?id=3098061), KDD'17
              - [[Python]](https://github.com/a/struc2vec) [[demo]](https://example.org/demo)
            - **Surveys**
              - [A Survey of Things](https://arxiv.org/abs/1709.07604), TKDE'18
              - [Another Survey of Things](https://arxiv.org/abs/1705.02801), KBS'18
            - **TSE 2019**
              - [Fuzzing: A Survey](#fuzzing-a-survey)
              - [Smart Fuzzing](#smart-fuzzing)
            """;
        var entries = Catalogs.Parse("## S\n\n" + markdown).Spec.Entries;

        Assert.Equal(new[] { "CapsGNN", "struc2vec", "A Survey of Things", "Another Survey of Things" }, entries.Select(e => e.Name));
        Assert.Equal(("Capsule Things", "ICLR'19", 3), (entries[0].Title, entries[0].Venue!.Text, entries[0].Line));
        Assert.Equal(new[] { "PaperUrl", "PythonPyTorchUrl" }, entries[0].Links.Select(l => l.MemberName));
        Assert.Equal(("struc2vec: Learning Things", "KDD'17"), (entries[1].Title, entries[1].Venue!.Text));
        Assert.Equal(new[] { "Url", "PythonUrl", "DemoUrl" }, entries[1].Links.Select(l => l.MemberName));
    }

    [Fact]
    public void Emoji_after_a_date_are_decoration_and_the_titled_link_after_them_names_the_entry()
    {
        var entry = Single("- **[2026-02]** 🎉🎉 [Fast Things: Doing It Quickly](https://arxiv.org/abs/2506.00555)\" was accepted by ICLR 2026!", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("Fast Things", 2026, 2), (entry.Name, entry.Year, entry.Month));
    }

    [Fact]
    public void A_bold_line_that_names_a_venue_gives_it_to_the_items_after_it_until_the_next_heading()
    {
        const string markdown = """
            **ECCV**

            - **[X-CLIP]** Expanding Fast Things for Video Recognition [[paper](https://arxiv.org/abs/2208.02816)]
            - Fast Things: Doing It [[paper](https://arxiv.org/abs/2208.02817)] (ICML 2022)

            **Highlights**

            - Slow Things Doing It [[paper](https://arxiv.org/abs/2208.02818)]

            **NeurIPS**
            - Other Things Doing It [[paper](https://arxiv.org/abs/2208.02819)]

            ## T

            - Last Things Doing It [[paper](https://arxiv.org/abs/2208.02820)]
            """;
        var entries = Catalogs.Parse("## S\n\n" + markdown).Spec.Entries;

        Assert.Equal(new[] { "ECCV", "ICML 2022", null, "NeurIPS", null }, entries.Select(e => e.Venue?.Text));
    }

    [Fact]
    public void A_date_bullet_is_no_entry_and_its_Paper_sub_items_are_entries_of_its_date()
    {
        const string markdown = """
            - **[2025.05.12]**
              - Paper: [Fast Things: Doing It Quickly](https://arxiv.org/abs/2505.00001)
              - Paper: [Slow Things](https://arxiv.org/abs/2505.00002) (ICML 2025) [![GitHub Repo stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b)
            """;
        var entries = Catalogs.Parse("## S\n\n" + markdown).Spec.Entries;

        Assert.Equal(new[] { "Fast Things", "Slow Things" }, entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal((2025, 5), (e.Year, e.Month)));
        Assert.Equal("ICML 2025", entries[1].Venue!.Text);
        Assert.Equal(new[] { "Url", "CodeUrl" }, entries[1].Links.Select(l => l.MemberName));
    }

    [Fact]
    public void Labelled_sub_items_are_fields_of_their_entry()
    {
        const string markdown = """
            - [Fast Things: Doing It Quickly](https://arxiv.org/abs/2401.00001)
              - Jane Doe, John Roe, Rick Moe. *ICLR 2024*
              - 🏛️ Institutions: MIT, CMU
              - 📅 Date: June 2024
              - Key: planning, [world model](https://example.org/wm)
              - ExpEnv: [MuJoCo](https://github.com/openai/mujoco-py)
            """;
        var entry = Single(markdown, out var problems);

        Assert.Empty(problems);
        Assert.Equal(("ICLR 2024", 2024), (entry.Venue!.Text, entry.Year));
        Assert.Equal(new[] { "Jane Doe", "John Roe", "Rick Moe" }, entry.Authors);
        Assert.Equal(new[] { "MIT", "CMU" }, entry.Institutions);
        Assert.Equal("Key: planning, world model\nExpEnv: MuJoCo", entry.Remarks);
        Assert.Equal(new[] { "Url", "WorldModelUrl", "MuJoCoUrl" }, entry.Links.Select(l => l.MemberName));
    }

    [Fact]
    public void A_bold_venue_after_the_names_is_the_venue_and_a_publisher_that_is_an_institution_is_one()
    {
        const string markdown = """
            - [FastDrive: Generative End-to-End Driving](https://arxiv.org/abs/2402.11502)
              - Jane Doe, John Roe, Rick Moe, Long Chen  **ECCV 2024**
              - Publisher: S-Lab, Nanyang Technological University
              - Publish Date: 2024.02.20
            - [SlowDrive: Driving Slowly](https://arxiv.org/abs/2402.11503)
              - Jane Doe
              - Publisher: IEEE RA-L 2024
            """;
        var result = Catalogs.Parse("## S\n\n" + markdown + "\n");
        var (fast, slow) = (result.Spec.Entries[0], result.Spec.Entries[1]);

        Assert.Empty(result.Problems());
        Assert.Equal(("ECCV 2024", 2024), (fast.Venue!.Text, fast.Year));
        Assert.Equal(new[] { "Jane Doe", "John Roe", "Rick Moe", "Long Chen" }, fast.Authors);
        Assert.Equal(new[] { "S-Lab", "Nanyang Technological University" }, fast.Institutions);
        Assert.Equal("IEEE RA-L 2024", slow.Venue!.Text);
    }

    [Fact]
    public void Icon_links_first_are_links_and_the_titled_link_after_them_names_the_entry()
    {
        var entry = Single("* [:scroll:](https://example.org/paper.pdf) [Fast Things](https://example.org/p)", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("Fast Things", "FastThings"), (entry.Name, entry.Identifier));
        Assert.Equal(new[] { ("Url", "https://example.org/p"), ("PaperUrl", "https://example.org/paper.pdf") }, entry.Links.Select(l => (l.MemberName!, l.Url)));
    }

    [Fact]
    public void A_sub_item_of_links_labelled_by_their_kind_in_Chinese_holds_links_of_its_item_and_names_nothing()
    {
        var entry = Single("""
            + [x] **[13]** Doe T, Roe T. [**FAST SLAM: Bundle Adjusted Things**](https://example.org/fast.pdf)[C]//Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. 2019: 134-144.
                + ETH
                + [**代码开源**](https://github.com/a/b) &emsp; [**项目主页**](https://example.org/home) ，[演示视频](https://www.youtube.com/watch?v=1)
            """, out var problems);

        Assert.Empty(problems);
        Assert.Equal("FAST SLAM", entry.Name);
        Assert.Equal(new[] { "Url", "CodeUrl", "HomepageUrl", "VideoUrl" }, entry.Links.Select(l => l.MemberName!));
    }

    [Fact]
    public void A_link_label_broken_over_two_lines_is_one_title()
    {
        var entry = Single("- [Fast Things: Doing\n  It Quickly](https://example.org/p) - a note", out _);

        Assert.Equal(("Fast Things", "Fast Things: Doing It Quickly", "a note"), (entry.Name, entry.Title, entry.Remarks));
    }

    [Fact]
    public void Kind_tags_and_a_trailing_tag_name_nothing()
    {
        var video = Single("- [Video] [The challenges of fast things and how to overcome them](https://www.youtube.com/watch?v=1)", out _);
        var report = Single("- [Fast Things -- A Benchmark for Doing It Quickly [Technical Report]](https://arxiv.org/abs/2508.13024)", out _);

        Assert.Equal(("The challenges of fast things and how to overcome them", "Video"), (video.Name, video.Tags.Single()));
        Assert.Equal(("Fast Things", "Fast Things -- A Benchmark for Doing It Quickly", "Technical Report"), (report.Name, report.Title, report.Tags.Single()));
    }

    [Fact]
    public void A_venue_bullet_gives_its_venue_to_the_papers_under_it()
    {
        var result = Catalogs.Parse("""
            ## Fuzzing

            - **CCS 2024**
              - [Fast Things: Doing It Quickly](https://dl.acm.org/doi/10.1145/1)
              - [Slow Things](https://dl.acm.org/doi/10.1145/2) (NDSS 2024)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Fast Things", "CCS 2024", 2024), ("Slow Things", "NDSS 2024", 2024) }, result.Spec.Entries.Select(e => (e.Name, e.Venue!.Text, e.Year)));
    }

    [Fact]
    public void A_heading_over_items_of_links_only_is_one_paper_and_makes_no_class()
    {
        var result = Catalogs.Parse("""
            # Papers

            ## Surveys

            ### A Survey of Fast Things<a name="fast"></a>

            * <img src="image/link.png">[Link](https://arxiv.org/abs/2401.01568)
            * <img src="image/pdf.png">[Paper](https://example.org/fast.pdf)

            Abstract: fast things are fast.

            ### Slow Things: A Comprehensive Survey (ACM CSUR 2023)

            * [Link](https://dl.acm.org/doi/10.1145/3623375)

            ## Resources

            - [Code](https://github.com/a/b)
            - [Slides](https://example.org/slides.pdf)
            """);

        var (fast, slow) = (result.Spec.Entries[0], result.Spec.Entries[1]);
        Assert.Equal(("A Survey of Fast Things", "Slow Things", "ACM CSUR 2023", 2023), (fast.Name, slow.Name, slow.Venue!.Text, slow.Year));
        Assert.Equal(new[] { "LinkUrl", "PaperUrl" }, fast.Links.Select(l => l.MemberName));
        Assert.Equal(new[] { "Surveys" }, result.Spec.Sections.Select(s => s.Title).Where(t => t != "Resources"));
        Assert.Equal(2, result.Spec.Entries.Count);
    }

    [Fact]
    public void A_heading_over_labelled_fields_and_links_is_one_paper_with_those_fields()
    {
        var result = Catalogs.Parse("""
            ## Papers

            #### [1] FastSplat: Fast Gaussian Things for Scenes
            - **🧑‍🔬 作者**：Jane Doe, John Roe
            - **🏫 单位**：Fast University ⟐ Quick Institute of Technology
            - **🔗 链接**：[[中英摘要](./abs/2511.20354.md)] [[arXiv:2511.20354](https://arxiv.org/abs/2511.20354)] [Code]
            - **📝 说明**:

            ### Slow Things Found in JavaScript Engines (NDSS 2019)

            * <img src="image/blog.jpg">[Reading Note](https://example.org/note)
            * <img src="image/blog.jpg">[Reading Note from a blog](https://blog.example.org/slow)
            * <img src="image/pdf.png">[Paper](https://example.org/slow.pdf)

            ### Long-Context Models

            - Paper: [Fast Long Things: Reading It All Quickly](https://arxiv.org/abs/2401.00001)
            - Paper: [Slow Long Things: Reading It All Slowly](https://arxiv.org/abs/2401.00002)
            """);

        Assert.DoesNotContain(result.Problems(), p => p.Id != "PCAT307");
        var (fast, slow) = (result.Spec.Entries[0], result.Spec.Entries[1]);
        Assert.Equal(("FastSplat", "FastSplat: Fast Gaussian Things for Scenes", 2025), (fast.Name, fast.Title, fast.Year));
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, fast.Authors);
        Assert.Equal(new[] { "Fast University", "Quick Institute of Technology" }, fast.Institutions);
        Assert.Null(fast.Venue);
        Assert.Equal(("Slow Things Found in JavaScript Engines", "NDSS 2019"), (slow.Name, slow.Venue!.Text));
        Assert.Equal(3, slow.Links.Count);

        // Items that are papers under a topic stay papers: two entries, and the topic a section.
        Assert.Equal(4, result.Spec.Entries.Count);
        Assert.Contains("Long-Context Models", result.Spec.Sections.Select(s => s.Title));
    }

    [Fact]
    public void A_bold_title_over_labelled_links_is_one_paper_and_the_labels_name_its_links()
    {
        var result = Catalogs.Parse("""
            ## Backbone

            **Fast Transformers are Parameter-Efficient Audio-Visual Learners**

            - Homepage: https://example.org/fast/
            - Paper: https://arxiv.org/abs/2212.07983
            - Code: https://github.com/a/fast

            **Mamba-ND: Selective State Space Modeling for Multi-Dimensional Data**

            - Paper(Highlight): https://arxiv.org/abs/2402.05892
            - Code: None
            - Code (PyTorch): https://github.com/a/mamba
            - Code (JAX): https://github.com/b/mamba

            ## 跟踪

            **Siam R-CNN: Visual Tracking by Re-Detection**

            - 主页：https://example.org/siamrcnn
            - 论文：https://arxiv.org/abs/1911.12836

            - 论文2：https://example.org/siamrcnn.pdf
            - 代码（即将开源）：https://github.com/b/SiamR-CNN

            **Unsupervised Intra-domain Adaptation for Segmentation through Self-Supervision**

            - Oral
            - 论文：https://arxiv.org/abs/2004.07703

            **Highlights**

            - [Slow Things Doing It](https://arxiv.org/abs/2208.02818)

            **Things we read in 2024 and liked**

            - Oral
            - Remarks only: no paper
            """);

        Assert.Empty(result.Problems());
        var entries = result.Spec.Entries;
        Assert.Equal(
            new[] { "Fast Transformers are Parameter-Efficient Audio-Visual Learners", "Mamba-ND", "Siam R-CNN", "Unsupervised Intra-domain Adaptation for Segmentation through Self-Supervision", "Slow Things Doing It" },
            entries.Select(e => e.Name));
        Assert.Equal(new[] { 3, 9, 18, 26, 33 }, entries.Select(e => e.Line));
        Assert.Equal(new[] { "HomepageUrl", "PaperUrl", "CodeUrl" }, entries[0].Links.Select(l => l.MemberName));
        Assert.Contains("2212.07983", entries[0].Key);
        Assert.Equal(("Paper(Highlight)", "Code: None"), (entries[1].Links[0].Label, entries[1].Remarks));

        // Two labels of one kind are numbered, and no label repeats (no PCAT305).
        Assert.Equal(new[] { "PaperUrl", "CodeUrl", "Code2Url" }, entries[1].Links.Select(l => l.MemberName));

        // A kind of link written in Chinese is named in English, as the other constants are; the label stays as written.
        Assert.Equal(new[] { "HomepageUrl", "PaperUrl", "Paper2Url", "CodeUrl" }, entries[2].Links.Select(l => l.MemberName));
        Assert.Equal(new[] { "主页", "论文", "论文2", "代码（即将开源）" }, entries[2].Links.Select(l => l.Label));
        Assert.Equal("Oral", entries[3].Remarks);
    }

    [Fact]
    public void A_list_that_heads_its_parts_with_level_one_headings_has_them_as_sections_after_the_title()
    {
        var result = Catalogs.Parse("""
            # CVPR 2024 Papers with Code

            - [Intro](#intro)

            # Backbone

            - [Fast Things: Doing It Quickly](https://arxiv.org/abs/2401.00001)

            # Tracking

            ## Single Object

            - [Fast Things: Doing It Quickly](https://arxiv.org/abs/2401.00001)
            """);

        // The same paper under two headings is two entries of two sections, no duplicate.
        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "Backbone", "Tracking", "Single Object" }, result.Spec.Sections.Select(s => s.Title));
        Assert.Equal(new[] { 0, 2 }, result.Spec.Entries.Select(e => e.Section));
    }

    [Fact]
    public void An_item_with_a_venue_and_a_link_but_no_title_is_reported_and_a_topic_or_a_table_of_contents_is_no_entry()
    {
        var result = Catalogs.Parse("""
            ## S

            * ([OSDI 2022](https://e.com/osdi)) \[[Paper](https://e.com/untitled)]
            - **Attention**
              - [Fast Things](https://arxiv.org/abs/2401.00001)
            - [Contents](#contents)
            - [Other list](other.md)
            - [**1.1 Geometric Things**](https://github.com/owner/list#11-geometric-things)
            - **代码**：https://github.com/owner/code ；[Video](https://www.youtube.com/watch?v=1)
            """);

        Assert.Equal(new[] { "Fast Things" }, result.Spec.Entries.Select(e => e.Name));
        Assert.Equal("PCAT201", Assert.Single(result.Problems()).Id);
    }

    [Fact]
    public void A_year_and_month_after_arXiv_is_a_date_unless_it_could_be_an_identifier_cut_short()
    {
        var date = Single("| Name | Venue | Links |\n| --- | --- | --- |\n| **Fast** | arXiv 2025.08 | [Paper](https://example.org/p.pdf) |", out var none);
        Single("| Name | Venue | Links |\n| --- | --- | --- |\n| **Slow** | arXiv 2012.08 | [Paper](https://example.org/q.pdf) |", out var cutShort);

        Assert.Empty(none);
        Assert.Equal(2025, date.Year);
        Assert.Equal("PCAT401", Assert.Single(cutShort).Id);
    }

    [Fact]
    public void Venues_with_links_to_their_proceedings_are_no_papers()
    {
        var result = Catalogs.Parse("""
            - [IJCAI](https://dblp.org/search?q=fast) [2025](https://www.ijcai.org/proceedings/2025/), [2024](https://www.ijcai.org/proceedings/2024/)
            - [AAAI](https://dblp.org/search?q=aaai) 2022

            | Venue | 2024-2020 | before 2020 |
            | --- | --- | --- |
            | [AISTATS](https://dblp.org/search?q=fast) | [25](https://proceedings.mlr.press/v258/), [24](http://proceedings.mlr.press/v238/) | - |
            | [TOCS](https://dblp.org/search?q=tocs) | - | - |
            """);

        Assert.Empty(result.Spec.Entries);
        Assert.DoesNotContain(result.Problems(), p => p.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("Technical Report No. UCB/EECS-2009-28")]
    [InlineData("MSR-TR-2014-112")]
    [InlineData("Blog")]
    [InlineData("OpenAI")]
    [InlineData("ICML (Oral)")]
    [InlineData("arXiv")]
    [InlineData("Arxiv, 2023.2/5")]
    public void Venues_that_are_no_name_and_year_are_kept_as_written_without_an_error(string venue)
    {
        var entry = Single($"| Name | Venue | Links |\n| --- | --- | --- |\n| **Fast** | {venue} | [Paper](https://arxiv.org/abs/2305.12345) |", out var problems);

        Assert.Empty(problems);
        Assert.Equal(venue, entry.Venue!.Text);
        Assert.Equal(2023, entry.Year);
    }

    [Fact]
    public void A_heading_that_is_a_venue_acronym_is_the_venue_of_its_entries()
    {
        var result = Catalogs.Parse("""
            #### AAAI

            - Fast Things with Sequential Data. [[PUB](https://ojs.aaai.org/index.php/AAAI/article/view/30291)]

            #### Science

            - Slow Things with Sequential Data. [[PUB](https://example.org/slow)]
            """);

        Assert.Equal(new[] { "AAAI", null }, result.Spec.Entries.Select(e => e.Venue?.Name));
    }

    [Fact]
    public void A_page_titled_by_a_venue_and_headings_opening_with_a_year_give_venue_and_year()
    {
        var page = Catalogs.Parse("""
            # INTERSPEECH-2023-Papers

            ## Sound

            - [Fast Sound Things](https://example.org/sound)
            """);
        var challenge = Catalogs.Parse("""
            ### 2018 MICCAI: Brain Tumor Segmentation Challenge

            | Rank | First Author | Title |
            | --- | --- | --- |
            | 1 | Jane Doe | Fast Tumor Things [(paper)](https://arxiv.org/abs/1810.11654) |
            """);

        Assert.Empty(page.Problems().Concat(challenge.Problems()));
        Assert.Equal(("Interspeech", 2023), (Assert.Single(page.Spec.Entries).Venue?.Name, page.Spec.Entries[0].Year));
        var entry = Assert.Single(challenge.Spec.Entries);
        Assert.Equal(("Fast Tumor Things", 2018, "Jane Doe"), (entry.Name, entry.Year, string.Join(";", entry.Authors)));
    }

    [Fact]
    public void The_year_of_a_heading_is_the_year_of_its_entries()
    {
        var result = Catalogs.Parse("""
            ## 2023

            | Name | Conference | Links |
            | --- | --- | --- |
            | **Fast** | ICLR | [Paper](https://example.org/f) |

            ### ICML 2024

            - [Slow Things](https://example.org/s)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Fast", 2023, "ICLR"), ("Slow Things", 2024, "ICML 2024") }, result.Spec.Entries.Select(e => (e.Name, e.Year, e.Venue!.Text)));
    }

    [Fact]
    public void A_venue_that_claims_a_form_and_breaks_it_is_still_an_error()
    {
        Single("* Fast Things (arXiv 1404.599) \\[[Paper](https://arxiv.org/abs/1404.5997)]", out var arxiv);
        Single("* Fast Things (OSDI 2O22) \\[[Paper](https://example.org/p)]", out var year);

        Assert.Equal("PCAT401", Assert.Single(arxiv).Id);
        Assert.EndsWith("the item's own link says arXiv 1404.5997", arxiv[0].Arguments[3]);
        Assert.Equal("PCAT401", Assert.Single(year).Id);
    }

    [Fact]
    public void Identifiers_are_cut_at_forty_characters_on_a_word_and_the_title_stays_whole()
    {
        var entry = Single("- [Microsecond-scale Preemption for Concurrent GPU-accelerated DNN Inferences](https://example.org/reef)", out _);

        Assert.Equal("MicrosecondScalePreemptionForConcurrent", entry.Identifier);
        Assert.Equal("Microsecond-scale Preemption for Concurrent GPU-accelerated DNN Inferences", entry.Title);
    }

    [Fact]
    public void A_citations_pages_and_volume_are_no_part_of_its_venue_and_an_abbreviation_ends_no_sentence()
    {
        var pages = Single("- Doe, J., Roe, R.,  \n*[Fast Things for Sensors](https://doi.org/10.1109/x.2012.1)*,  \nIEEE Conf. Computer Vision Workshops (CVPRW), 2012, pp. 35-40. [PDF](https://example.org/p.pdf)", out var problems);
        var volume = Single("- Doe, J., Roe, R.,  \n*[Fast Sensor Things](https://doi.org/10.1109/x.2024.2)*,  \nIEEE Sensors Reviews (2024), vol 1, pp. 14-63.", out var more);
        var abbreviated = Single("- Son, B., et al., *[Fast Pixel Things](https://doi.org/10.1109/x.2017.3)*, IEEE Int. Solid-State Circuits Conf. (ISSCC), 2017, pp. 66-67.", out var third);

        Assert.Empty(problems.Concat(more).Concat(third));
        Assert.Equal(("IEEE Conf. Computer Vision Workshops (CVPRW), 2012", 2012, "pp. 35-40."), (pages.Venue?.Text, pages.Year, pages.Remarks));
        Assert.Equal(2, pages.Links.Count);
        Assert.Equal(("IEEE Sensors Reviews (2024)", "vol 1, pp. 14-63."), (volume.Venue?.Text, volume.Remarks));
        Assert.Equal(("IEEE Int. Solid-State Circuits Conf. (ISSCC), 2017", 2017), (abbreviated.Venue?.Text, abbreviated.Year));
    }

    [Fact]
    public void A_venue_tag_in_bold_parentheses_an_italic_venue_before_a_colon_and_a_glued_year_are_venues()
    {
        var bold = Single("- <a name=\"MSGAN\"></a> **[MS-GAN]** Adversarial Learning for Multiscale Crowd Counting (**TCYB**) [[paper](https://example.org/ms)]", out var problems);
        var italic = Single("* FakeTagger: Robust Safeguards against Fakes, *ACM MM* 2021: [Paper](https://dl.acm.org/doi/10.1145/1)", out var more);
        var glued = Single("- Learning Uncertainty for Segmentation [[ICIP2022]](<https://arxiv.org/abs/2105.13688>)", out var third);

        Assert.Empty(problems.Concat(more).Concat(third));
        Assert.Equal(("MS-GAN", "Adversarial Learning for Multiscale Crowd Counting", "TCYB"), (bold.Name, bold.Title, bold.Venue?.Text));
        Assert.Equal(("ACM MM 2021", 2021), (italic.Venue?.Text, italic.Year));
        Assert.Equal(("ICIP", 2022), (glued.Venue?.Name, glued.Year));
    }

    [Fact]
    public void A_citations_in_is_no_part_of_its_venue_in_any_case()
    {
        var lower = Single("- [Fast Dataset Things](https://dl.acm.org/doi/10.1145/2); in the 38th Annual Computer Security Applications Conference (ACSAC), 2022", out var problems);
        var upper = Single("- [Fast Web Things](https://dl.acm.org/doi/10.1145/3), IN WWW'21 [[pdf]](https://example.org/w.pdf)", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal("the 38th Annual Computer Security Applications Conference (ACSAC), 2022", lower.Venue?.Text);
        Assert.Equal(("WWW'21", 2021), (upper.Venue?.Text, upper.Year));
    }

    [Fact]
    public void A_link_in_a_venue_that_names_no_venue_stays_the_entrys_link()
    {
        var entry = Single("- [Fast Things for All](https://example.org/p.pdf), Some Conference (SC), 2019, [Github Page](https://github.com/a/b).", out var problems);

        Assert.Empty(problems);
        Assert.Equal("Some Conference (SC), 2019", entry.Venue?.Text);
        Assert.Equal(new[] { "https://example.org/p.pdf", "https://github.com/a/b" }, entry.Links.Select(l => l.Url));
    }

    [Fact]
    public void A_year_heading_at_the_level_of_the_parts_it_heads_gives_its_year_to_them()
    {
        var result = Catalogs.Parse("""
            ## 2025
            ### Conference
            - [Fast Things](https://example.org/f) (CVPR)
            ### 2024
            ### Conference
            - [Slow Things](https://example.org/s) (ECCV)
            ### Journal
            - [Steady Things](https://example.org/t) (TIP)
            ## Surveys
            - [Survey of Things](https://example.org/u)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Fast Things", 2025), ("Slow Things", 2024), ("Steady Things", 2024), ("Survey of Things", 0) }, result.Spec.Entries.Select(e => (e.Name, e.Year)));
    }

    [Fact]
    public void A_bold_name_then_a_colon_opens_the_title_unless_the_title_restates_it()
    {
        var opens = Single("* [**Cureus, 2023.6**] **ChatDoctor**: A Medical Chat Model Fine-Tuned on LLaMA. [paper](https://arxiv.org/abs/2303.14070)", out var problems);
        var restated = Single("* **IDForge**: IDForge: An Identity-driven Multimedia Forgery Dataset. [Paper](https://arxiv.org/abs/2401.11764)", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("ChatDoctor", "ChatDoctor: A Medical Chat Model Fine-Tuned on LLaMA"), (opens.Name, opens.Title));
        Assert.Equal(("IDForge", "IDForge: An Identity-driven Multimedia Forgery Dataset"), (restated.Name, restated.Title));
    }

    [Fact]
    public void Names_written_family_first_with_initials_after_end_their_sentence_at_the_last_initial()
    {
        var vancouver = Single("- A survey of threats to phones - Bhat P, Dutta K. ACM Computing Surveys (CSUR), 2019, [[pdf]](https://dl.acm.org/doi/abs/10.1145/3301285)", out var problems);
        var middle = Single("- [Fast Body Things](https://example.org/b) - Guha Balakrishnan, Amy Zhao, Adrian V. Dalca, John Guttag (CVPR 2018)", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("Bhat P;Dutta K", "ACM Computing Surveys (CSUR), 2019"), (string.Join(";", vancouver.Authors), vancouver.Venue?.Text));
        Assert.Equal("Guha Balakrishnan;Amy Zhao;Adrian V. Dalca;John Guttag", string.Join(";", middle.Authors));
    }

    [Fact]
    public void Links_in_parentheses_before_the_title_are_its_links_and_a_shouted_remark_in_front_is_a_remark()
    {
        var links = Single("- [ICLR 2019] ([paper](https://arxiv.org/pdf/1904.04232) [code](https://github.com/a/closer)) A Closer Look At Few-shot Classification", out var problems);
        var remark = Single("- [CVPR 2019] (RECOMMENDED!) ([paper](https://arxiv.org/pdf/1710.06177.pdf) [exist code](https://github.com/a/b)) Learning to Learn Image Classifiers", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("A Closer Look At Few-shot Classification", "ICLR 2019"), (links.Name, links.Venue?.Text));
        Assert.Equal(new[] { "PaperUrl", "CodeUrl" }, links.Links.Select(l => l.MemberName));
        Assert.Equal(("Learning to Learn Image Classifiers", "RECOMMENDED!", 2), (remark.Name, remark.Remarks, remark.Links.Count));
    }

    [Fact]
    public void A_reference_in_the_acl_style_with_one_author_gives_the_author_and_the_year()
    {
        var entry = Single("* David Vilar. 2018. [Learning Hidden Unit Contribution for Adapting Models](http://aclweb.org/anthology/N18-2080). In *Proceedings of NAACL 2018*.", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("Learning Hidden Unit Contribution for Adapting Models", "David Vilar", 2018), (entry.Name, string.Join(";", entry.Authors), entry.Year));
        Assert.Equal(("Proceedings of NAACL 2018", null), (entry.Venue?.Text, entry.Remarks));
    }

    [Fact]
    public void A_heading_of_a_range_of_years_gives_no_year()
    {
        var result = Catalogs.Parse("""
            ### 2021
            - [Fast Things](https://arxiv.org/abs/2103.00001)
            ### 2020 and before
            - [Old Things](https://arxiv.org/abs/1706.00002)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Fast Things", 2021), ("Old Things", 2017) }, result.Spec.Entries.Select(e => (e.Name, e.Year)));
    }

    [Fact]
    public void Names_family_first_with_initials_are_authors_alone_or_with_families_of_two_words()
    {
        var one = Single("- Delbruck, T.,  \n*[Activity-driven, event-based vision sensors](https://doi.org/10.1109/ISCAS.2010.5537149)*,  \nIEEE Int. Symp. Circuits and Systems (ISCAS), 2010.", out var problems);
        var two = Single("- Kirkland, P., Di Caterina, G., van Gemert, J.,  \n[Neuromorphic technologies for defence](https://doi.org/10.1117/12.2575978),  \nSPIE, 2020.", out var more);
        var apa = Single("4. [High-resolution image inpainting using synthesis](https://arxiv.org/abs/1611.09969). Yang, C., Lu, X., & Li, H. ```In CVPR 2017``` [[code]](https://github.com/a/b)", out var third);

        Assert.Empty(problems.Concat(more).Concat(third));
        Assert.Equal(("Activity-driven, event-based vision sensors", "T. Delbruck"), (one.Name, string.Join(";", one.Authors)));
        Assert.Equal("P. Kirkland;G. Di Caterina;J. van Gemert", string.Join(";", two.Authors));
        Assert.Equal(("C. Yang;X. Lu;H. Li", "CVPR 2017"), (string.Join(";", apa.Authors), apa.Venue?.Text));
    }

    [Fact]
    public void Venues_glued_to_their_year_in_badges_brackets_and_parentheses_are_read()
    {
        var badge = Single("+ [**Panoptic Scene Graph Things**](https://ojs.aaai.org/index.php/AAAI/article/view/28098)[![Paper](https://img.shields.io/badge/AAAI24-c71585)]()", out var problems);
        var yearFirst = Single("18. An Empirical Study on Fine-Tuning Models of Code [2023-ASE] [[paper](https://ieeexplore.ieee.org/abstract/document/10298532)]", out var more);
        var parenthesised = Single("* **LIGHT**: \"Learning to Speak and Act in a Fantasy Game\". EMNLP(2019) [[paper]](https://aclanthology.org/D19-1062/)", out var third);

        Assert.Empty(problems.Concat(more).Concat(third));
        Assert.Equal(("AAAI24", "AAAI", 2024), (badge.Venue?.Text, badge.Venue?.Name, badge.Year));
        Assert.Equal(("ASE", 2023), (yearFirst.Venue?.Name, yearFirst.Year));
        Assert.Equal(("EMNLP", 2019), (parenthesised.Venue?.Name, parenthesised.Year));
    }

    [Fact]
    public void A_short_name_in_parentheses_before_a_bold_title_and_a_star_count_in_brackets_name_nothing()
    {
        var named = Single("11. (LAMBADA) **The LAMBADA Dataset: Word Prediction Requiring Context.** Denis Paperno, Marco Baroni, and Gemma Boleda. ACL 2016. [paper](https://www.aclweb.org/anthology/P16-1144)", out var problems);
        var starred = Single("- [[CVPR](https://openaccess.thecvf.com/content_CVPR_2020/papers/Han_GhostNet.pdf)] [47:fire:] GhostNet: More Features from Cheap Operations. [[code](https://github.com/a/ghost)]", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("LAMBADA", "The LAMBADA Dataset: Word Prediction Requiring Context", "ACL 2016"), (named.Name, named.Title, named.Venue?.Text));
        Assert.Equal("Denis Paperno;Marco Baroni;Gemma Boleda", string.Join(";", named.Authors));
        Assert.Equal(("GhostNet", "CVPR"), (starred.Name, starred.Venue?.Text));
    }

    [Fact]
    public void A_topic_item_whose_paragraphs_each_link_a_paper_holds_an_entry_per_paragraph()
    {
        var result = Catalogs.Parse("""
            ### RAG Foundations

              - Query-based RAG

                [REALM: Retrieval-Augmented Pre-Training of Things](https://arxiv.org/abs/2002.08909)

                [Self-RAG: Learning to Retrieve Things](https://arxiv.org/abs/2310.11511)

              - Retriever Enhancement

                - Hybrid Retrieve

                  [RAP-Gen: Retrieval-Augmented Patch Things](https://doi.org/10.1145/3611643.3616256)

                  [ReACC: A Retrieval-Augmented Completion of Things](https://doi.org/10.18653/v1/2022.acl-long.431)
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { "REALM", "Self-RAG", "RAP-Gen", "ReACC" }, result.Spec.Entries.Select(e => e.Name));
        Assert.Equal(new[] { 5, 7, 13, 15 }, result.Spec.Entries.Select(e => e.Line));
    }

    [Fact]
    public void A_short_name_or_a_tag_in_parentheses_before_the_titled_link_is_no_title()
    {
        var named = Single("3. (ASM-Loc) [ASM-Loc: Action-aware Segment Modeling of Things](https://arxiv.org/abs/2203.15187) (CVPR 2022) [code](https://github.com/a/asm)", out var problems);
        var tagged = Single("7. (survey) [Online human action detection in videos: A survey](https://example.org/survey)", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("ASM-Loc", "ASM-Loc: Action-aware Segment Modeling of Things", "CVPR 2022"), (named.Name, named.Title, named.Venue?.Text));
        Assert.Equal(("Online human action detection in videos", "survey"), (tagged.Name, string.Join(";", tagged.Tags)));
    }

    [Fact]
    public void A_venue_with_the_whole_year_after_an_apostrophe_ends_a_title_after_a_question_or_an_acronym()
    {
        var dotted = Single("- 3DRegNet: A Deep Network for Point Things. CVPR'2020 [[paper]](https://arxiv.org/abs/1904.01701)", out var problems);
        var asked = Single("- What Stops Learning-based Registration from Working? arxiv'2021 [[paper]](https://arxiv.org/abs/2111.10399)", out var more);
        var acronym = Single("- Provably Approximated ICP. arxiv'2021 [[paper]](https://arxiv.org/abs/2101.03588)", out var third);

        Assert.Empty(problems.Concat(more).Concat(third));
        Assert.Equal(("3DRegNet", "CVPR'2020", 2020), (dotted.Name, dotted.Venue?.Text, dotted.Year));
        Assert.Equal(("What Stops Learning-based Registration from Working?", "arxiv'2021", 2021), (asked.Name, asked.Venue?.Text, asked.Year));
        Assert.Equal(("Provably Approximated ICP", "arxiv'2021"), (acronym.Name, acronym.Venue?.Text));
    }

    [Fact]
    public void A_bold_venue_line_with_its_year_beats_links_labelled_by_a_venue_without_one()
    {
        var result = Catalogs.Parse("""
            ## Super-resolution

            **2018 NIPS**

            1. **Joint Sub-bands Learning for Wavelet Things**, *Zhong, Zhisheng; Shen, Tiancheng; Lin, Zhouchen*, [[arXiv](https://arxiv.org/abs/1809.04508)], [[NIPS](http://papers.nips.cc/paper/7301-joint)], `SRCliqueNet`
            """);

        Assert.Empty(result.Problems());
        var entry = Assert.Single(result.Spec.Entries);
        Assert.Equal(("2018 NIPS", 2018), (entry.Venue?.Text, entry.Year));
        Assert.Equal("Zhisheng Zhong;Tiancheng Shen;Zhouchen Lin", string.Join(";", entry.Authors));
        Assert.Equal(new[] { "https://arxiv.org/abs/1809.04508", "http://papers.nips.cc/paper/7301-joint" }, entry.Links.Select(l => l.Url));
    }

    [Fact]
    public void A_year_then_names_after_by_in_italics_are_the_year_and_the_authors()
    {
        var pairs = Single("- [**Facilitating Continual Learning by Gradient Things**](https://arxiv.org/abs/1904.10644) , (2018) by *Chen, Yu, Diethe, Tom and Lawrence, Neil* [[bib]](https://example.org/bibtex.bib)", out var problems);
        var bibTex = Single("- [**Towards Robust Evaluations of Things**](https://arxiv.org/abs/1805.09733) , (2018) by *Farquhar, Sebastian and Gal, Yarin*", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("Yu Chen;Tom Diethe;Neil Lawrence", 2018, null, null), (string.Join(";", pairs.Authors), pairs.Year, pairs.Venue?.Text, pairs.Remarks));
        Assert.Equal(("Sebastian Farquhar;Yarin Gal", 2018, null), (string.Join(";", bibTex.Authors), bibTex.Year, bibTex.Venue?.Text));
    }

    [Fact]
    public void A_topic_bullet_over_titled_sub_items_that_link_their_papers_holds_an_entry_per_sub_item()
    {
        var result = Catalogs.Parse("""
            ### Input-conflicting Hallucination

            + `Machine Translation`:
              + **Hallucinations in Neural Machine Things**
               *Katherine Lee, Orhan Firat* [[paper]](https://openreview.net/forum?id=SkxJ-309FQ) 2018.9
              + **Looking for a Needle in a Haystack of Things**
              *Nuno M. Guerreiro, Elena Voita* [[paper]](https://arxiv.org/abs/2208.05309) 2022.8
            """);

        Assert.Empty(result.Problems());
        Assert.Equal(new[] { ("Hallucinations in Neural Machine Things", 2018), ("Looking for a Needle in a Haystack of Things", 2022) }, result.Spec.Entries.Select(e => (e.Name, e.Year)));
        Assert.Equal("Katherine Lee;Orhan Firat", string.Join(";", result.Spec.Entries[0].Authors));
    }

    [Fact]
    public void A_bold_title_that_holds_a_year_is_no_venue_in_front_when_no_title_follows_it()
    {
        var entry = Single("4. **The 2018 PIRM Challenge on Perceptual Image Things**, *Blau, Yochai; Mechrez, Roey*, [[arXiv](https://arxiv.org/abs/1809.07517)], [[Matlab*](https://github.com/a/pirm)]", out var problems);
        var fronted = Single("- **IROS 2015** [**Fast Robot Things for Everyone**](https://example.org/robot.pdf)", out var more);

        Assert.Empty(problems.Concat(more));
        Assert.Equal(("The 2018 PIRM Challenge on Perceptual Image Things", "Yochai Blau;Roey Mechrez"), (entry.Name, string.Join(";", entry.Authors)));
        Assert.Equal(("Fast Robot Things for Everyone", "IROS 2015"), (fronted.Name, fronted.Venue?.Text));
    }

    [Fact]
    public void A_venue_with_its_year_after_a_dash_in_front_is_the_venue()
    {
        var entry = Single("* (IEEE Transactions on Network Science and Engineering-2022) **Neural Architecture Search for Text-to-Image Things**, Wei Li et al. [[Paper](https://ieeexplore.ieee.org/document/9837919)]", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("Neural Architecture Search for Text-to-Image Things", 2022), (entry.Name, entry.Year));
        Assert.Equal("IEEE Transactions on Network Science and Engineering-2022", entry.Venue?.Text);
    }

    [Fact]
    public void A_citation_whose_names_end_with_and_a_name_and_a_full_stop_gives_the_sentences_after_them()
    {
        var entry = Single("  * Tomer Lange, Joseph Naor, and Gala Yadgar. Offline and Online Algorithms for SSD Things. Commun. ACM. 2021. https://dl.acm.org/doi/10.1145/3491045", out var problems);

        Assert.Empty(problems);
        Assert.Equal(("Offline and Online Algorithms for SSD Things", "Tomer Lange;Joseph Naor;Gala Yadgar", 2021), (entry.Name, string.Join(";", entry.Authors), entry.Year));
        Assert.Equal("Commun. ACM. 2021", entry.Venue?.Text);
    }
}
