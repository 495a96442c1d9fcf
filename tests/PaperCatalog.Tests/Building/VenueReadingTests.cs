using PaperCatalog.Generator.Building;

namespace PaperCatalog.Tests.Building;

/// <summary>The venue grammar on its own: lenient with what lists write, strict with a form claimed and broken.</summary>
public sealed class VenueReadingTests
{
    [Fact]
    public void A_remembered_answer_is_the_answer_and_the_memo_stays_small()
    {
        // Asked twice, on one thread: the second answer comes from the memo.
        for (var pass = 0; pass < 2; pass++)
        {
            Assert.Equal(VenueReading.Broken, VenueParser.Read("OSDI 2O22", out _, out var problem));
            Assert.Contains("2O22", problem);
            Assert.Equal(VenueReading.Parsed, VenueParser.Read("Arxiv 2025", out var venue, out _));
            Assert.Equal(("arXiv", 2025), (venue.Name, venue.Year));
            Assert.True(VenueParser.LooksLikeVenue("Arxiv 2025"));
            Assert.False(VenueParser.LooksLikeVenue("Emphasis"));
        }

        for (var i = 0; i < 10_000; i++)
        {
            VenueParser.LooksLikeVenue("Topic " + i);
            VenueParser.Read("Venue " + i, out _, out _);
        }

        Assert.InRange(VenueMemo.Current.Count, 1, 2 * VenueMemo.Answers<bool>.MaxEntries);
    }

    [Theory]
    [InlineData("OSDI 2022", "OSDI", 2022, VenueKind.Conference, null)]
    [InlineData("ICLR'25", "ICLR", 2025, VenueKind.Conference, null)]
    [InlineData("SOSP' 23", "SOSP", 2023, VenueKind.Conference, null)]
    [InlineData("ICML '23", "ICML", 2023, VenueKind.Conference, null)]
    [InlineData("CHI25", "CHI", 2025, VenueKind.Conference, null)]
    [InlineData("ACL'23 Findings", "ACL", 2023, VenueKind.Conference, "Findings")]
    [InlineData("2022 Nature Methods", "Nature Methods", 2022, VenueKind.Journal, null)]
    [InlineData("2023 bioRxiv", "bioRxiv", 2023, VenueKind.Preprint, null)]
    [InlineData("CVPR, June 2025", "CVPR", 2025, VenueKind.Conference, null)]
    [InlineData("arXiv, Dec 2022", "arXiv", 2022, VenueKind.Preprint, null)]
    [InlineData("Arxiv 2023", "arXiv", 2023, VenueKind.Preprint, null)]
    [InlineData("arXiv(v1) 2025", "arXiv", 2025, VenueKind.Preprint, null)]
    [InlineData("Preprint'24", "Preprint", 2024, VenueKind.Preprint, null)]
    [InlineData("In ICLR 2021", "ICLR", 2021, VenueKind.Conference, null)]
    [InlineData("OSDI (2019)", "OSDI", 2019, VenueKind.Conference, null)]
    [InlineData("IEEE Transactions on Mobile Computing (2019)", "IEEE Transactions on Mobile Computing", 2019, VenueKind.Journal, null)]
    [InlineData("Ubicomp25 (IMWUT Vol 9 Issue 3)", "Ubicomp", 2025, VenueKind.Conference, "IMWUT Vol 9 Issue 3")]
    [InlineData("IV2022", "IV", 2022, VenueKind.Conference, null)]
    [InlineData("VLDBJ 26", "VLDBJ", 2026, VenueKind.Journal, null)]
    [InlineData("arXiv.2311.01460", "arXiv", 2023, VenueKind.Preprint, null)]
    public void Names_and_years_as_lists_write_them_parse(string text, string name, int year, VenueKind kind, string? detail)
    {
        Assert.Equal(VenueReading.Parsed, VenueParser.Read(text, out var venue, out var problem));
        Assert.Equal((name, year, (int)kind, detail), (venue.Name, venue.Year, (int)venue.Kind, venue.Detail));
        Assert.Empty(problem);
    }

    [Theory]
    [InlineData("Blog", null)]
    [InlineData("OpenAI", null)]
    [InlineData("Technical Report No. UCB/EECS-2009-28", null)]
    [InlineData("MSR-TR-2014-112", null)]
    [InlineData("IEEE T-RO 31", null)]
    [InlineData("ICML (Oral)", "ICML")]
    [InlineData("EMNLP", "EMNLP")]
    [InlineData("(Oral)", null)]
    public void Other_venues_are_kept_as_written_named_when_a_known_venue_opens_them(string text, string? name)
    {
        Assert.Equal(VenueReading.Kept, VenueParser.Read(text, out var venue, out _));
        Assert.Equal((name, 0), (venue.Name, venue.Year));
    }

    [Theory]
    [InlineData("arXiv 1404.599", "'1404.599' is not an arXiv identifier")]
    [InlineData("arXiv:2305.0592", "'2305.0592' is not an arXiv identifier")]
    [InlineData("OSDI 2O22", "'2O22' is not a year")]
    [InlineData("SOSP 202", "'202' is not a year")]
    public void A_claimed_form_that_is_broken_is_a_problem(string text, string problem)
    {
        Assert.Equal(VenueReading.Broken, VenueParser.Read(text, out _, out var why));
        Assert.StartsWith(problem, why);
    }

    [Theory]
    [InlineData("NeurIPS 2025", true)]
    [InlineData("ICML 2024 (Oral)", true)]
    [InlineData("2023", false)]
    [InlineData("Conference Papers 2023", false)]
    [InlineData("Top ML Papers of the Week - 2025", false)]
    public void A_heading_names_a_venue_when_it_is_a_known_one_with_its_year(string heading, bool venue) =>
        Assert.Equal(venue, VenueParser.TryReadHeading(heading, out _));

    [Theory]
    [InlineData("Fast Things", false)]
    [InlineData("FAST 2022", true)]
    [InlineData("Science of Deep Learning", false)]
    [InlineData("Nature 2021", true)]
    public void A_text_that_only_starts_like_a_venue_is_no_venue(string text, bool venue) =>
        Assert.Equal(venue, VenueParser.LooksLikeVenue(text));
}
