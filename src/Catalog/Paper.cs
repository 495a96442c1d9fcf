using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PaperCatalog;

/// <summary>One entry of a paper catalog: a row of a table in a Markdown paper list.</summary>
public sealed class Paper
{
    /// <summary>Creates an entry. Generated catalogs call this; so may tests and tools.</summary>
    /// <param name="name">The entry's name as written (markup removed).</param>
    /// <param name="sectionPath">The headings the entry is under, outermost first (<c>##</c>, <c>###</c>, …).</param>
    /// <param name="venue">The venue, or null when the row has none.</param>
    /// <param name="institutions">The institutions, in the order written.</param>
    /// <param name="remarks">The remarks as plain text, or null.</param>
    /// <param name="links">The labelled links, in the order written.</param>
    /// <param name="sourceFile">The Markdown file, relative to the project.</param>
    /// <param name="sourceLine">The one-based line of the row in <paramref name="sourceFile"/>.</param>
    public Paper(
        string name,
        IReadOnlyList<string> sectionPath,
        Venue? venue,
        IReadOnlyList<string> institutions,
        string? remarks,
        IReadOnlyList<Link> links,
        string sourceFile,
        int sourceLine)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SectionPath = ReadOnly(sectionPath ?? throw new ArgumentNullException(nameof(sectionPath)));
        Venue = venue;
        Institutions = ReadOnly(institutions ?? throw new ArgumentNullException(nameof(institutions)));
        Remarks = remarks;
        Links = ReadOnly(links ?? throw new ArgumentNullException(nameof(links)));
        SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
        SourceLine = sourceLine;
    }

    /// <summary>The entry's name as written, markup removed: <c>Orca</c>, <c>LLaMA 2</c>.</summary>
    public string Name { get; }

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

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? Array.Empty<T>() : items is IList<T> list ? new ReadOnlyCollection<T>(list) : new List<T>(items).AsReadOnly();
}
