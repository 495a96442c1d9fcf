using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Corpus;

/// <summary>
/// The real malformations that <c>TestData/corpus/README.md</c> lists, each ending in its diagnostic
/// at its line, and nothing else reported anywhere in the corpus.
/// </summary>
public sealed class CorpusMalformationTests
{
    [Fact]
    public void The_corpus_reports_exactly_its_known_malformations()
    {
        var files = Directory.GetFiles(TestPaths.TestData("corpus"), "*.md", SearchOption.AllDirectories)
            .Where(f => f != TestPaths.TestData("corpus/README.md") && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestPaths.TestData("corpus"), f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

        var reported = files
            .SelectMany(file => Catalogs.Parse(TestPaths.ReadTestData("corpus/" + file), file).Problems()
                .Select(d => $"{file}:{d.Location!.StartLine + 1}:{d.Location.StartColumn + 1} {d.Id}"))
            .ToList();

        Assert.Equal(
            string.Join(Environment.NewLine, new[]
            {
                "awesome-papers-lists/resource-disaggregation/memory-disaggregation.md:24:131 PCAT302",
                "awesome-papers-lists/systems-for-ml/deep-learning-training.md:15:68 PCAT401",
                "awesome-papers-lists/systems-for-ml/dlrm.md:17:131 PCAT302",
                "awesome-papers/resource-disaggregation/memory-disaggregation.md:11:201 PCAT302",
                "awesome-papers/resource-disaggregation/memory-disaggregation.md:9:362 PCAT102",
                "awesome-papers/systems-for-ml/deep-learning-training.md:8:49 PCAT401",
                "awesome-papers/systems-for-ml/dlrm.md:9:183 PCAT302",
                "awesome-papers/systems-for-ml/resource-scheduler.md:24:6 PCAT203",
                "other/awesome-llm.md:546:9 PCAT303",

                // Years that contradict the paper's own arXiv identifier: a date of 2021-01 for 2201.11903, 'Preprint'24' and
                // 'Arxiv 2024' for papers first posted in January 2025.
                "awesome-llm-paper-lists/chain_of_thougt.md:9:4 PCAT404",
                "wild/atfortes-llm-reasoning.md:662:97 PCAT404",
                "wild/xnhyacinth-long-context.md:1506:213 PCAT404",
                "wild/xnhyacinth-long-context.md:2305:182 PCAT404",

                // Two papers of one name keep both (warnings); rows that list one attack twice (by name: their only link is
                // relative, which tells no paper); an <a> whose href lost its closing quote, so no link opens and its </a> closes nothing.
                "wild/transferattack.md:119:5 PCAT203",
                "wild/transferattack.md:1169:5 PCAT203",
                "wild/transferattack.md:1695:104 PCAT104",
                "wild/transferattack.md:1746:126 PCAT104",
                "wild/transferattack.md:1746:5 PCAT203",
                "wild/transferattack.md:900:5 PCAT203",
                "wild/xnhyacinth-long-context.md:1318:5 PCAT203",
                "wild/xnhyacinth-long-context.md:2429:5 PCAT203",
                "wild/xnhyacinth-long-context.md:3384:5 PCAT203",
            }.OrderBy(r => r, StringComparer.Ordinal)),
            string.Join(Environment.NewLine, reported.OrderBy(r => r, StringComparer.Ordinal)));
    }

    [Fact]
    public void The_truncated_arxiv_id_names_the_id_of_the_rows_own_link()
    {
        var diagnostic = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/deep-learning-training.md")).Problems().Single();
        Assert.EndsWith("the row's own link says arXiv 1404.5997", diagnostic.Arguments[3]);
    }

    [Fact]
    public void The_two_Alibaba_PAI_rows_are_reported_on_the_second_with_the_first_as_additional_location()
    {
        var diagnostic = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/resource-scheduler.md")).Problems().Single();
        Assert.Equal(("PCAT203", 23, 20), (diagnostic.Id, diagnostic.Location!.StartLine, diagnostic.AdditionalLocations.Single().StartLine));
    }

    [Fact]
    public void Lina_in_two_sections_of_moe_is_legal()
    {
        var result = Catalogs.Parse(TestPaths.ReadTestData("corpus/awesome-papers/systems-for-ml/moe.md"));
        Assert.Empty(result.Problems());
        Assert.Equal(2, result.Spec.Entries.Count(e => e.Identifier == "Lina"));
    }

    [Fact]
    public void The_irregular_workshop_venue_parses_into_name_year_and_detail()
    {
        Assert.Equal(VenueReading.Parsed, VenueParser.Read("MLSys 2022 Workshop on Cloud Intelligence / AIOps", out var venue, out _));
        Assert.Equal(("MLSys", 2022, "Workshop on Cloud Intelligence / AIOps"), (venue.Name, venue.Year, venue.Detail));
    }
}
