using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PaperCatalog;

/// <summary>One entry of a paper catalog: a row of a table, or an item of a list, in a Markdown paper list.</summary>
/// <remarks>
/// Generated catalogs create their entries. To create one by hand (tests, tools), give the name and set
/// the rest in an object initializer (C# 9 or later): <c>new Paper("Orca") { Venue = …, Links = … }</c>.
/// Properties are added as the catalog learns to read more; existing code keeps compiling.
/// <para>
/// Catalog values are equal when they stand for the same thing: two <see cref="Venue"/>s when they are the same
/// venue (name, year and detail), two papers when they are the same entry of a list: the same
/// <see cref="SourceFile"/>, <see cref="SourceLine"/> and <see cref="Name"/>. The same paper listed under two
/// topics is two entries.
/// </para>
/// </remarks>
public sealed class Paper : IEquatable<Paper>
{
    private static readonly IReadOnlyDictionary<string, string> NoColumns =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    private readonly IReadOnlyList<string> _sectionPath = Array.Empty<string>();
    private readonly IReadOnlyList<string> _institutions = Array.Empty<string>();
    private readonly IReadOnlyList<string> _authors = Array.Empty<string>();
    private readonly IReadOnlyList<string> _tags = Array.Empty<string>();
    private readonly IReadOnlyList<Link> _links = Array.Empty<Link>();
    private readonly IReadOnlyDictionary<string, string> _columns = NoColumns;
    private readonly string _sourceFile = string.Empty;
    private PaperKey? _key;

    /// <summary>Creates an entry with the given name and nothing else; set the other properties in an initializer.</summary>
    /// <param name="name">The entry's name as written (markup removed).</param>
    public Paper(string name)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>The entry's name as written, markup removed: <c>Orca</c>, <c>LLaMA 2</c>.</summary>
    public string Name { get; }

    /// <summary>The paper's title when the entry has one (a Title or Paper column, a list item's whole title), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The innermost heading the entry is under, or an empty string for an entry before any section.</summary>
    public string Section => SectionPath.Count == 0 ? string.Empty : SectionPath[SectionPath.Count - 1];

