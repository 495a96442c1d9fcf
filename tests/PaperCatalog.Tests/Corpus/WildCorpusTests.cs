using PaperCatalog.Generator.Model;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Corpus;

/// <summary>
/// Three real lists this project was not written for (<c>TestData/corpus/wild</c>, MIT), read against an independent
/// counter of their papers (<c>paper_refs.py</c>, kept outside the repository; its output is checked in beside each
/// list): every paper an entry at its line with its paper link, every link of those rows and items kept, and the
/// entries, fields and diagnostics of each list known.
/// </summary>
public sealed class WildCorpusTests
{
    public static TheoryData<string, int, int> Lists() => new()
    {
        // list, entries, papers the counter finds
        { "xnhyacinth-long-context", 1525, 1487 },
        { "atfortes-llm-reasoning", 161, 144 },
        { "transferattack", 244, 122 },
    };

    private static (string Markdown, List<EntrySpec> Entries, Dictionary<int, List<EntrySpec>> ByLine) Read(string list)
    {
        var markdown = TestPaths.ReadTestData($"corpus/wild/{list}.md");
        var entries = Catalogs.Parse(markdown, $"wild/{list}.md").Spec.Entries.ToList();
        return (markdown, entries, entries.GroupBy(e => e.Line).ToDictionary(g => g.Key, g => g.ToList()));
    }

