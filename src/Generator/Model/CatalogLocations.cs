namespace PaperCatalog.Generator.Model;

/// <summary>
/// Where a file's sections and entries are, for diagnostics that only the whole catalog can find
/// (clashes across files, lookup collisions). Kept apart from <see cref="CatalogFileSpec"/>: a line
/// that moves changes this model, never the spec, so no code is regenerated for it.
/// </summary>
/// <param name="Sections">Heading locations, parallel to <see cref="CatalogFileSpec.Sections"/>.</param>
/// <param name="Entries">Entry locations, parallel to <see cref="CatalogFileSpec.Entries"/>.</param>
internal sealed record FileLocations(
    string FileKey,
    EquatableArray<LocationInfo> Sections,
    EquatableArray<EntryLocations> Entries);

/// <summary>Where an entry's name cell, venue cell, institutions and links (parallel to its spec's links) are.</summary>
internal sealed record EntryLocations(LocationInfo Name, LocationInfo? Venue, EquatableArray<LocationInfo> Institutions, EquatableArray<LocationInfo> Links);

/// <summary>A link kept relative that points at a Markdown file: the catalog checks that the file is one of its items.</summary>
/// <param name="TargetPath">The linked file's path relative to the project, normalized (no <c>./</c> or <c>../</c> inside).</param>
internal sealed record MarkdownLinkFact(string TargetPath, string Written, string Label, string EntryName, string Section, LocationInfo Location);
