using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes an entry in the order <see cref="EntryDataFormat"/> defines, which the runtime's
/// <c>CatalogSupport.ReadEntries</c> reads. Strings are length-prefixed, so no character needs escaping beyond
/// what the C# literal around the text does.
/// </summary>
internal static class EntryData
{
    public static void Write(EntryDataWriter data, EntrySpec entry)
    {
        void Strings(EquatableArray<string> values)
        {
            data.Number(values.Count);
            foreach (var value in values)
            {
                data.String(value);
            }
        }

        data.String(entry.Name);
        data.String(entry.Title);
        data.Number(entry.Section);
        if (entry.Venue is { } venue)
        {
            data.Marker(EntryDataFormat.VenueFollows);
            data.String(venue.Text);
            data.String(venue.Url);
            data.String(venue.Name);
            data.Number(venue.Year);
            data.Number((int)venue.Kind);
            data.String(venue.ArxivId);
            data.String(venue.Detail);
        }
        else
        {
            data.Marker(EntryDataFormat.Missing);
        }

        Strings(entry.Institutions);
        data.String(entry.Remarks);
        Strings(entry.Authors);
        Strings(entry.Tags);
        data.Number(entry.Links.Count);
        foreach (var link in entry.Links)
        {
            data.String(link.Label);
            data.String(link.Url);
        }

        data.Number(entry.KeyLink + 1);

        // The reader takes the venue's year when the entry's is 0: said once when they agree.
        data.Number(entry.Venue is { } dated && dated.Year == entry.Year ? 0 : entry.Year);
        data.Number(entry.Month);
        data.Number(entry.Columns.Count);
        foreach (var column in entry.Columns)
        {
            data.String(column.Header);
            data.String(column.Value);
        }

        data.Number(entry.Line);
    }
}
