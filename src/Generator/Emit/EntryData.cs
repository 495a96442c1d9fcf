using System.Globalization;
using System.Text;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes entries in the compact text that the runtime's <c>CatalogSupport.ReadEntries</c> decodes (its
/// documentation describes the format). Strings are length-prefixed, so no character needs escaping
/// beyond what the C# literal around the text does.
/// </summary>
internal static class EntryData
{
    public static void Write(StringBuilder data, EntrySpec entry)
    {
        String(data, entry.Name);
        String(data, entry.Title);
        Number(data, entry.Section);
        if (entry.Venue is { } venue)
        {
            data.Append('V');
            String(data, venue.Text);
            String(data, venue.Url);
            String(data, venue.Name);
            Number(data, venue.Year);
            Number(data, (int)venue.Kind);
            String(data, venue.ArxivId);
            String(data, venue.Detail);
        }
        else
        {
            data.Append('-');
        }

        Strings(data, entry.Institutions);

        String(data, entry.Remarks);
        Strings(data, entry.Authors);
        Strings(data, entry.Tags);

        Number(data, entry.Links.Count);
        foreach (var link in entry.Links)
        {
            String(data, link.Label);
            String(data, link.Url);
        }

        Number(data, entry.Year);
        Number(data, entry.Month);
        Number(data, entry.Columns.Count);
        foreach (var column in entry.Columns)
        {
            String(data, column.Header);
            String(data, column.Value);
        }

        Number(data, entry.Line);
    }

    private static void Strings(StringBuilder data, EquatableArray<string> values)
    {
        Number(data, values.Count);
        foreach (var value in values)
        {
            String(data, value);
        }
    }

    private static void String(StringBuilder data, string? value)
    {
        if (value is null)
        {
            data.Append('-');
            return;
        }

        data.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static void Number(StringBuilder data, int value) =>
        data.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
}
