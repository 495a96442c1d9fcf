using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PaperCatalog;

/// <summary>One entry of a paper catalog: a row of a table in a Markdown paper list.</summary>
public sealed class Paper
{
    private static readonly IReadOnlyDictionary<string, string> NoColumns =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates an entry. Generated catalogs call this; so may tests and tools.</summary>
    /// <param name="name">The entry's name as written (markup removed).</param>
    /// <param name="title">The paper's title, when the row has one apart from the name (a Title or Paper column), or null.</param>
    /// <param name="sectionPath">The headings the entry is under, outermost first (<c>##</c>, <c>###</c>, …).</param>
    /// <param name="venue">The venue, or null when the row has none.</param>
    /// <param name="institutions">The institutions, in the order written.</param>
    /// <param name="remarks">The remarks as plain text, or null.</param>
    /// <param name="links">The labelled links, in the order written.</param>
    /// <param name="year">The year from a Date column, else from the venue, or null.</param>
    /// <param name="month">The month from a Date column, or null.</param>
    /// <param name="columns">Columns the catalog does not know, by header, or null.</param>
    /// <param name="sourceFile">The Markdown file, relative to the project.</param>
    /// <param name="sourceLine">The one-based line of the row in <paramref name="sourceFile"/>.</param>
    public Paper(
        string name,
        string? title,
        IReadOnlyList<string> sectionPath,
        Venue? venue,
        IReadOnlyList<string> institutions,
        string? remarks,
        IReadOnlyList<Link> links,
        int? year,
        int? month,
        IReadOnlyDictionary<string, string>? columns,
        string sourceFile,
        int sourceLine)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Title = title;
        SectionPath = ReadOnly(sectionPath ?? throw new ArgumentNullException(nameof(sectionPath)));
        Venue = venue;
        Institutions = ReadOnly(institutions ?? throw new ArgumentNullException(nameof(institutions)));
        Remarks = remarks;
        Links = ReadOnly(links ?? throw new ArgumentNullException(nameof(links)));
        Year = year ?? venue?.Year;
        Month = month;
        Columns = columns is null || columns.Count == 0 ? NoColumns : new ReadOnlyDictionary<string, string>(ToDictionary(columns));
        SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
        SourceLine = sourceLine;
    }

    /// <summary>The entry's name as written, markup removed: <c>Orca</c>, <c>LLaMA 2</c>.</summary>
    public string Name { get; }

    /// <summary>The paper's title when the row has one apart from its name (a Title or Paper column), or null.</summary>
    public string? Title { get; }

    /// <summary>The innermost heading the entry is under, or an empty string for a table before any section.</summary>
    public string Section => SectionPath.Count == 0 ? string.Empty : SectionPath[SectionPath.Count - 1];

    /// <summary>The headings the entry is under, outermost first.</summary>
    public IReadOnlyList<string> SectionPath { get; }

    /// <summary>Where the paper appeared, or null when the row names no venue.</summary>
    public Venue? Venue { get; }

    /// <summary>The institutions, in the order written.</summary>
    public IReadOnlyList<string> Institutions { get; }

    /// <summary>The remarks as plain text, or null.</summary>
    public string? Remarks { get; }

    /// <summary>The labelled links (<c>Paper</c>, <c>Code</c>, …), in the order written.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The year: from a Date column, else from the venue; null when neither gives one.</summary>
    public int? Year { get; }

    /// <summary>The month from a Date column (1–12), or null.</summary>
    public int? Month { get; }

    /// <summary>The arXiv identifier from the first arXiv link, else from an arXiv venue; null when there is none.</summary>
    public string? ArxivId
    {
        get
        {
            foreach (var link in Links)
            {
                if (link.ArxivId is { } id)
                {
                    return id;
                }
            }

            return Venue?.ArxivId;
        }
    }

    /// <summary>The DOI from the first link that holds one (doi.org, ACM DL), or null.</summary>
    public string? Doi
    {
        get
        {
            foreach (var link in Links)
            {
                if (link.Doi is { } doi)
                {
                    return doi;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The paper's code on GitHub (<c>owner/name</c>): the repository of the link labelled Code, else of
    /// the first GitHub link to a repository rather than to one file in it (reading notes often are). Null when none.
    /// </summary>
    public string? GitHubRepository => CodeRepository(Links);

    /// <summary>The cells of columns the catalog does not know (neither name, venue, institutions, links, remarks, title nor date), by header.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>The Markdown file the entry comes from, relative to the project, with forward slashes.</summary>
    public string SourceFile { get; }

    /// <summary>The one-based line of the entry's row in <see cref="SourceFile"/>.</summary>
    public int SourceLine { get; }

    /// <summary>The first link with the given label (case-insensitive), or null.</summary>
    public Link? FindLink(string label)
    {
        foreach (var link in Links)
        {
            if (string.Equals(link.Label, label, StringComparison.OrdinalIgnoreCase))
            {
                return link;
            }
        }

        return null;
    }

    /// <summary>The name, with the venue when there is one: <c>Orca (OSDI 2022)</c>.</summary>
    public override string ToString() => Venue is null ? Name : $"{Name} ({Venue.Text})";

    private static string? CodeRepository(IReadOnlyList<Link> links)
    {
        string? repository = null;
        foreach (var link in links)
        {
            if (link.GitHubRepository is null)
            {
                continue;
            }

            if (string.Equals(link.Label, "Code", StringComparison.OrdinalIgnoreCase))
            {
                return link.GitHubRepository;
            }

            if (repository is null && link.Url.IndexOf("/blob/", StringComparison.Ordinal) < 0)
            {
                repository = link.GitHubRepository;
            }
        }

        return repository;
    }

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? Array.Empty<T>() : items is IList<T> list ? new ReadOnlyCollection<T>(list) : new List<T>(items).AsReadOnly();

    private static IDictionary<string, string> ToDictionary(IReadOnlyDictionary<string, string> columns)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in columns)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
