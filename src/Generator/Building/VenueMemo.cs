using System.Collections.Generic;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// The venue parser's answers already given on this thread. A list asks of the same few texts again and again
/// (<c>Arxiv 2025</c> 1,800 times in one list, a venue column's every cell), and each answer costs splitting the text
/// into words. Both questions depend on the text alone, so a remembered answer is the answer; only short texts are
/// kept, and each question's answers start afresh when full, so the memo holds a few kilobytes whatever the lists.
/// </summary>
internal sealed class VenueMemo
{
    [System.ThreadStatic]
    private static VenueMemo? _current;

    public static VenueMemo Current => _current ??= new VenueMemo();

    /// <summary>Answers of <see cref="VenueParser.LooksLikeVenue"/>.</summary>
    public Answers<bool> LooksLike { get; } = new();

    /// <summary>Answers of <see cref="VenueParser.Read"/>.</summary>
    public Answers<(VenueReading Reading, VenueParts Venue, string Problem)> Readings { get; } = new();

    /// <summary>How many answers are kept (of both questions).</summary>
    public int Count => LooksLike.Count + Readings.Count;

    /// <summary>One question's answers, by text.</summary>
    internal sealed class Answers<T>
    {
        public const int MaxTextLength = 80;
        public const int MaxEntries = 2048;

        private readonly Dictionary<string, T> _answers = new(System.StringComparer.Ordinal);

        public int Count => _answers.Count;

        public bool TryGet(string text, out T answer) => _answers.TryGetValue(text, out answer);

        public void Add(string text, T answer)
        {
            if (text.Length > MaxTextLength)
            {
                return;
            }

            if (_answers.Count >= MaxEntries)
            {
                _answers.Clear();
            }

            _answers[text] = answer;
        }
    }
}
