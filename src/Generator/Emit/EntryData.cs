using System.Globalization;
using System.Text;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes entries in the compact text that the runtime's <c>CatalogSupport.ReadEntries</c> decodes (its
/// documentation describes the format). Strings are length-prefixed, so no character needs escaping
/// beyond what the C# literal around the text does; a string met before in the file (a venue, an
/// institution, a label) is written as its number in the file's table.
/// </summary>
internal static class EntryData
{
    /// <summary>The strings a file's data has written, by number: what later entries refer back to.</summary>
    internal sealed class StringTable
    {
        private readonly System.Collections.Generic.Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);

        /// <summary>The string's number if it was written before; else -1, and it takes the next number.</summary>
        public int Find(string value)
        {
            if (_numbers.TryGetValue(value, out var number))
            {
                return number;
            }

            _numbers.Add(value, _numbers.Count);
            return -1;
        }
    }

    public static void Write(StringBuilder data, EntrySpec entry, StringTable table)
    {
        void String(string? value) => WriteString(data, value, table);
        void Strings(EquatableArray<string> values)
        {
            Number(data, values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        String(entry.Name);
        String(entry.Title);
        Number(data, entry.Section);
        if (entry.Venue is { } venue)
        {
            data.Append('V');
            String(venue.Text);
            String(venue.Url);
            String(venue.Name);
            Number(data, venue.Year);
            Number(data, (int)venue.Kind);
            String(venue.ArxivId);
            String(venue.Detail);
        }
        else
        {
            data.Append('-');
        }

        Strings(entry.Institutions);
        String(entry.Remarks);
        Strings(entry.Authors);
        Strings(entry.Tags);
        Number(data, entry.Links.Count);
        foreach (var link in entry.Links)
        {
            String(link.Label);
            String(link.Url);
        }

        // The runtime takes the venue's year when the entry's is 0: said once when they agree.
        Number(data, entry.Venue is { } dated && dated.Year == entry.Year ? 0 : entry.Year);
        Number(data, entry.Month);
        Number(data, entry.Columns.Count);
        foreach (var column in entry.Columns)
        {
            String(column.Header);
            String(column.Value);
        }

        Number(data, entry.Line);
    }

    private static void WriteString(StringBuilder data, string? value, StringTable table)
    {
        if (value is null)
        {
            data.Append('-');
            return;
        }

        var number = table.Find(value);
        if (number >= 0)
        {
            data.Append('^').Append(number.ToString(CultureInfo.InvariantCulture)).Append(';');
            return;
        }

        data.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static void Number(StringBuilder data, int value) =>
        data.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
}
