using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperCatalog;

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
    /// <param name="data">
    /// Entries one after another. A string is its length, <c>:</c> and its characters, or <c>^</c>, the number of
    /// a string met before in the file and <c>;</c>; a missing string is <c>-</c>; a number is its decimal digits
    /// and <c>;</c>. An entry is: name, title (or -), section index (-1 for none), venue (<c>-</c>, or <c>V</c>
    /// then text, url, name, year, kind, arXiv id, detail), institution count and institutions, remarks, author
    /// count and authors, tag count and tags, link count and (label, url) pairs, year, month (0 for none),
    /// column count and (header, value) pairs, and the source line.
    /// </param>
    /// <param name="strings">The file's strings so far, by number: filled as the file's data is read, chunk after chunk.</param>
    /// <param name="sections">The section paths that section indexes refer to.</param>
    /// <param name="sourceFile">The Markdown file of the entries.</param>
    public static void ReadEntries(Paper[] entries, int start, string data, List<string> strings, string[][] sections, string sourceFile)
    {
        var reader = new EntryReader(data, strings);
        for (var index = start; !reader.AtEnd; index++)
        {
            var name = reader.String()!;
            var title = reader.String();
            var section = reader.Number();
            Venue? venue = null;
            if (reader.TryMarker('V'))
            {
                var text = reader.String()!;
                var url = reader.String();
                var venueName = reader.String();
                var year = reader.Number();
                var kind = (VenueKind)reader.Number();
                venue = new Venue(text, url, venueName, year > 0 ? year : null, kind, reader.String(), reader.String());
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
            };
        }
    }

    private struct EntryReader
    {
        private readonly string _data;
        private readonly List<string> _strings;
        private int _position;

        public EntryReader(string data, List<string> strings)
        {
            _data = data;
            _strings = strings;
            _position = 0;
        }

        public readonly bool AtEnd => _position >= _data.Length;

        public bool TryMarker(char marker)
        {
            if (_data[_position] == marker)
            {
                _position++;
                return true;
            }

            // The other choice is '-' (none).
            _position++;
            return false;
        }

        public string? String()
        {
            switch (_data[_position])
            {
                case '-':
                    _position++;
                    return null;
                case '^':
                    _position++;
                    return _strings[Number()];
            }

            var colon = _data.IndexOf(':', _position);
            var length = int.Parse(_data.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture);
            var value = _data.Substring(colon + 1, length);
            _position = colon + 1 + length;
            _strings.Add(value);
            return value;
        }

        public string[] Strings()
        {
            var count = Number();
            if (count == 0)
            {
                return Array.Empty<string>();
            }

            var values = new string[count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String()!;
            }

            return values;
        }

        public int Number()
        {
            var semicolon = _data.IndexOf(';', _position);
            var value = int.Parse(_data.Substring(_position, semicolon - _position), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            _position = semicolon + 1;
            return value;
        }
    }
}