    /// <summary>The headings the entry is under, outermost first (<c>##</c>, <c>###</c>, …); empty by default.</summary>
    public IReadOnlyList<string> SectionPath
    {
        get => _sectionPath;
        init => _sectionPath = ReadOnly(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Where the paper appeared, or null when the entry names no venue.</summary>
    public Venue? Venue { get; init; }

    /// <summary>The institutions, in the order written; empty by default.</summary>
    public IReadOnlyList<string> Institutions
    {
        get => _institutions;
        init => _institutions = ReadOnly(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>The remarks as plain text, or null; a list item's sub-items are one line each.</summary>
    public string? Remarks { get; init; }

    /// <summary>The authors, one name each, in the order written; empty by default.</summary>
    public IReadOnlyList<string> Authors
    {
        get => _authors;
        init => _authors = ReadOnly(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Tags the list gives the entry besides its name (<c>[Continuous Batching] Orca: …</c>); empty by default.</summary>
    public IReadOnlyList<string> Tags
    {
        get => _tags;
        init => _tags = ReadOnly(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Every link of the entry (<c>Paper</c>, <c>Code</c>, …), in the order written; empty by default.</summary>
    public IReadOnlyList<Link> Links
    {
        get => _links;
        init => _links = ReadOnly(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>
    /// The year the catalog gives the entry: a conference's or journal's year, else a date the entry gives, else a
    /// preprint's, a citation's, a year heading's or the arXiv identifier's (see the README). Exactly what was set:
    /// a paper made by hand with a venue and no year has none.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>The month from a date the entry gives (1–12), or null.</summary>
    public int? Month { get; init; }

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
    /// The paper's identity: one key for every entry that lists this paper, however its links are written. Made from
    /// the strongest evidence the entry holds: an arXiv identifier without version, a DOI, an OpenReview, ACL
    /// Anthology, USENIX, PMLR, NeurIPS or CVF paper, else its paper link's URL, else its title, else its name
    /// (see <see cref="PaperKeyKind"/>). A generated catalog finds every entry of a key with its root's <c>Find</c>.
    /// </summary>
    public PaperKey Key => _key ??= PaperKey.From(MakeKey());

    /// <summary>
    /// The other entries of the catalog that list the same paper (the same <see cref="Key"/>, made from a link or a
    /// title), in catalog order: a paper listed under two topics. Empty for a paper made by hand.
    /// </summary>
    public IReadOnlyList<Paper> AlsoIn
    {
        get
        {
            if (Catalog is null || !PaperKeys.IsEvidence(Key.ToString()))
            {
                return Array.Empty<Paper>();
            }

            var others = new List<Paper>();
            foreach (var entry in CodeGeneration.CatalogSupport.Find(Catalog(), Key))
            {
                if (!ReferenceEquals(entry, this))
                {
                    others.Add(entry);
                }
            }

            return others.Count == 0 ? Array.Empty<Paper>() : others.AsReadOnly();
        }
    }

    /// <summary>
    /// Which link the catalog's key comes from (-1: the title or name), as the build chose it; null for a paper made by
    /// hand, whose key comes from its links labelled <c>Paper</c>, <c>pdf</c> or <c>arXiv</c>, else its title or name.
    /// </summary>
    internal int? KeyLink { get; set; }

    /// <summary>The catalog the entry is in (its root's <c>All</c>), set by generated code; null for a paper made by hand.</summary>
    internal Func<IReadOnlyList<Paper>>? Catalog { get; set; }

    /// <summary>
    /// The paper's code on GitHub (<c>owner/name</c>): the repository of the link labelled Code, else of
    /// the first GitHub link to a repository rather than to one file in it (reading notes often are). Null when none.
    /// </summary>
    public string? GitHubRepository => CodeRepository(Links);

    /// <summary>
    /// The cells of columns the catalog does not know (neither name, venue, institutions, links, remarks, title nor date),
    /// by header, case-insensitive (<c>Columns["stars"]</c> finds <c>Stars</c>); empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns
    {
        get => _columns;
        init => _columns = value is null || value.Count == 0 ? NoColumns : new ReadOnlyDictionary<string, string>(ToDictionary(value));
    }

    /// <summary>The Markdown file the entry comes from, relative to the project, with forward slashes; empty by default.</summary>
    public string SourceFile
    {
        get => _sourceFile;
        init => _sourceFile = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The one-based line of the entry in <see cref="SourceFile"/>, or 0 when not known.</summary>
    public int SourceLine { get; init; }

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

    /// <summary>Equal when both are the same entry of a list: the same <see cref="SourceFile"/>, <see cref="SourceLine"/> and <see cref="Name"/>.</summary>
    public bool Equals(Paper? other) =>
        other is not null && SourceLine == other.SourceLine && string.Equals(SourceFile, other.SourceFile, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Paper);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(SourceFile) * 397) ^ SourceLine ^ StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>The same entry of a list (see <see cref="Equals(Paper)"/>).</summary>
    public static bool operator ==(Paper? left, Paper? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not the same entry of a list.</summary>
    public static bool operator !=(Paper? left, Paper? right) => !(left == right);

    /// <summary>The name, with the venue when there is one: <c>Orca (OSDI 2022)</c>.</summary>
    public override string ToString() => Venue is null ? Name : $"{Name} ({Venue.Text})";

    private string MakeKey()
    {
        if (KeyLink is { } chosen)
        {
            return chosen >= 0 && chosen < Links.Count && PaperKeys.OfPaperLink(Links[chosen].Url) is { } fromLink ? fromLink : PaperKeys.OfText(Title, Name);
        }

        return PaperKeys.OfEntry(Links, static link => link.Url, static (link, _) => link.Label.Trim().ToLowerInvariant() is "paper" or "pdf" or "arxiv", Title, Name).Key;
    }

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
        // By header, case-insensitive as FindLink is: | Stars | and | stars | are one column to a reader.
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in columns)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
