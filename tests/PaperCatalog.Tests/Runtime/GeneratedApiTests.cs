using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Runtime;

/// <summary>What code that uses a generated catalog can write, and what it gets at run time.</summary>
public sealed class GeneratedApiTests
{
    private static readonly CatalogFile Seed = TestPaths.SeedFile;

    /// <summary>Each generated file declares only the type aliases it uses: an unused one is a hidden CS8019 in the consumer's build.</summary>
    [Theory]
    [InlineData("| Name | Links |\n| --- | --- |\n| **Bare** | [Paper](https://example.org/bare) |\n")]
    [InlineData("| Name | Conference | Institution |\n| --- | --- | --- |\n| **Full** | OSDI 2022 | MIT |\n")]
    [InlineData("* [Listed](https://example.org/listed) - a link-first item, nothing else.\n")]
    public void Generated_files_compile_without_any_diagnostic_hidden_ones_included(string body)
    {
        var (result, output) = Catalogs.Run(new CatalogFile("catalog/plain.md", "# Plain\n\n## Section\n\n" + body));

        Assert.NotEmpty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void Link_constants_are_the_urls_of_the_markdown()
    {
        var result = CompiledCatalog.Run(
            new[] { Seed },
            """
            return string.Join("\n", Papers.Inference.Orca.PaperUrl, Papers.Inference.Orca.PersonalNotesUrl,
                Papers.Models.BLOOM.BlogUrl, Papers.Models.PaLM.PaLMAPIUrl, Papers.Inference.DeepSpeedInference.HomepageUrl,
                Papers.Training.Alpa.DocsUrl, Papers.Models.BLOOM.ModelUrl, Papers.Inference.DejaVu.CodeUrl);
            """);

        Assert.Equal(
            string.Join("\n",
                "https://www.usenix.org/conference/osdi22/presentation/yu",
                "https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md",
                "https://bigscience.huggingface.co/blog/bloom",
                "https://developers.googleblog.com/2023/03/announcing-palm-api-and-makersuite.html",
                "https://www.deepspeed.ai/inference/",
                "https://alpa.ai/",
                "https://huggingface.co/bigscience/bloom",
                "https://github.com/FMInference/DejaVu"),
            result);
    }

    [Fact]
    public void All_lists_every_entry_in_document_order_with_the_whole_row()
    {
        var result = CompiledCatalog.Run(
            new[] { Seed },
            """
            var orca = Papers.Inference.Orca.Paper;
            return string.Join("|",
                Papers.All.Count, Papers.Inference.All.Count, Papers.Models.All.Count,
                string.Join(",", Papers.All.Select(p => p.Name)),
                orca.Section, orca.Venue!.Text, orca.Venue.Url, string.Join(";", orca.Institutions),
                orca.Remarks, string.Join(";", orca.Links.Select(l => l.Label + "=" + l.Url)), orca.SourceFile, orca.SourceLine,
                ReferenceEquals(orca, Papers.All[7]), ReferenceEquals(orca, Papers.Inference.All[6]),
                Papers.Inference.Orca.Name, Papers.Inference.Orca.VenueText, Papers.Inference.Orca.Remarks,
                string.Join(";", Papers.Inference.Orca.Paper.Institutions));
            """);

        Assert.Equal(
            string.Join("|",
                12, 7, 4,
                "Alpa,Deja Vu,FlexGen,FastServe,AlpaServe,PaLM Inference,DeepSpeed-Inference,Orca,LLaMA 2,LLaMA,BLOOM,PaLM",
                "Inference", "OSDI 2022", "https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/", "Seoul National University;FriendliAI",
                "Iteration-level scheduling; selective batching.",
                "Personal Notes=https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md;Paper=https://www.usenix.org/conference/osdi22/presentation/yu",
                "catalog/llm.md", 11,
                true, true,
                "Orca", "OSDI 2022", "Iteration-level scheduling; selective batching.",
                "Seoul National University;FriendliAI"),
            result);
    }

    [Fact]
    public void Key_Find_and_AlsoIn_tell_one_paper_behind_every_form_of_its_link()
    {
        var list = new CatalogFile("catalog/keys.md", """
            ## Serving

            | Name | Links |
            | --- | --- |
            | **FastServe** | [Paper](https://arxiv.org/abs/2305.05920) |
            | **Orca** | [Paper](https://www.usenix.org/conference/osdi22/presentation/yu) |

            ## Scheduling

            - [FastServe: Fast Distributed Inference Serving](https://arxiv.org/pdf/2305.05920v2) [Code](https://github.com/a/b)
            - [Notes on Nothing](https://example.org/notes/nothing.html) [Home](https://example.org/)
            """);
        var result = CompiledCatalog.Run(
            new[] { list },
            """
            var fast = Papers.Serving.FastServe.Paper;
            return string.Join("|",
                fast.Key, fast.Key.Kind, fast.Key.Value, Papers.Serving.Orca.Paper.Key, Papers.Scheduling.All[1].Key,
                string.Join(",", Papers.Find("arXiv:2305.05920").Select(p => p.SourceLine)),
                Papers.Find("https://arxiv.org/pdf/2305.05920v3.pdf").Count, Papers.Find("2305.05920v1").Count,
                Papers.Find("https://usenix.org/system/files/osdi22-yu.pdf").Single().Name,
                Papers.Find("http://www.example.org/notes/nothing.html#top").Count, Papers.Find("doi:10.1/none").Count, Papers.Find("no key").Count,
                string.Join(",", fast.AlsoIn.Select(p => p.Section)), Papers.Serving.Orca.Paper.AlsoIn.Count,
                new PaperCatalog.Paper("By hand").AlsoIn.Count, new PaperCatalog.Paper("By hand").Key,
                PaperCatalog.PaperKey.Parse("ARXIV:2305.05920v2") == fast.Key);
            """);

        Assert.Equal(
            "arXiv:2305.05920|Arxiv|2305.05920|usenix:osdi22/yu|url:example.org/notes/nothing.html|5,10|2|2|Orca|1|0|0|Scheduling|0|0|name:by hand|True",
            result);
    }

    [Fact]
    public void All_is_read_only()
    {
        var result = CompiledCatalog.Run(
            new[] { Seed },
            """
            var list = (System.Collections.Generic.IList<PaperCatalog.Paper>)Papers.All;
            try { list[0] = list[1]; return "mutated"; } catch (NotSupportedException) { }
            try { ((System.Collections.Generic.IList<string>)Papers.Training.Alpa.Paper.Institutions)[0] = "x"; return "mutated"; } catch (NotSupportedException) { }
            return list.IsReadOnly;
            """);

        Assert.Equal(true, result);
    }

    [Fact]
    public async Task A_link_the_row_lacks_has_no_constant()
    {
        var test = new GeneratorTest(Seed)
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add("""
            /// <summary>Uses the catalog.</summary>
            public static class Consumer
            {
                /// <summary>AlpaServe has a Paper link but no Code link.</summary>
                public static string Code => Sample.Papers.Inference.AlpaServe.{|#0:CodeUrl|};
            }
            """);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0).WithArguments("Sample.Papers.Inference.AlpaServe", "CodeUrl"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_public_catalog_in_a_documented_library_raises_no_CS1591()
    {
        // GeneratorTest turns documentation diagnostics on; a public root exposes every member to CS1591, which the
        // entries' files disable (their members have no summary) and the other files answer with summaries.
        var test = new GeneratorTest(Seed with { Accessibility = "public" }, TestPaths.AwesomePapers("systems-for-ml/moe.md") with { Accessibility = "public" })
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add("/// <summary>A documented library.</summary>\npublic static class Library { }");
        // moe.md lists Lina under two topics on purpose: information, not a warning.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PCAT209", DiagnosticSeverity.Info)
            .WithSpan("/project/docs/moe.md", 9, 156, 9, 177).WithSpan("/project/docs/moe.md", 5, 156, 5, 177)
            .WithArguments("Lina", "Inference", "'Lina' on line 5 of docs/moe.md", "Training", "usenix:atc23/li-jiamin"));

        await test.RunAsync();
    }

    [Fact]
    public void Class_name_and_namespace_come_from_item_metadata_and_files_with_one_root_merge()
    {
        var moe = TestPaths.AwesomePapers("systems-for-ml/moe.md") with { ClassName = "Reading", Namespace = "My.Lists" };
        var llm = Seed with { ClassName = "Reading", Namespace = "My.Lists" };

        var result = CompiledCatalog.Run(
            new[] { llm, moe },
            """
            return string.Join("|", Reading.All.Count, Reading.Training.All.Count, Reading.Inference.Lina.PaperUrl,
                string.Join(",", Reading.Training.All.Select(p => p.Name)));
            """,
            usings: "using My.Lists;");

        // Files join in path order (catalog/llm.md before docs/moe.md); the Training sections of both merge.
        Assert.Equal("16|3|https://www.usenix.org/conference/atc23/presentation/li-jiamin|Alpa,Lina,SmartMoE", result);
    }
}