    private static IEnumerable<(int Line, string Url)> Counted(string list, string kind) =>
        File.ReadAllLines(TestPaths.TestData($"corpus/wild/{list}.{kind}.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(parts => (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]));

    private static HashSet<string> Urls(IEnumerable<EntrySpec> entries) =>
        entries.SelectMany(e => e.Links.Select(l => l.Url).Concat(e.Venue?.Url is { } venue ? new[] { venue } : Array.Empty<string>())).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_paper_is_an_entry_at_its_line_with_its_link_and_every_link_of_it_is_kept(string list, int entries, int papers)
    {
        var (_, all, byLine) = Read(list);
        var counted = Counted(list, "refs").ToList();

        var missed = counted.Where(p => !byLine.TryGetValue(p.Line, out var at) || !Urls(at).Contains(p.Url)).ToList();
        var links = Counted(list, "links").Where(l => byLine.ContainsKey(l.Line)).ToList();
        var lost = links.Where(l => !Urls(byLine[l.Line]).Contains(l.Url)).ToList();

        Assert.Equal((entries, papers), (all.Count, counted.Count));
        Assert.True(missed.Count <= counted.Count * 0.05, $"{missed.Count} of {counted.Count} papers are no entry at their line with their link: {string.Join(", ", missed.Take(5))}");
        Assert.True(lost.Count <= links.Count * 0.02, $"{lost.Count} of {links.Count} links are lost: {string.Join(", ", lost.Take(5))}");

        // Today every one is read: a change that loses one is seen here.
        Assert.Empty(missed);
        Assert.Empty(lost);
    }

    [Fact]
    public void Date_bullets_give_their_papers_their_date_and_Paper_labels_name_nothing()
    {
        var (_, _, byLine) = Read("xnhyacinth-long-context");

        // - **[2026.05.27]**
        //   - Paper: [Periodic RoPE for Infinite Context LLMs](https://arxiv.org/abs/2605.27980)
        //   - Paper: [Self-Prophetic Decoding to Unlock Visual Search in LVLMs](…) (ICML 2026)
        var rope = byLine[167].Single();
        Assert.Equal(("Periodic RoPE for Infinite Context LLMs", 2026, 5), (rope.Name, rope.Year, rope.Month));
        Assert.Equal(new LinkSpec("Periodic RoPE for Infinite Context LLMs", "https://arxiv.org/abs/2605.27980", "Url"), rope.Links.Single());
        var decoding = byLine[170].Single();
        Assert.Equal(("ICML 2026", "ICML", 2026), (decoding.Venue!.Text, decoding.Venue.Name, decoding.Venue.Year));
    }

    [Fact]
    public void Numbered_items_give_a_bold_link_title_italic_authors_a_venue_and_badge_lines_of_links()
    {
        var (_, _, byLine) = Read("xnhyacinth-long-context");

        // 23. [**Efficient Streaming Language Models with Attention Sinks.**](…pdf) _Guangxuan Xiao, …, Mike Lewis._ Arxiv 2023. [![stars](…)](github)
        var sinks = byLine[401].Single();
        Assert.Equal("Efficient Streaming Language Models with Attention Sinks", sinks.Title);
        Assert.Equal(new[] { "Guangxuan Xiao", "Yuandong Tian", "Beidi Chen", "Song Han", "Mike Lewis" }, sinks.Authors);
        Assert.Equal(("Arxiv 2023", "arXiv", 2023), (sinks.Venue!.Text, sinks.Venue.Name, sinks.Venue.Year));
        Assert.Equal(new[] { "Url", "CodeUrl" }, sinks.Links.Select(l => l.MemberName));

        // A continuation line of &nbsp; and a second star badge: both repositories kept, the second numbered.
        var ttt = byLine[547].Single();
        Assert.Equal("Learning to (Learn at Test Time)", ttt.Name);
        Assert.Equal(new[] { "Url", "CodeUrl", "Code2Url" }, ttt.Links.Select(l => l.MemberName));
        Assert.Equal("https://github.com/test-time-training/ttt-lm-jax", ttt.Links[2].Url);
    }

    [Fact]
    public void Two_papers_whose_names_make_one_identifier_both_get_a_class()
    {
        var (_, _, byLine) = Read("xnhyacinth-long-context");

        Assert.Equal(("MovieChat", "MovieChat"), (byLine[2427].Single().Name, byLine[2427].Single().Identifier));
        Assert.Equal(("MovieChat+", "MovieChatPlus"), (byLine[2429].Single().Name, byLine[2429].Single().Identifier));
    }

    [Fact]
    public void Authors_in_a_paragraph_after_a_blank_line_and_venues_with_an_apostrophe_year()
    {
        var (markdown, all, byLine) = Read("atfortes-llm-reasoning");

        // 1. **[Internal Consistency and Self-Feedback in Large Language Models: A Survey.](…)** [[code](…)]
        //
        //     *Xun Liang, Shichao Song, …, Zhiyu Li.* Preprint'24
        var survey = byLine[60].Single();
        Assert.Equal(("Internal Consistency and Self-Feedback in Large Language Models", "Internal Consistency and Self-Feedback in Large Language Models: A Survey"), (survey.Name, survey.Title));
        Assert.Equal(9, survey.Authors.Count);
        Assert.Equal(("Xun Liang", "Zhiyu Li"), (survey.Authors[0], survey.Authors[8]));
        Assert.Equal(("Preprint'24", PaperCatalog.Generator.Shared.VenueKind.Preprint, 2024), (survey.Venue!.Text, survey.Venue.Kind, survey.Venue.Year));
        Assert.Equal(new[] { "Url", "CodeUrl" }, survey.Links.Select(l => l.MemberName));
        Assert.Equal(("ICML'25", "ICML", 2025), (byLine[208].Single().Venue!.Text, byLine[208].Single().Venue!.Name, byLine[208].Single().Venue!.Year));

        // <h2 id="ltechnique">Technique</h2> opens a section as ## Technique does; ### 2025 under it gives the year.
        var spec = Catalogs.Parse(markdown, "wild/atfortes-llm-reasoning.md").Spec;
        Assert.Contains(spec.Sections, s => s.Title == "Technique");
        Assert.All(all.Where(e => e.Line is > 200 and < 240), e => Assert.Equal(2025, e.Year));
    }

    [Fact]
    public void Html_tables_lay_out_rowspan_cells_and_read_author_year_citations_in_link_labels()
    {
        var (_, _, byLine) = Read("transferattack");

        // <tr><th rowspan="28">Gradient-based</th><td><a href="https://arxiv.org/abs/1412.6572">FGSM (Goodfellow et al., 2015)</a></td><td>Add a small …</td></tr>
        var fgsm = byLine[72].Single();
        Assert.Equal(("FGSM", 2015), (fgsm.Name, fgsm.Year));
        Assert.Equal(new[] { "Goodfellow" }, fgsm.Authors);
        Assert.Equal("Gradient-based", fgsm.Columns.Single(c => c.Header == "Category").Value);
        Assert.Equal("Add a small perturbation in the direction of gradient", fgsm.Columns.Single(c => c.Header == "Main Idea").Value);

        // The next row has no <th> of its own: the spanning cell is its Category too.
        var ifgsm = byLine[78].Single();
        Assert.Equal(("I-FGSM", "Gradient-based"), (ifgsm.Name, ifgsm.Columns.Single(c => c.Header == "Category").Value));
    }
}
