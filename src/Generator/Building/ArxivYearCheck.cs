using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Checks an entry's years against its own arXiv identifier, which says when the preprint was first posted
/// (<c>2305.…</c>: May 2023), offline. What cannot be true is a warning (PCAT404): a preprint venue's year before it,
/// a date a year or more before it. What often is true is information (PCAT405): a conference or journal year before
/// it (papers are posted after they appear), a date less than a year before it (lists date a project by its release,
/// its code or blog, which often precede the paper).
/// </summary>
internal static class ArxivYearCheck
{
    /// <summary>For a date (a Date column, a date prefix) before the arXiv identifier's month: PCAT404 or PCAT405; else null.</summary>
    public static DiagnosticMessage? OfDate(string written, int year, int month, string? arxivId, string entry, string section)
    {
        var arxivYear = LinkClassifier.ArxivYear(arxivId);
        if (year <= 0 || arxivYear == 0 || year >= arxivYear)
        {
            return null;
        }

        // A date of a year only may be its December: the least gap it can have.
        var monthsBefore = EarliestMonth(arxivId!) - ((year * 12) + (month > 0 ? month : 12) - 1);
        return monthsBefore >= 12
            ? DiagnosticMessages.YearBeforePreprint(what: "date", written, entry, section, year, arxivId!, arxivYear)
            : DiagnosticMessages.PublishedBeforePreprint(what: "date", written, entry, section, year, arxivId!, arxivYear, likely: "released before its preprint");
    }

    /// <summary>PCAT404 for a preprint venue, PCAT405 for another venue, whose year is earlier than the arXiv identifier's; else null.</summary>
    public static DiagnosticMessage? OfVenue(VenueSpec venue, string? arxivId, string entry, string section)
    {
        var arxivYear = LinkClassifier.ArxivYear(arxivId);
        if (venue.Name is null || venue.Year == 0 || arxivYear == 0 || venue.Year >= arxivYear)
        {
            return null;
        }

        if (venue.Kind == VenueKind.Preprint && venue.Year < EarliestMonth(arxivId!) / 12)
        {
            return DiagnosticMessages.YearBeforePreprint(what: "preprint venue", venue.Text, entry, section, venue.Year, arxivId!, arxivYear);
        }

        return DiagnosticMessages.PublishedBeforePreprint(
            what: "venue", venue.Text, entry, section, venue.Year, arxivId!, arxivYear,
            likely: venue.Kind == VenueKind.Preprint ? "submitted in the last days of the year before" : "posted after it appeared");
    }

    /// <summary>
    /// The earliest month the preprint can have been submitted in, as year * 12 + month - 1: the identifier's month, or
    /// the one before for the first thousand numbers of a month (<c>2401.00466</c>), which submissions of its last days take.
    /// </summary>
    private static int EarliestMonth(string id)
    {
        var month = (LinkClassifier.ArxivYear(id) * 12) + ArxivMonth(id) - 1;
        var dot = id.IndexOf('.');
        var number = dot > 0 && dot + 1 < id.Length && int.TryParse(id.Substring(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        var digits = dot > 0 ? id.Length - dot - 1 : 0;
        return number < (digits == 5 ? 1000 : 100) ? month - 1 : month;
    }

    /// <summary>The month of an identifier (<c>2305.05920</c> → 5, <c>cs/0112017</c> → 12), or 1 when it does not say.</summary>
    private static int ArxivMonth(string id)
    {
        var start = id.IndexOf('/') + 1;
        return id.Length >= start + 4 && char.IsDigit(id[start + 2]) && char.IsDigit(id[start + 3])
            ? ((id[start + 2] - '0') * 10) + (id[start + 3] - '0')
            : 1;
    }
}
