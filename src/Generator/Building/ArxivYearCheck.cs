using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Checks an entry's years against its own arXiv identifier, which says when the preprint was first posted
/// (<c>2305.…</c>: May 2023), offline. A date or a preprint's year before it contradicts the link: a warning
/// (PCAT404). A conference or journal year before it is often true (papers are posted after they appear): information (PCAT405).
/// </summary>
internal static class ArxivYearCheck
{
    /// <summary>PCAT404 for a date (a Date column, a date prefix) earlier than the arXiv identifier's year, else null.</summary>
    public static DiagnosticMessage? OfDate(string written, int year, string? arxivId, string entry, string section)
    {
        var arxivYear = LinkClassifier.ArxivYear(arxivId);
        return year > 0 && arxivYear > 0 && year < arxivYear
            ? DiagnosticMessages.YearBeforePreprint(what: "date", written, entry, section, year, arxivId!, arxivYear)
            : null;
    }

    /// <summary>PCAT404 for a preprint venue, PCAT405 for another venue, whose year is earlier than the arXiv identifier's; else null.</summary>
    public static DiagnosticMessage? OfVenue(VenueSpec venue, string? arxivId, string entry, string section)
    {
        var arxivYear = LinkClassifier.ArxivYear(arxivId);
        if (venue.Name is null || venue.Year == 0 || arxivYear == 0 || venue.Year >= arxivYear)
        {
            return null;
        }

        return venue.Kind == VenueKind.Preprint
            ? DiagnosticMessages.YearBeforePreprint(what: "preprint venue", venue.Text, entry, section, venue.Year, arxivId!, arxivYear)
            : DiagnosticMessages.PublishedBeforePreprint(venue.Text, entry, section, venue.Year, arxivId!, arxivYear);
    }
}
