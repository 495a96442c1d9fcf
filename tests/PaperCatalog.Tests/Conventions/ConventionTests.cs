using System.Text.RegularExpressions;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Conventions;

/// <summary>
/// The tables of popular lists read as their authors meant (rows written in their conventions under
/// TestData/conventions): every link kept, titles that are titles, short clean names, more header
/// vocabularies, a name column chosen per table, and PCAT103 only for tables meant as catalogs.
/// </summary>
public sealed class ConventionTests
{
    private static CatalogParseResultView Read(string file) =>
        CatalogParseResultView.Parse(TestPaths.ReadTestData("conventions/" + file));

    private static EntrySpec Entry(CatalogParseResultView view, string identifier) => view.Entries.Single(e => e.Identifier == identifier);

    private static string? Link(EntrySpec entry, string member) => entry.Links.SingleOrDefault(l => l.MemberName == member)?.Url;

    [Theory]
    [InlineData("🔥[Iteration Scheduling] Orca: A Distributed Serving System for Transformer-Based Generative Models(@Seoul National University etc)", "Orca", "Orca: A Distributed Serving System for Transformer-Based Generative Models", "Iteration Scheduling", "Seoul National University")]
    [InlineData("🔥🔥🔥[DeepSeek-V2] DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model(@DeepSeek-AI)", "DeepSeek-V2", "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", null, "DeepSeek-AI")]
    [InlineData("[YOCO] You Only Cache Once: Decoder-Decoder Architectures for Language Models(@Microsoft)", "YOCO", "You Only Cache Once: Decoder-Decoder Architectures for Language Models", null, "Microsoft")]
    [InlineData("[FlexGen] High-Throughput Generative Inference of Large Language Models with a Single GPU", "FlexGen", "High-Throughput Generative Inference of Large Language Models with a Single GPU", null, null)]
    [InlineData("[DeepSpeed-FastGen 2x vLLM?] DeepSpeed-FastGen: High-throughput Text Generation for LLMs", "DeepSpeed-FastGen", "DeepSpeed-FastGen: High-throughput Text Generation for LLMs", "DeepSpeed-FastGen 2x vLLM?", null)]
    [InlineData("⭐️ LLaMA: Open and Efficient Foundation Language Models", "LLaMA", "LLaMA: Open and Efficient Foundation Language Models", null, null)]
    [InlineData("Alpa", "Alpa", "Alpa", null, null)]
    [InlineData("📖 🚀", "📖 🚀", "📖 🚀", null, null)]
    public void The_short_name_rule(string written, string name, string title, string? tag, string? institution)
    {
        Assert.Equal(new NameParts(name, title, tag, institution), NameParser.Parse(written));
    }

    [Fact]
    public void Deftruth_style_rows_give_short_names_whole_titles_institutions_tags_and_every_link()
    {
        var view = Read("inference-table.md");

        Assert.Empty(view.Problems);
        Assert.Equal(new[] { "Orca", "VLLM", "DeepSeekV2", "FlexGen", "YOCO", "Medusa", "SpecInfer" }, view.Entries.Select(e => e.Identifier));
        var deepSeek = Entry(view, "DeepSeekV2");
        Assert.Equal(("DeepSeek-V2", "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", 2024, 5), (deepSeek.Name, deepSeek.Title, deepSeek.Year, deepSeek.Month));
        Assert.Equal(new[] { "DeepSeek-AI" }, deepSeek.Institutions);
        Assert.Equal("https://arxiv.org/pdf/2405.04434", Link(deepSeek, "PaperUrl"));
        Assert.Equal("https://github.com/deepseek-ai/DeepSeek-V2", Link(deepSeek, "CodeUrl"));
        Assert.Equal("⭐️⭐️", deepSeek.Columns.Single(c => c.Header == "Recom").Value);
        Assert.DoesNotContain(deepSeek.Columns, c => c.Header == "Code");

        var orca = Entry(view, "Orca");
        Assert.Equal(new[] { "Iteration Scheduling" }, orca.Tags);
        Assert.Equal("⚠️", orca.Columns.Single(c => c.Header == "Code").Value);
        Assert.Equal(("https://arxiv.org/pdf/2401.10774", "https://sites.google.com/view/medusa-llm"), (Link(Entry(view, "Medusa"), "PaperUrl"), Link(Entry(view, "Medusa"), "BlogUrl")));

        foreach (var entry in view.Entries)
        {
            Assert.False(LinkLabels.IsGeneric(entry.Title ?? string.Empty) || LinkLabels.IsBracketed(entry.Title ?? string.Empty), $"{entry.Name}: title {entry.Title}");
            Assert.True(char.IsLetterOrDigit(entry.Name[0]), $"{entry.Name} starts with decoration");
            Assert.True(entry.Identifier.Length <= 12, $"{entry.Identifier} is no short name");
        }
    }

