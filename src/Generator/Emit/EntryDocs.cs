using System.Text;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emit;

/// <summary>The summary of an entry class: the whole row on one line, so a hover on the class tells the paper.</summary>
internal static class EntryDocs
{
    private const string Separator = " | ";

    /// <summary>
    /// <c>&lt;b&gt;Orca&lt;/b&gt; | OSDI 2022 | title | institutions | authors | tags | remarks</c>, escaped. The links are
    /// not in it: each is a constant whose hover shows its URL, and as <c>see href</c> elements they were a fifth of a
    /// real list's compile with a documentation file (README, Performance).
    /// </summary>
    public static string Summary(EntrySpec entry)
    {
        var summary = new StringBuilder("<b>").Append(Literals.Xml(entry.Name)).Append("</b>");
        if (entry.Venue is { } venue)
        {
            summary.Append(Separator).Append(Literals.Xml(venue.Text));
        }

        Part(summary, entry.Title);
        Part(summary, entry.Institutions.IsEmpty ? null : string.Join("; ", entry.Institutions));
        Part(summary, entry.Authors.IsEmpty ? null : string.Join(", ", entry.Authors));
        Part(summary, entry.Tags.IsEmpty ? null : string.Join("; ", entry.Tags));
        Part(summary, entry.Remarks);
        return summary.ToString();
    }

    // A cell written on several lines (a <br> in a table, a list item's lines) keeps its breaks in the hover.
    private static void Part(StringBuilder summary, string? text)
    {
        if (text is null)
        {
            return;
        }

        summary.Append(Separator);
        var lines = text.Split(LineEnds, System.StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            summary.Append(i > 0 ? "<br/>" : string.Empty).Append(Literals.Xml(lines[i]));
        }
    }

    private static readonly string[] LineEnds = { "\r\n", "\n", "\r" };
}
