using System.Collections.Generic;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// Maps offsets of a Markdown text to lines and columns. Only CR, LF and CRLF end a line, as in
/// Markdig and in editors; Roslyn's own line table also breaks at U+2028/U+0085, which would shift
/// every later line of a diagnostic.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly string _path;

    public LineIndex(string path, string text)
    {
        _path = path;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>How many lines the text has (a text that ends in a line end has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset where zero-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line];

    // The line of the last lookup: the parser asks in document order, so most lookups are on that
    // line or just after it, and a forward step is O(1) where a binary search is O(log n).
    private int _cursor;

    /// <summary>The zero-based line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var line = _cursor;
        if (_lineStarts[line] <= offset)
        {
            for (var step = 0; step < 4; step++)
            {
                if (line + 1 >= _lineStarts.Length || _lineStarts[line + 1] > offset)
                {
                    return _cursor = line;
                }

                line++;
            }
        }

        return _cursor = Search(offset);
    }

    private int Search(int offset)
    {
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (_lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The location of the text from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public LocationInfo Locate(int start, int end)
    {
        if (end < start)
        {
            end = start;
        }

        var startLine = LineOf(start);
        var endLine = end == start ? startLine : LineOf(end);
        return new LocationInfo(
            _path,
            start,
            end - start,
            startLine,
            start - _lineStarts[startLine],
            endLine,
            end - _lineStarts[endLine]);
    }
}
