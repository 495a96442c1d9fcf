// Shared with the generator (compiled into both, as LinkKind.cs is): the one definition of the text that carries
// a catalog's entries from generated code to the runtime. The generator writes it (Emit/EntryData.cs), the
// runtime reads it (CatalogSupport.ReadEntries); a round-trip test holds the two to it.
using System.Collections.Generic;
using System.Globalization;
using System.Text;

#if PAPERCATALOG_GENERATOR
namespace PaperCatalog.Generator.Shared;
#else
namespace PaperCatalog.CodeGeneration;
#endif

/// <summary>
/// The entry data format. A chunk of data opens with the format's version and <c>|</c>, then entries one after
/// another. A string is its length, <c>:</c> and its characters, or <c>^</c>, the number of a string met before in
/// the file and <c>;</c>; a missing string is <c>-</c>; a number is its decimal digits and <c>;</c>. An entry is:
/// name, title (or -), section index (-1 for none), venue (<c>-</c>, or <c>V</c> then text, url, name, year, kind,
/// arXiv id, detail), institution count and institutions, remarks, author count and authors, tag count and tags,
/// link count and (label, url) pairs, the link the paper's key comes from plus one (0: the title or name), year (0 when it is the venue's, or none), month (0 for none), column count
/// and (header, value) pairs, and the source line.
/// </summary>
internal static class EntryDataFormat
{
    /// <summary>The version this build writes and reads; a change of the format changes it.</summary>
    public const int Version = 2;

    public const char VersionEnd = '|';
    public const char Missing = '-';
    public const char BackReference = '^';
    public const char LengthEnd = ':';
    public const char NumberEnd = ';';
    public const char VenueFollows = 'V';
}

#if PAPERCATALOG_GENERATOR
/// <summary>Writes the tokens of <see cref="EntryDataFormat"/>; a string met before in the file is written as its number.</summary>
internal sealed class EntryDataWriter
{
    private readonly Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);

    public StringBuilder Data { get; } = new();

    /// <summary>Starts a chunk: the data of the next call to ReadEntries.</summary>
    public void BeginChunk()
    {
        Data.Clear();
        Data.Append(EntryDataFormat.Version.ToString(CultureInfo.InvariantCulture)).Append(EntryDataFormat.VersionEnd);
    }

    public void Number(int value) => Data.Append(value.ToString(CultureInfo.InvariantCulture)).Append(EntryDataFormat.NumberEnd);

    public void Marker(char marker) => Data.Append(marker);

    public void String(string? value)
    {
        if (value is null)
        {
            Data.Append(EntryDataFormat.Missing);
            return;
        }

        if (_numbers.TryGetValue(value, out var number))
        {
            Data.Append(EntryDataFormat.BackReference);
            Number(number);
            return;
        }

        _numbers.Add(value, _numbers.Count);
        Data.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(EntryDataFormat.LengthEnd).Append(value);
    }
}
#else
/// <summary>Reads the tokens of <see cref="EntryDataFormat"/>; the strings met so far are the caller's, across chunks.</summary>
internal struct EntryDataReader
{
    private readonly string _data;
    private readonly List<string> _strings;
    private int _position;

    /// <exception cref="System.InvalidOperationException">The data is of another version of the format: the generator and this library differ.</exception>
    public EntryDataReader(string data, List<string> strings)
    {
        _data = data;
        _strings = strings;
        var end = data.IndexOf(EntryDataFormat.VersionEnd);
        var version = end > 0 && int.TryParse(data.Substring(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var written) ? written : -1;
        if (version != EntryDataFormat.Version)
        {
            throw new System.InvalidOperationException(
                $"This catalog's data is of format {version}, and this PaperCatalog library reads format {EntryDataFormat.Version}: "
                + "the generated code and the library come from different PaperCatalog versions. Reference one version of the package.");
        }

        _position = end + 1;
    }

    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>Whether the marker is next (and takes it); the other choice is <see cref="EntryDataFormat.Missing"/>.</summary>
    public bool TryMarker(char marker) => _data[_position++] == marker;

    public string? String()
    {
        switch (_data[_position])
        {
            case EntryDataFormat.Missing:
                _position++;
                return null;
            case EntryDataFormat.BackReference:
                _position++;
                return _strings[Number()];
        }

        var colon = _data.IndexOf(EntryDataFormat.LengthEnd, _position);
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
            return System.Array.Empty<string>();
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
        var end = _data.IndexOf(EntryDataFormat.NumberEnd, _position);
        var value = int.Parse(_data.Substring(_position, end - _position), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        _position = end + 1;
        return value;
    }
}
#endif
