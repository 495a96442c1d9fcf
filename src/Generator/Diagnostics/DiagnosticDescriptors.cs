using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// Every diagnostic PaperCatalog reports: one ID prefix (<c>PCAT</c>), a stable category per kind of
/// problem, and a help page under <c>docs/diagnostics/</c>. IDs never change meaning; a retired ID is
/// not reused. The hundreds digit is the category.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the help pages are: from the build's <c>PaperCatalogRepositoryUrl</c> (Directory.Build.props).</summary>
    public static readonly string HelpLinkBase = ReadHelpLinkBase();

    // Filled by Create as the fields below are initialized (in the order they are written, after this one):
    // the catalog is whatever is declared here, with no second list to keep in step.
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new();

    private const string FileCategory = "PaperCatalog.File";
    private const string TableCategory = "PaperCatalog.Table";
    private const string EntryCategory = "PaperCatalog.Entry";
    private const string LinkCategory = "PaperCatalog.Link";
    private const string VenueCategory = "PaperCatalog.Venue";
    private const string OrderCategory = "PaperCatalog.Order";

    public static readonly DiagnosticDescriptor FileUnreadable = Create(
        "PCAT001", FileCategory, DiagnosticSeverity.Warning,
        "Paper catalog cannot be read",
        "The paper catalog '{0}' cannot be read; check that the file exists and that the PaperCatalog item points at it");

    public static readonly DiagnosticDescriptor FileEmpty = Create(
        "PCAT002", FileCategory, DiagnosticSeverity.Warning,
        "Paper catalog is empty",
        "The paper catalog '{0}' is empty, so it generates nothing");

    public static readonly DiagnosticDescriptor NoEntries = Create(
        "PCAT003", FileCategory, DiagnosticSeverity.Warning,
        "Paper catalog has no tables or lists",
        "The paper catalog '{0}' has no pipe or HTML table and no bullet list, so it generates no entries");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "PCAT004", FileCategory, DiagnosticSeverity.Error,
        "Invalid PaperCatalog item metadata",
        "The {0} '{1}' of the paper catalog '{2}' is not a valid {3}; {4} is used instead");

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "PCAT005", FileCategory, DiagnosticSeverity.Error,
        "PaperCatalog failed on a catalog",
        "PaperCatalog failed on '{0}' and generated nothing for it: {1}. Please report this with the Markdown file.");

    public static readonly DiagnosticDescriptor NestedTooDeeply = Create(
        "PCAT006", FileCategory, DiagnosticSeverity.Error,
        "Markdown nested too deeply",
        "The paper catalog '{0}' nests blocks (quotes, lists) too deeply for the Markdown parser, so nothing of it is generated: {1}");

    public static readonly DiagnosticDescriptor RowCellCount = Create(
        "PCAT101", TableCategory, DiagnosticSeverity.Warning,
        "Row has more cells than its header",
        "A row in section '{2}' has {0} cells where its header has {1}, and GitHub does not show the cells beyond the header: {3} is not on the page; {4}");

    public static readonly DiagnosticDescriptor BlankHeaderCell = Create(
        "PCAT102", TableCategory, DiagnosticSeverity.Error,
        "Header cell is empty",
        "Header cell {0} of {1} in the table of section '{2}' is empty; give the column a name such as Remarks");

    public static readonly DiagnosticDescriptor NoNameColumn = Create(
        "PCAT103", TableCategory, DiagnosticSeverity.Warning,
        "Table has no column that names entries",
        "The table in section '{0}' has no column that names entries, so it is skipped; its headers are {1}; name one column Name or Title, or put <!-- papercatalog name-column: … --> before the table");

    public static readonly DiagnosticDescriptor MalformedHtml = Create(
        "PCAT104", TableCategory, DiagnosticSeverity.Error,
        "Malformed HTML in a table or an entry",
        "Malformed HTML in section '{0}': {1}");

    public static readonly DiagnosticDescriptor NotATable = Create(
        "PCAT105", TableCategory, DiagnosticSeverity.Warning,
        "Text looks like a pipe table but is not one",
        "This looks like a pipe table in section '{0}', but its header has {1} cells and the delimiter row under it {2}, so GitHub shows it as text and no entries are generated");

    public static readonly DiagnosticDescriptor PaperLinkNotRead = Create(
        "PCAT210", EntryCategory, DiagnosticSeverity.Info,
        "List item links a paper but is no entry",
        "The item '{1}' in section '{0}' links a paper but holds no title of its own and no entry under it, so no entry is generated for it");

    public static readonly DiagnosticDescriptor EntryWithoutName = Create(
        "PCAT201", EntryCategory, DiagnosticSeverity.Error,
        "Entry has no name",
        "{0} in section '{1}' has an empty {2}, so the entry has no name");

    public static readonly DiagnosticDescriptor NameWithoutIdentifier = Create(
        "PCAT202", EntryCategory, DiagnosticSeverity.Error,
        "Name maps to no C# identifier",
        "The {0} '{1}' in section '{2}' maps to no C# identifier: {3}");

    public static readonly DiagnosticDescriptor DuplicateIdentifier = Create(
        "PCAT203", EntryCategory, DiagnosticSeverity.Warning,
        "Two entries of one section have names that make one identifier",
        "'{0}' in section '{1}' maps to the identifier '{2}', which {3} already has in the same section; its class is {4}");

    public static readonly DiagnosticDescriptor MemberCollision = Create(
        "PCAT204", EntryCategory, DiagnosticSeverity.Warning,
        "Generated name collides with a generated member",
        "'{0}' in section '{1}' maps to the identifier '{2}', which collides with {3}; {4}");

    public static readonly DiagnosticDescriptor DuplicatePaper = Create(
        "PCAT208", EntryCategory, DiagnosticSeverity.Warning,
        "The same paper twice in one section",
        "'{0}' in section '{1}' is the paper {2} already lists in this section (both are {3}){4}; its class is {5}");

    public static readonly DiagnosticDescriptor PaperInAnotherSection = Create(
        "PCAT209", EntryCategory, DiagnosticSeverity.Info,
        "The same paper in another section",
        "'{0}' in section '{1}' is the paper {2} lists in section '{3}' (both are {4}); Paper.AlsoIn gives each the other");

    public static readonly DiagnosticDescriptor LookupCollision = Create(
        "PCAT206", EntryCategory, DiagnosticSeverity.Warning,
        "Name cannot get a lookup class of its own",
        "The {0} '{1}' of '{2}' cannot get a class of its own in {3}: {4}");

    public static readonly DiagnosticDescriptor EmptyLinkTarget = Create(
        "PCAT301", LinkCategory, DiagnosticSeverity.Error,
        "Link has no target",
        "The link '{0}' of '{1}' in section '{2}' has an empty target");

    public static readonly DiagnosticDescriptor PlaceholderLinkTarget = Create(
        "PCAT302", LinkCategory, DiagnosticSeverity.Error,
        "Link target is a placeholder",
        "The link '{0}' of '{1}' in section '{2}' points at the placeholder '{3}', not at a page; put the real URL or remove the link");

    public static readonly DiagnosticDescriptor InvalidLinkTarget = Create(
        "PCAT303", LinkCategory, DiagnosticSeverity.Error,
        "Link target is not a URL",
        "The link '{0}' of '{1}' in section '{2}' has the target '{3}', which is {4}; use an absolute http(s) URL or a relative path");

    public static readonly DiagnosticDescriptor LinkWithoutLabel = Create(
        "PCAT304", LinkCategory, DiagnosticSeverity.Error,
        "Link has no label",
        "A link of '{0}' in section '{1}' has no label{2}, so it gets no constant; give it a label such as Paper or Code");

    public static readonly DiagnosticDescriptor DuplicateLinkLabel = Create(
        "PCAT305", LinkCategory, DiagnosticSeverity.Info,
        "Two links of one entry have the same label",
        "'{0}' in section '{1}' has more than one link labelled '{2}': this one's constant is {3}");

    public static readonly DiagnosticDescriptor MarkdownLinkOutsideCatalog = Create(
        "PCAT306", LinkCategory, DiagnosticSeverity.Warning,
        "Relative link to a page beside the catalog that is not a catalog item",
        "The link '{0}' of '{1}' in section '{2}' points at '{3}', a Markdown file in a folder of the catalog's files that is not a PaperCatalog item; add it to the catalog if it is a paper list, or give the item a BaseUrl to make the link an absolute URL");

    public static readonly DiagnosticDescriptor RelativeLinks = Create(
        "PCAT307", LinkCategory, DiagnosticSeverity.Info,
        "Relative links stay relative",
        "{0} link(s) of the paper catalog '{1}' are relative paths and stay as written (the first: '{2}' of '{3}'); give the PaperCatalog item a BaseUrl (and a RepositoryPath, if the file sits elsewhere in its repository) to make them absolute URLs");

    public static readonly DiagnosticDescriptor LinkShownAsText = Create(
        "PCAT308", LinkCategory, DiagnosticSeverity.Warning,
        "Link written so that GitHub shows it as text",
        "'{0}' is text on GitHub, not a link: {1}; write {2}");

    public static readonly DiagnosticDescriptor ArxivLinkForm = Create(
        "PCAT309", LinkCategory, DiagnosticSeverity.Info,
        "arXiv link to a version or the PDF where another entry links the abstract",
        "The link '{0}' of '{1}' in section '{2}' is {3} of arXiv {4}, where {5} links its abstract; write {6}");

    public static readonly DiagnosticDescriptor InvalidVenue = Create(
        "PCAT401", VenueCategory, DiagnosticSeverity.Error,
        "Venue is malformed",
        "The venue '{0}' of '{1}' in section '{2}' is malformed: {3}");

    public static readonly DiagnosticDescriptor EmptyVenue = Create(
        "PCAT402", VenueCategory, DiagnosticSeverity.Info,
        "Venue is empty",
        "'{0}' in section '{1}' has an empty venue");

    public static readonly DiagnosticDescriptor InvalidDate = Create(
        "PCAT403", VenueCategory, DiagnosticSeverity.Error,
        "Date does not parse",
        "The date '{0}' of '{1}' in section '{2}' does not parse: {3}");

    public static readonly DiagnosticDescriptor YearBeforePreprint = Create(
        "PCAT404", VenueCategory, DiagnosticSeverity.Warning,
        "Year earlier than the paper's arXiv identifier",
        "The {0} '{1}' of '{2}' in section '{3}' says {4}, but its arXiv identifier {5} was given in {6}");

    public static readonly DiagnosticDescriptor PublishedBeforePreprint = Create(
        "PCAT405", VenueCategory, DiagnosticSeverity.Info,
        "Year plausibly earlier than the paper's arXiv identifier",
        "The {0} '{1}' of '{2}' in section '{3}' says {4}, and its arXiv identifier {5} was given in {6}: {7}, or the wrong link");

    public static readonly DiagnosticDescriptor OutOfOrder = Create(
        "PCAT501", OrderCategory, DiagnosticSeverity.Warning,
        "Entry out of the declared order",
        "'{0}' in section '{1}' is out of the order its list declares ({2}): it belongs {3}");

    public static readonly DiagnosticDescriptor InvalidOrder = Create(
        "PCAT502", OrderCategory, DiagnosticSeverity.Warning,
        "Order comment not understood",
        "The comment '{0}' declares no order: {1}; write 'papercatalog order: year desc' (year, date, title or name; asc or desc)");

    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Find(string id) => ById[id];

    private static string ReadHelpLinkBase()
    {
        foreach (var attribute in typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false))
        {
            if (attribute is AssemblyMetadataAttribute { Key: "HelpLinkBase", Value: { } value })
            {
                return value;
            }
        }

        return string.Empty;
    }

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message)
    {
        var descriptor = new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
        ById.Add(id, descriptor);
        return descriptor;
    }
}
