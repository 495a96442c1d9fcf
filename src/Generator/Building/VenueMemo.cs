using System.Collections.Generic;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// The venue parser's answers already given on this thread. A list asks of the same few texts again and again
/// (<c>Arxiv 2025</c> 1,800 times in one list, a venue column's every cell), and each answer costs splitting the text
/// into words. Both questions depend on the text alone, so a remembered answer is the answer; only short texts are
/// kept, and the memo starts afresh when full, so it holds a few kilobytes whatever the lists.
/// </summary>
internal sealed class VenueMemo
{
    private const int MaxTextLength = 80;
    private const int MaxEntries = 2048;

    [System.ThreadStatic]
    private static VenueMemo? _current;

    private readonly Dictionary<string, bool> _looksLike = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, (VenueReading Reading, VenueParts Venue, string Problem)> _readings = new(System.StringComparer.Ordinal);

    public static VenueMemo Current => _current ??= new VenueMemo();

    /// <summary>How many answers are kept (of both questions).</summary>
    public int Count => _looksLike.Count + _readings.Count;

    public bool TryGetLooksLike(string text, out bool looksLike) => _looksLike.TryGetValue(text, out looksLike);

    public void AddLooksLike(string text, bool looksLike)
    {
        if (text.Length <= MaxTextLength)
        {
            Bound(_looksLike);
            _looksLike[text] = looksLike;
        }
    }

    public bool TryGetReading(string text, out (VenueReading Reading, VenueParts Venue, string Problem) reading) => _readings.TryGetValue(text, out reading);

    public void AddReading(string text, (VenueReading Reading, VenueParts Venue, string Problem) reading)
    {
        if (text.Length <= MaxTextLength)
        {
            Bound(_readings);
            _readings[text] = reading;
        }
    }

    private static void Bound<T>(Dictionary<string, T> answers)
    {
        if (answers.Count >= MaxEntries)
        {
            answers.Clear();
        }
    }
}
