using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Model;

/// <summary>How one catalog file is generated: from item metadata and build properties.</summary>
/// <param name="ClassName">The root class (<c>Papers</c> unless the item says otherwise).</param>
/// <param name="Namespace">The namespace of the root class; empty for the global namespace.</param>
/// <param name="IsPublic">Whether the generated classes are public (else internal).</param>
/// <param name="RelativePath">The file's path relative to the project, with forward slashes.</param>
/// <param name="BaseUrl">The URL relative links resolve against (with <paramref name="RepositoryPath"/>), or empty to keep them relative.</param>
/// <param name="RepositoryPath">The file's path in its repository, which relative links are relative to.</param>
/// <param name="NameColumn">The header of the column that names entries, or empty for the usual headers.</param>
internal sealed record CatalogOptions(
    string ClassName,
    string Namespace,
    bool IsPublic,
    string RelativePath,
    string BaseUrl = "",
    string RepositoryPath = "",
    string NameColumn = "");

/// <summary>Everything the emitter needs to write the source of one catalog file. Equatable by value.</summary>
/// <param name="FileKey">An identifier unique to the file (from its relative path), used for hidden members and hint names.</param>
/// <param name="Title">The document title (the <c>#</c> heading), if any.</param>
/// <param name="Sections">Every section that generates a class, parents before children.</param>
/// <param name="Entries">Every generated entry, in document order.</param>
internal sealed record CatalogFileSpec(
    CatalogOptions Options,
    string FileKey,
    string? Title,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<EntrySpec> Entries)
{
    /// <summary>What the root index needs to know of this file: changes only when its sections do.</summary>
    public CatalogShape ToShape()
    {
        var sections = new SectionShape[Sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            var section = Sections[i];
            sections[i] = new SectionShape(section.Title, section.Identifier, section.Parent);
        }

        return new CatalogShape(Options, FileKey, Title, sections.ToEquatableArray());
    }
}

/// <summary>A section (heading) that becomes a nested static class.</summary>
/// <param name="Parent">Index of the parent section in <see cref="CatalogFileSpec.Sections"/>, or -1 for the root class.</param>
/// <param name="Ranges">The runs of <see cref="CatalogFileSpec.Entries"/> that lie in this section and its subsections.</param>
internal sealed record SectionSpec(string Title, string Identifier, int Parent, EquatableArray<EntryRange> Ranges) : ISectionNode;

/// <summary>A run of consecutive entries.</summary>
internal readonly record struct EntryRange(int Start, int Count);

/// <summary>One entry (a table row, a list item) that becomes an entry class.</summary>
/// <param name="Section">Index of the section in <see cref="CatalogFileSpec.Sections"/>, or -1 for the root class.</param>
/// <param name="Title">The title: a Title or Paper column that is not the name column, or a list item's whole title.</param>
/// <param name="Remarks">The remarks; a list item's sub-items one per line.</param>
/// <param name="Authors">The authors, one name each.</param>
/// <param name="Tags">Bracketed tags of the name cell that are not the name (<c>[Continuous Batching] Orca: …</c>).</param>
/// <param name="Year">The year from a Date column, else from the venue; 0 when neither has one.</param>
/// <param name="Month">The month from a Date column, or 0.</param>
/// <param name="Columns">The cells of columns the catalog does not know.</param>
/// <param name="Line">The one-based line of the row or item in the Markdown file.</param>
/// <param name="Key">The paper's key (<c>PaperKeys.OfEntry</c>; the runtime's <c>Paper.Key</c> makes the same from the same fields).</param>
/// <param name="KeyLink">The link <paramref name="Key"/> comes from, or -1 for the title or name: written in the entry data.</param>
internal sealed record EntrySpec(
    string Identifier,
    string Name,
    int Section,
    string? Title,
    VenueSpec? Venue,
    EquatableArray<string> Institutions,
    string? Remarks,
    EquatableArray<string> Authors,
    EquatableArray<string> Tags,
    EquatableArray<LinkSpec> Links,
    int Year,
    int Month,
    EquatableArray<ColumnValue> Columns,
    int Line,
    string Key,
    int KeyLink);

/// <summary>The venue cell: its text, the link it holds, and its parts when it parses.</summary>
/// <param name="Name">The normalized name, or null when the venue does not parse (PCAT401).</param>
/// <param name="Year">The year, or 0.</param>
internal sealed record VenueSpec(string Text, string? Url, string? Name, int Year, VenueKind Kind, string? ArxivId, string? Detail)
{
    /// <summary>What two venues must share to be the same venue (the runtime's <c>Venue.Equals</c>).</summary>
    public string? IdentityText => Name is null ? null : Detail is null ? $"{Name} {Year}" : $"{Name} {Year} {Detail}";
}

/// <summary>A cell of a column the catalog does not know, kept under its header.</summary>
/// <param name="MemberName">The entry's constant for it, or null when the header makes no usable identifier.</param>
internal sealed record ColumnValue(string Header, string Value, string? MemberName);

/// <summary>A labelled link of an entry.</summary>
/// <param name="MemberName">The name of the generated <c>…Url</c> constant, or null when none is generated.</param>
internal sealed record LinkSpec(string Label, string Url, string? MemberName);

/// <summary>The part of a file's spec that the root index (the <c>All</c> lists) depends on.</summary>
internal sealed record CatalogShape(CatalogOptions Options, string FileKey, string? Title, EquatableArray<SectionShape> Sections);

internal sealed record SectionShape(string Title, string Identifier, int Parent) : ISectionNode;

/// <summary>A section as a node of its file's tree of sections.</summary>
internal interface ISectionNode
{
    /// <summary>The section's class name.</summary>
    string Identifier { get; }

    /// <summary>Index of the parent section among the file's sections (parents come first), or -1 for the root class.</summary>
    int Parent { get; }
}
