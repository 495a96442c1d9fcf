using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperCatalog.CodeGeneration;

public static partial class CatalogSupport
{
    // Most entries have no unknown column: they share this one (Paper keeps no reference to an empty one).
    private static readonly Dictionary<string, string> NoColumns = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds entries from the compact text the generator writes for them. Generated catalogs carry their
    /// <see cref="Paper"/> data as string literals decoded here, rather than as code: a 20,000-entry
    /// catalog then has no large methods for the JIT to compile on first use, and compiles faster.
    /// </summary>
    /// <param name="entries">The array to fill.</param>
    /// <param name="start">The index of the first entry in <paramref name="data"/>.</param>
    /// <param name="data">Entries in the format of <see cref="EntryDataFormat"/> (internal: the generated code and this
    /// library agree on it, and the data says its version).</param>
    /// <param name="context">What the file's chunks share: the strings read so far, the section paths, the file.</param>
    public static void ReadEntries(Paper[] entries, int start, string data, EntryDataContext context)
    {
        var reader = new EntryDataReader(data, context.Strings);
        var sections = context.Sections;
        var sourceFile = context.SourceFile;
        for (var index = start; !reader.AtEnd; index++)
        {
            var name = reader.String()!;
            var title = reader.String();
            var section = reader.Number();
            Venue? venue = null;
            if (reader.TryMarker(EntryDataFormat.VenueFollows))
            {
                var text = reader.String()!;
                var url = reader.String();
                var venueName = reader.String();
                var year = reader.Number();
                var kind = (VenueKind)reader.Number();
                venue = CreateVenue(text, url, venueName, year, kind, reader.String(), reader.String());
            }

            var institutions = reader.Strings();

            var remarks = reader.String();
            var authors = reader.Strings();
            var tags = reader.Strings();

            var links = new Link[reader.Number()];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = new Link(reader.String()!, reader.String()!);
            }

            var keyLink = reader.Number() - 1;
            var entryYear = reader.Number();
            var month = reader.Number();
            Dictionary<string, string>? columns = null;
            var columnCount = reader.Number();
            for (var i = 0; i < columnCount; i++)
            {
                (columns ??= new Dictionary<string, string>(StringComparer.Ordinal))[reader.String()!] = reader.String()!;
            }

            entries[index] = new Paper(name)
            {
                Title = title,
                SectionPath = section >= 0 ? sections[section] : Array.Empty<string>(),
                Venue = venue,
                Institutions = institutions,
                Remarks = remarks,
                Authors = authors,
                Tags = tags,
                Links = links,
                // The data leaves out a year that is the venue's (it is written once, in the venue).
                Year = entryYear > 0 ? entryYear : venue?.Year,
                Month = month > 0 ? month : null,
                Columns = columns ?? NoColumns,
                SourceFile = sourceFile,
                SourceLine = reader.Number(),
                Catalog = context.Catalog,
                KeyLink = keyLink,
            };
        }
    }
}
