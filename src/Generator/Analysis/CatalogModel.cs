using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>
/// What only the whole catalog knows: entries that clash across files (they get no class), the
/// lookup classes of each root (venues, institutions, years), and the problems found, which point at
/// files and entries by index, not by location, so this model does not change when lines move.
/// </summary>
internal sealed record CatalogModel(
    EquatableArray<FileSkips> Skips,
    EquatableArray<LookupIndexSpec> Lookups,
    EquatableArray<CatalogProblem> Problems);

internal enum SiteKind
{
    EntryName,
    EntryVenue,
    EntryInstitution,

    /// <summary>The <see cref="SiteRef.Item"/>-th link of an entry.</summary>
    EntryLink,
    Section,
}

/// <summary>A place in a file by index: an entry's name, venue, n-th institution or n-th link, or a section's heading.</summary>
internal readonly record struct SiteRef(string FileKey, SiteKind Kind, int Index, int Item = 0);

/// <summary>A diagnostic the whole catalog found, with its places by reference; see <see cref="ProblemLocator"/>.</summary>
/// <param name="Replace">A fix: the text to replace inside the site, and what to write instead (a link's URL), or null.</param>
internal sealed record CatalogProblem(DiagnosticMessage Message, SiteRef Site, SiteRef? Other, (string Old, string New)? Replace = null);
