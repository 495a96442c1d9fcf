using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Model.Invariant;

namespace PaperCatalog.Generator.Analysis;

/// <summary>
/// Finds one paper listed more than once in a catalog, by its key (<see cref="PaperKeys"/>): twice in one section
/// (PCAT208, a copy left behind), in another section (PCAT209, a paper under two topics on purpose), and an arXiv
/// link that names a version or the PDF where another entry of the paper links its abstract (PCAT309).
/// </summary>
internal static class DuplicatePapers
{
    public static void Find(List<CatalogFileSpec> files, List<CatalogProblem> problems)
    {
        var inSection = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var inCatalog = new Dictionary<string, Place>(StringComparer.Ordinal);
        var abstracts = new Dictionary<string, Place>(StringComparer.Ordinal);
        var places = new List<Place>();
        foreach (var file in files)
        {
            var paths = SectionPaths.Of(file.Sections);
            for (var e = 0; e < file.Entries.Count; e++)
            {
                var entry = file.Entries[e];
                if (!PaperKeys.IsEvidence(entry.Key))
                {
                    continue;
                }

                var place = new Place(file, e, entry.Section >= 0 ? paths[entry.Section] : string.Empty);
                places.Add(place);
                if (entry.Key.StartsWith(PaperKeys.Arxiv, StringComparison.Ordinal) && LinksAbstract(entry) && !abstracts.ContainsKey(entry.Key))
                {
                    abstracts.Add(entry.Key, place);
                }

                var sectionKey = place.SectionPath + "\n" + entry.Key;
                if (!inSection.TryGetValue(sectionKey, out var earlier))
                {
                    inSection.Add(sectionKey, earlier = new List<Place>(1));
                }

                if (earlier.Find(other => Like(other.Entry, entry) != Likeness.Apart) is { } first)
                {
                    var note = Like(first.Entry, entry) == Likeness.Retitled ? ", under another title: the same paper twice, or one of the links is another paper's" : string.Empty;
                    problems.Add(new CatalogProblem(
                        DiagnosticMessages.DuplicatePaper(named: entry.Name, place.SectionTitle, first.Describe(), paperKey: entry.Key, note, outcome: entry.Identifier),
                        place.Site,
                        first.Site));
                    continue;
                }

                earlier.Add(place);
                if (earlier.Count > 1)
                {
                    continue;
                }

                if (inCatalog.TryGetValue(entry.Key, out var elsewhere) && Like(elsewhere.Entry, entry) != Likeness.Apart)
                {
                    problems.Add(new CatalogProblem(
                        DiagnosticMessages.PaperInAnotherSection(named: entry.Name, place.SectionTitle, elsewhere.Describe(), firstSection: elsewhere.SectionTitle, paperKey: entry.Key),
                        place.Site,
                        elsewhere.Site));
                }
                else if (!inCatalog.ContainsKey(entry.Key))
                {
                    inCatalog.Add(entry.Key, place);
                }
            }
        }

        if (abstracts.Count == 0)
        {
            return;
        }

        foreach (var place in places)
        {
            if (abstracts.TryGetValue(place.Entry.Key, out var withAbstract) && !ReferenceEquals(withAbstract.Entry, place.Entry))
            {
                ReportOtherForms(place, withAbstract, problems);
            }
        }
    }

    private static Likeness Like(EntrySpec first, EntrySpec second) =>
        PaperLikeness.Of(first.Name, first.Title, second.Name, second.Title, second.Key);

    private static bool LinksAbstract(EntrySpec entry)
    {
        foreach (var link in entry.Links)
        {
            if (ArxivForm(link.Url) is null && PaperKeys.IdentifierOf(link.Url) == entry.Key)
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportOtherForms(Place place, Place withAbstract, List<CatalogProblem> problems)
    {
        var links = place.Entry.Links;
        for (var i = 0; i < links.Count; i++)
        {
            if (ArxivForm(links[i].Url) is { } form && PaperKeys.IdentifierOf(links[i].Url) == place.Entry.Key)
            {
                var id = place.Entry.Key.Substring(PaperKeys.Arxiv.Length);
                problems.Add(new CatalogProblem(
                    DiagnosticMessages.ArxivLinkForm(
                        label: links[i].Label, entry: place.Entry.Name, section: place.SectionTitle, form, arxivId: id, other: withAbstract.Describe(), fix: ArxivAbstract(id)),
                    new SiteRef(place.File.FileKey, SiteKind.EntryLink, place.Index, i),
                    withAbstract.Site,
                    Replace: (links[i].Url, ArxivAbstract(id))));
            }
        }
    }

    /// <summary>What an arXiv link names besides the abstract: "the PDF", "a version", "the HTML"; null for the abstract.</summary>
    internal static string? ArxivForm(string url)
    {
        var id = PaperKeys.IdentifierOf(url);
        if (id is null || !id.StartsWith(PaperKeys.Arxiv, StringComparison.Ordinal))
        {
            return null;
        }

        var path = url.Trim();
        var query = path.IndexOfAny(new[] { '?', '#' });
        path = (query >= 0 ? path.Substring(0, query) : path).TrimEnd('/');
        if (path.IndexOf("/pdf/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "the PDF";
        }

        if (path.IndexOf("/html/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "the HTML page";
        }

        return path.EndsWith(id.Substring(PaperKeys.Arxiv.Length), StringComparison.Ordinal) ? null : "a version";
    }

    /// <summary>The canonical link to an arXiv paper's abstract.</summary>
    internal static string ArxivAbstract(string id) => "https://arxiv.org/abs/" + id;

    private sealed class Place
    {
        public Place(CatalogFileSpec file, int index, string sectionPath)
        {
            File = file;
            Index = index;
            SectionPath = sectionPath;
        }

        public CatalogFileSpec File { get; }

        public int Index { get; }

        public string SectionPath { get; }

        public EntrySpec Entry => File.Entries[Index];

        public string SectionTitle => Entry.Section >= 0 ? File.Sections[Entry.Section].Title : SectionTitles.TopLevel;

        public SiteRef Site => new(File.FileKey, SiteKind.EntryName, Index);

        public string Describe() => $"'{Entry.Name}' on line {Number(Entry.Line)} of {File.Options.RelativePath}";
    }
}