    [Fact]
    public void Horseee_style_rows_give_title_authors_paper_the_badges_repository_and_venue()
    {
        var view = Read("compression-table.md");

        Assert.Empty(view.Diagnostics);
        var awq = Entry(view, "AWQ");
        Assert.Equal("AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration", awq.Title);
        Assert.Equal(new[] { "Ji Lin", "Jiaming Tang", "Haotian Tang", "Shang Yang", "Song Han" }, awq.Authors);
        Assert.Equal(("https://arxiv.org/abs/2306.00978", "https://github.com/mit-han-lab/llm-awq", "https://github.com/mit-han-lab/llm-awq"), (Link(awq, "PaperUrl"), Link(awq, "CodeUrl"), Link(awq, "GithubUrl")));
        Assert.Equal(("MLSys'24", "MLSys", 2024), (awq.Venue!.Text, awq.Venue.Name, awq.Venue.Year));
        Assert.Equal("figures/awq.png", awq.Columns.Single(c => c.Header == "Introduction").Value);

        var gptq = Entry(view, "GPTQ");
        Assert.Null(gptq.Venue);
        Assert.Equal(new[] { "PaperUrl" }, gptq.Links.Select(l => l.MemberName));
        var naacl = view.Entries.Single(e => e.Venue?.Name == "NAACL");
        Assert.Equal((2025, "Main"), (naacl.Venue!.Year, naacl.Venue.Detail));
    }

    [Fact]
    public void A_comment_names_the_name_column_of_the_next_table_and_a_table_without_name_or_link_is_no_catalog()
    {
        var view = Read("techniques.md");

        Assert.Equal(new[] { "ContinuousBatching", "SpeculativeDecoding" }, view.Entries.Select(e => e.Identifier));
        Assert.Equal(
            new[] { ("Orca", "OrcaUrl"), ("vLLM", "VLLMUrl") },
            view.Entries[0].Links.Select(l => (l.Label, l.MemberName!)));

        // The comment applies to one table: the last table has links but no name column (PCAT103); the
        // support matrix has neither and is skipped without a word.
        var warning = Assert.Single(view.Diagnostics);
        Assert.Equal(("PCAT103", "Unnamed"), (warning.Id, warning.Arguments[0]));
    }

    [Fact]
    public void A_section_in_deftruth_style_generates_the_expected_sources_with_every_link_a_constant()
    {
        var file = new CatalogFile("docs/inference.md", TestPaths.ReadTestData("conventions/inference-table.md"));
        var result = CompiledCatalog.Run(
            new[] { file },
            """
            return string.Join("|", Papers.Serving.VLLM.Name, Papers.Serving.VLLM.CodeUrl, Papers.Serving.VLLM.PaperUrl,
                Papers.Serving.Orca.Paper.Tags[0], Papers.Decoding.YOCO.Title, Papers.Serving.DeepSeekV2.Recom, Papers.Years.Y2024.Papers.Count);
            """);

        Assert.Equal(
            "vLLM|https://github.com/vllm-project/vllm|https://arxiv.org/pdf/2309.06180.pdf|Iteration Scheduling|You Only Cache Once: Decoder-Decoder Architectures for Language Models|⭐️⭐️|3",
            result);
    }

    /// <summary>
    /// Every link target written in a table row of the test data is a link of an entry (or its venue's), or
    /// a diagnostic stands on that row; an empty link around a badge image links nowhere and is not counted.
    /// </summary>
    [Fact]
    public void Every_link_in_every_table_cell_of_the_test_data_is_kept_or_reported()
    {
        var files = Directory.GetFiles(TestPaths.TestData(string.Empty), "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var counted = 0;
        foreach (var file in files)
        {
            var markdown = File.ReadAllText(file);
            var result = Catalogs.Parse(markdown, Path.GetFileName(file));
            var kept = new HashSet<string>(
                result.Spec.Entries.SelectMany(e => e.Links.Select(l => l.Url).Append(e.Venue?.Url ?? string.Empty)),
                StringComparer.Ordinal);
            var reportedLines = result.Diagnostics.Where(d => d.Id is not "PCAT307").Select(d => d.Location!.StartLine + 1).ToHashSet();
            var lines = markdown.Split('\n');
            foreach (var line in PaperCatalog.Tests.Corpus.CorpusTests.TableLines(markdown))
            {
                // Images are no links: a badge's image is "[BADGE]", so [![Publish](…)]() reads [BADGE]().
                var row = Regex.Replace(Regex.Replace(lines[line - 1], @"!\[[^\]]*\]\([^)]*\)", "BADGE"), "<img[^>]*>", string.Empty);
                foreach (Match link in Regex.Matches(row, @"\]\((?<target>[^)\s]*)\)|href=""(?<target>[^""]*)"""))
                {
                    var target = System.Net.WebUtility.HtmlDecode(link.Groups["target"].Value).Trim();
                    if (target.Length == 0 && row.Substring(0, link.Index).EndsWith("[BADGE", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    counted++;
                    Assert.True(
                        kept.Contains(target) || reportedLines.Contains(line),
                        $"{Path.GetRelativePath(TestPaths.TestData(string.Empty), file)}:{line}: the link to '{target}' is neither kept nor reported");
                }
            }
        }

        Assert.True(counted > 300, $"{counted} links checked");
    }
}
