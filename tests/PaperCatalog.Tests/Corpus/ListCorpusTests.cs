using System.Text.RegularExpressions;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Corpus;

/// <summary>
/// Every bullet of the bullet-list corpus (the seed's repository today, Awesome-LLM's paper lists, the seed
/// written as bullets) is an entry, a detail of one, or not an entry by the documented rule, and no link of
/// an entry's line is lost. The check reads the Markdown line by line, without the generator.
/// </summary>
public sealed class ListCorpusTests
{
    /// <summary>Entries per file, read off the pages: every paper of the seed's repository, every link-first and date-bold item.</summary>
    public static readonly IReadOnlyDictionary<string, int> KnownEntryCounts = new Dictionary<string, int>
    {
        ["awesome-llm-paper-lists/alignment.md"] = 7,
        ["awesome-llm-paper-lists/application.md"] = 5,
        ["awesome-llm-paper-lists/chain_of_thougt.md"] = 3,
        ["awesome-papers-lists/cloud-computing/README.md"] = 1,
        ["awesome-papers-lists/cloud-computing/serverless-computing.md"] = 2,
        ["awesome-papers-lists/cloud-computing/sky-computing.md"] = 4,
        ["awesome-papers-lists/hardware-virtualization/README.md"] = 0,
        ["awesome-papers-lists/hardware-virtualization/gpu-sharing.md"] = 14,
        ["awesome-papers-lists/misc.md"] = 1,
        ["awesome-papers-lists/rdma.md"] = 10,
        ["awesome-papers-lists/research-skills.md"] = 20,
        ["awesome-papers-lists/resource-disaggregation/README.md"] = 0,
        ["awesome-papers-lists/resource-disaggregation/gpu-disaggregation.md"] = 5,
        ["awesome-papers-lists/resource-disaggregation/memory-disaggregation.md"] = 11,
        ["awesome-papers-lists/resource-fragmentation.md"] = 5,
        ["awesome-papers-lists/systems-for-ml/README.md"] = 0,
        ["awesome-papers-lists/systems-for-ml/cloud-edge-collaboration.md"] = 5,
        ["awesome-papers-lists/systems-for-ml/data-processing.md"] = 4,
        ["awesome-papers-lists/systems-for-ml/deep-learning-compiler.md"] = 8,
        ["awesome-papers-lists/systems-for-ml/deep-learning-framework.md"] = 9,
        ["awesome-papers-lists/systems-for-ml/deep-learning-training.md"] = 16,
        ["awesome-papers-lists/systems-for-ml/dlrm.md"] = 8,
        ["awesome-papers-lists/systems-for-ml/hpo.md"] = 7,
        ["awesome-papers-lists/systems-for-ml/llm.md"] = 29,
        ["awesome-papers-lists/systems-for-ml/model-serving.md"] = 9,
        ["awesome-papers-lists/systems-for-ml/moe.md"] = 6,
        ["awesome-papers-lists/systems-for-ml/resource-scheduler.md"] = 28,
        ["awesome-papers-lists/systems-for-ml/rl.md"] = 2,
        ["seed-lists/llm.md"] = 14,
    };

    private static readonly Regex Bullet = new(@"^(?<indent>\s*)(?:[*+-]|\d+[.)])\s+(?<text>.*)$");

    private static readonly Regex WebLink = new(@"\]\((?<target>https?://[^)\s]*)");

