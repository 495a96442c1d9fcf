using System.Text;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Emit;

/// <summary>The XML documentation of an entry class: the whole row, so a hover on the class tells the paper.</summary>
internal static class EntryDocs
{
    public static void WriteSummary(SourceWriter writer, CatalogFileSpec spec, EntrySpec entry)
    {
        writer.WriteLine("/// <summary>");
        var headline = new StringBuilder("<b>").Append(Literals.Xml(entry.Name)).Append("</b>");
        if (entry.Venue is { } venue)
        {
            headline.Append(", ").Append(Literals.Xml(venue.Text));
        }

        writer.WriteLine($"/// <para>{headline}</para>");
        if (entry.Title is { } title)
        {
            writer.WriteLine($"/// <para>{Literals.Xml(title)}</para>");
        }

        if (!entry.Institutions.IsEmpty)
        {
            writer.WriteLine($"/// <para>Institutions: {Literals.Xml(string.Join("; ", entry.Institutions))}</para>");
        }

        if (!entry.Authors.IsEmpty)
        {
            writer.WriteLine($"/// <para>Authors: {Literals.Xml(string.Join("; ", entry.Authors))}</para>");
        }

        if (!entry.Tags.IsEmpty)
        {
            writer.WriteLine($"/// <para>Tags: {Literals.Xml(string.Join("; ", entry.Tags))}</para>");
        }

        if (entry.Remarks is { } remarks)
        {
            writer.WriteLine($"/// <para>Remarks: {Literals.Xml(remarks)}</para>");
        }

        if (!entry.Links.IsEmpty)
        {
            var links = new StringBuilder();
            foreach (var link in entry.Links)
            {
                if (links.Length > 0)
                {
                    links.Append("; ");
                }

                links.Append(Literals.Xml(link.Label.Length > 0 ? link.Label : "(no label)")).Append(": ").Append(LinkReference(link.Url));
            }

            writer.WriteLine($"/// <para>Links: {links}</para>");
        }

        writer.WriteLine("/// </summary>");
        var section = entry.Section >= 0 ? $", section {Literals.Xml(spec.Sections[entry.Section].Title)}" : string.Empty;
        writer.WriteLine($"/// <remarks>From <c>{Literals.Xml(spec.Options.RelativePath)}</c>, line {entry.Line}{section}.</remarks>");
    }

    /// <summary>A clickable reference for absolute web links; other targets (relative paths) as code.</summary>
    public static string LinkReference(string url)
    {
        var escaped = Literals.Xml(url);
        return LinkClassifier.IsWebUrl(url) ? $"<see href=\"{escaped}\">{escaped}</see>" : $"<c>{escaped}</c>";
    }
}
