using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Finds GitHub pipe tables in the lines of a paragraph and splits rows into cells exactly as
/// written. Markdig's own table extension pads short rows and folds extra cells away, and is
/// quadratic on large tables; here a row is split once, so a missing or extra cell stays visible
/// and the cost is linear in the text.
/// </summary>
internal static class PipeTableReader
{
    /// <summary>
    /// Reads the table that starts in <paramref name="lines"/> (source ranges with exclusive ends), if
    /// any: a header row, a delimiter row with as many cells, then one row per remaining line. When
    /// a header and a delimiter row disagree on the number of cells, GitHub shows text, not a table;
    /// <paramref name="mismatch"/> then says where and how.
    /// </summary>
    public static RawTable? TryRead(string text, IReadOnlyList<(int Start, int End)> lines, out HeaderMismatch? mismatch)
    {
        mismatch = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var delimiter = lines[i];
            if (!IsDelimiterRow(text, delimiter.Start, delimiter.End, out var columns))
            {
                continue;
            }

            var headerLine = lines[i - 1];
            var header = SplitRow(text, headerLine.Start, headerLine.End);
            var hasPipe = text.IndexOf('|', headerLine.Start, headerLine.End - headerLine.Start) >= 0
                || text.IndexOf('|', delimiter.Start, delimiter.End - delimiter.Start) >= 0;
            if (!hasPipe)
            {
                continue;
            }

            if (header.Cells.Count != columns)
            {
                mismatch ??= new HeaderMismatch(headerLine.Start, delimiter.End, header.Cells.Count, columns);
                continue;
            }

            mismatch = null;
            return new RawTable(text, lines, i + 1, header);
        }

        return null;
    }

    /// <summary>A header row and the delimiter row under it that disagree on the number of cells.</summary>
    public sealed record HeaderMismatch(int Start, int End, int HeaderCells, int DelimiterCells);

    /// <summary>Splits one line at its unescaped pipes; a leading and a trailing pipe open and close the row.</summary>
    public static RawRow SplitRow(string text, int start, int end)
    {
        var row = new RawRow(start) { End = end };
        var s = start;
        var e = end;
        while (s < e && IsSpace(text[s]))
        {
            s++;
        }

        while (e > s && IsSpace(text[e - 1]))
        {
            e--;
        }

        if (s < e && text[s] == '|')
        {
            s++;
        }

        if (e > s && text[e - 1] == '|' && !IsEscaped(text, e - 1, s))
        {
            e--;
        }

        var cellStart = s;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '|')
            {
                AddCell(row, text, cellStart, i);
                cellStart = i + 1;
            }
        }

        AddCell(row, text, cellStart, e);
        return row;
    }

    private static void AddCell(RawRow row, string text, int start, int end)
    {
        var contentStart = start;
        var contentEnd = end;
        while (contentStart < contentEnd && IsSpace(text[contentStart]))
        {
            contentStart++;
        }

        while (contentEnd > contentStart && IsSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        row.Cells.Add(new RawCell(contentStart, contentEnd, start, end));
    }

    private static bool IsDelimiterRow(string text, int start, int end, out int columns)
    {
        var row = SplitRow(text, start, end);
        columns = row.Cells.Count;
        foreach (var cell in row.Cells)
        {
            var i = cell.Start;
            if (i < cell.End && text[i] == ':')
            {
                i++;
            }

            var dashes = 0;
            while (i < cell.End && text[i] == '-')
            {
                i++;
                dashes++;
            }

            if (i < cell.End && text[i] == ':')
            {
                i++;
            }

            if (dashes == 0 || i != cell.End)
            {
                return false;
            }
        }

        return columns > 0;
    }

    private static bool IsEscaped(string text, int index, int floor)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= floor && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return (backslashes & 1) == 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