    public static IEnumerable<string> ListFileNames() =>
        new[] { "awesome-papers-lists", "awesome-llm-paper-lists", "seed-lists" }
            .SelectMany(folder => Directory.GetFiles(TestPaths.TestData("corpus/" + folder), "*.md", SearchOption.AllDirectories))
            .Where(file => !Path.GetFileName(file).StartsWith("LICENSE", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(TestPaths.TestData("corpus"), file).Replace('\\', '/'))
            .OrderBy(file => file, StringComparer.Ordinal);

    public static TheoryData<string> ListFiles() => new(ListFileNames());

    [Fact]
    public void The_list_corpus_counts_are_known()
    {
        var counts = ListFileNames().ToDictionary(file => file, file => Catalogs.Parse(TestPaths.ReadTestData("corpus/" + file), file).Spec.Entries.Count);

        Assert.Equal(KnownEntryCounts, counts);
    }

    [Theory]
    [MemberData(nameof(ListFiles))]
    public void Every_bullet_is_an_entry_a_detail_of_one_or_no_entry_by_rule(string file) =>
        AssertEveryBulletAccounted(TestPaths.ReadTestData("corpus/" + file), file);

    [Fact]
    public void Every_bullet_of_the_table_pages_is_accounted_for_too()
    {
        AssertEveryBulletAccounted(TestPaths.ReadTestData("corpus/other/awesome-llm.md"), "other/awesome-llm.md");
        AssertEveryBulletAccounted(TestPaths.ReadTestData("corpus/awesome-papers/hardware-virtualization/gpu-sharing.md"), "gpu-sharing.md");
    }

    [Theory]
    [MemberData(nameof(ListFiles))]
    public void Every_link_of_an_entry_line_is_a_link_of_the_entry_or_its_venue(string file)
    {
        var markdown = TestPaths.ReadTestData("corpus/" + file);
        var lines = markdown.Split('\n');
        var result = Catalogs.Parse(markdown, file);

        var entryLines = result.Spec.Entries.Select(e => e.Line).ToHashSet();
        foreach (var entry in result.Spec.Entries)
        {
            // The item's line and its sub-items' (a remark can link what the paper builds on).
            var written = 0;
            var indent = IndentOf(lines[entry.Line - 1]);
            for (var i = entry.Line - 1; i < lines.Length; i++)
            {
                if (i > entry.Line - 1 && (entryLines.Contains(i + 1) || lines[i].TrimStart().StartsWith('#') || (Bullet.IsMatch(lines[i]) && IndentOf(lines[i]) <= indent)))
                {
                    break;
                }

                written += Regex.Matches(lines[i], @"\]\(").Count;
            }

            var kept = entry.Links.Count + (entry.Venue?.Url is null ? 0 : 1);
            Assert.True(written == kept, $"{file}:{entry.Line} '{entry.Name}' writes {written} links and keeps {kept}");
        }
    }

    private static int IndentOf(string line) => line.Length - line.TrimStart().Length;

    [Fact]
    public void The_malformed_item_of_the_seeds_repository_fails_at_its_link_and_the_others_still_generate()
    {
        var result = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers-lists/resource-disaggregation/memory-disaggregation.md"));

        var placeholder = Assert.Single(result.Problems());
        Assert.Equal(("PCAT302", 23), (placeholder.Id, placeholder.Location!.StartLine));
        Assert.Equal("(https://arxiv.org/abs/2212.00939)", "(" + result.Spec.Entries.Single(e => e.Name == "DisaggRec").Links.Single(l => l.MemberName == "PaperUrl").Url + ")");
        Assert.Equal(11, result.Spec.Entries.Count);
    }

    /// <summary>
    /// Each bullet line is the first line of an entry, a sub-item of an entry (its text then is in the entry's
    /// institutions or remarks), or holds no web link at all (a table of contents, a glossary, prose).
    /// </summary>
    private static void AssertEveryBulletAccounted(string markdown, string file)
    {
        var result = Catalogs.Parse(markdown, file);
        var entries = result.Spec.Entries.GroupBy(e => e.Line).ToDictionary(g => g.Key, g => g.First());
        var lines = markdown.Split('\n');
        PaperCatalog.Generator.Model.EntrySpec? owner = null;
        var ownerIndent = -1;
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var bullet = Bullet.Match(line);
            if (inFence || !bullet.Success)
            {
                if (line.Trim().Length > 0 && !char.IsWhiteSpace(line[0]))
                {
                    owner = null;
                }

                continue;
            }

            var indent = bullet.Groups["indent"].Length;
            if (entries.TryGetValue(i + 1, out var entry))
            {
                (owner, ownerIndent) = (entry, indent);
                continue;
            }

            if (owner is not null && indent > ownerIndent)
            {
                var details = string.Join(" ", owner.Institutions) + " " + owner.Remarks;
                var words = Regex.Matches(bullet.Groups["text"].Value, @"[\p{L}\p{N}]+").Select(m => m.Value).Take(3).ToList();
                Assert.True(words.All(w => details.Contains(w, StringComparison.Ordinal)), $"{file}:{i + 1}: the sub-item is not in the details of '{owner.Name}': {line.Trim()}");
                continue;
            }

            owner = null;
            Assert.False(WebLink.IsMatch(line), $"{file}:{i + 1}: a bullet with a web link is no entry: {line.Trim()}");
        }
    }
}
