using System;
using System.Text.RegularExpressions;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// shields.io badges that state something (<c>https://img.shields.io/badge/Conference-NAACL'25%20Main-blue</c>):
/// a static badge's path is <c>label-message-color</c>, with <c>--</c> for a dash and <c>_</c> for a space.
/// </summary>
internal static class Badges
{
    private static readonly char[] PathEnd = { '?', '#', '/' };

    private static readonly string[] VenueLabels = { "conference", "publish", "published", "venue", "journal", "accepted" };

    private static readonly Regex AbbreviatedYear = new(@"'(\d{2})\b", RegexOptions.CultureInvariant);

    // "AAAI24", "arXiv24": a name with a year's last two digits glued to it.
    private static readonly Regex GluedYear = new(@"^([A-Za-z]{2,})(\d{2})$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The venue a badge states, as written (<c>NAACL'25 Main</c>) and in the form the venue grammar reads
    /// (<c>NAACL 2025 Main</c>), or false when the image is no venue badge. A badge that labels its link and names
    /// only a preprint server (<c>[![arXiv](…/badge/arXiv-b31b1b)](https://arxiv.org/abs/…)</c>) says what the link is, not where the paper appeared.
    /// </summary>
    public static bool TryReadVenue(string imageUrl, bool labelsALink, out string written, out string venue)
    {
        written = venue = string.Empty;
        const string Marker = "img.shields.io/badge/";
        var at = imageUrl.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var path = imageUrl.Substring(at + Marker.Length);
        var end = path.IndexOfAny(PathEnd);
        path = end >= 0 ? path.Substring(0, end) : path;
        var parts = Regex.Split(path.Replace("--", "\u0001"), "-");
        if (parts.Length == 2)
        {
            // "ACL'25_Main-f1b800", "AAAI24-c71585": a message and a colour, no label; a venue when a known one with its
            // year, or a preprint server ("arxiv-FAEFCA", "arXiv24-b22222" on an empty link: the year is the paper link's).
            written = Decode(parts[0]);
            venue = GluedYear.Replace(AbbreviatedYear.Replace(written, match => " 20" + match.Groups[1].Value), match => match.Groups[1].Value + " 20" + match.Groups[2].Value).Trim();
            return VenueParser.Read(venue, out var stated, out _) == VenueReading.Parsed
                && ((stated.Year > 0 && VenueParser.StartsWithKnownName(WithoutFindings(stated.Name ?? venue))) || (!labelsALink && stated.Kind == VenueKind.Preprint && TextRuns.WordCount(written) == 1));
        }

        if (parts.Length != 3)
        {
            return false;
        }

        var label = Decode(parts[0]);
        if (label.Equals("arXiv", StringComparison.OrdinalIgnoreCase) && Decode(parts[1]) is var id && IsArxivIdShape(id))
        {
            // "arXiv-2508.20033-B31B1B": the preprint and its identifier, as a venue writes them (arXiv 2508.20033).
            written = venue = label + " " + id;
            return true;
        }

        if (Array.IndexOf(VenueLabels, label.ToLowerInvariant()) < 0)
        {
            // "MICRO-2021": a venue's name as the label, its year as the message.
            // "2024-CVPR": the year as the label, the venue as the message.
            var message = Decode(parts[1]);
            written = IsYear(label) ? message + " " + label : label + " " + message;
            venue = written;
            return (IsYear(message) || IsYear(label)) && VenueParser.ReadsAsVenue(written);
        }

        written = Decode(parts[1]);
        venue = AbbreviatedYear.Replace(written, match => " 20" + match.Groups[1].Value).Trim();
        return written.Length > 0;
    }

    // Four digits, a dot, four or five digits: an identifier's shape (whether it is a valid one is the venue's to say).
    private static bool IsArxivIdShape(string text) =>
        text.Length is 9 or 10 && text[4] == '.' && Array.TrueForAll(text.Remove(4, 1).ToCharArray(), char.IsDigit);

    // "Findings@ACL 2024", "Findings of EMNLP 2021": a known conference's companion volume.
    private static string WithoutFindings(string name)
    {
        foreach (var prefix in FindingsPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(prefix.Length).TrimStart();
            }
        }

        return name;
    }

    private static readonly string[] FindingsPrefixes = { "Findings@", "Findings of the ", "Findings of ", "Findings-" };

    private static bool IsYear(string text) => text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal)) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string Decode(string part)
    {
        var text = part.Replace("\u0001", "-").Replace("__", "\u0002").Replace('_', ' ').Replace('\u0002', '_');
        try
        {
            return Uri.UnescapeDataString(text).Trim();
        }
        catch (UriFormatException)
        {
            return text.Trim();
        }
    }
}
