using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

internal enum TableKind : byte
{
    Pipe,
    Html,
}

/// <summary>
/// One cell as written: where its content is and, for HTML, which tokens hold it. Ranges are source
/// offsets with exclusive ends; the outer range includes the cell's delimiters (pipes or tags) so an
/// empty cell still has a place to point at.
/// </summary>
internal readonly struct RawCell
{
    public RawCell(int start, int end, int outerStart, int outerEnd, int firstToken = -1, int tokenEnd = -1, int rowSpan = 1, int columnSpan = 1, bool isSpanned = false)
    {
        Start = start;
        End = end;
        OuterStart = outerStart;
        OuterEnd = outerEnd;
        FirstToken = firstToken;
        TokenEnd = tokenEnd;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
        IsSpanned = isSpanned;
    }

    public int Start { get; }

    public int End { get; }

    public int OuterStart { get; }

    public int OuterEnd { get; }

    public int FirstToken { get; }

    public int TokenEnd { get; }

    /// <summary>The rows and columns an HTML cell covers (<c>rowspan</c>, <c>colspan</c>); 1 and 1 for a pipe cell.</summary>
    public int RowSpan { get; }

    public int ColumnSpan { get; }

    /// <summary>
    /// A place another cell covers through its <c>rowspan</c> or <c>colspan</c>: the same content, shown there as a
    /// browser shows it, but written once, so what is wrong with it is reported at the cell that spans.
    /// </summary>
    public bool IsSpanned { get; }

    public bool IsEmpty => End <= Start;

    /// <summary>This cell as the place it covers in another row or column.</summary>
    public RawCell AsSpanned() => new(Start, End, OuterStart, OuterEnd, FirstToken, TokenEnd, 1, 1, isSpanned: true);
}

internal sealed class RawRow
{
    public RawRow(int start)
    {
        Start = start;
        End = start;
    }

    public int Start { get; }

    public int End { get; set; }

    public List<RawCell> Cells { get; private set; } = new();

    /// <summary>The row's cells as laid out on the grid (cells that rows above span, copies for columns a cell spans).</summary>
    public void LayOut(List<RawCell> cells) => Cells = cells;
}

/// <summary>
/// A table as written, before its columns mean anything: a header row and body rows. A pipe table's
/// rows are split when they are read, one at a time, so a 20,000-row table never holds all its rows.
/// </summary>
internal sealed class RawTable
{
    private readonly string? _text;
    private readonly IReadOnlyList<(int Start, int End)>? _lines;
    private readonly int _firstLine;

    public RawTable(TableKind kind, RawRow header)
    {
        Kind = kind;
        Header = header;
    }

    /// <summary>A pipe table whose body rows are the lines from <paramref name="firstLine"/> on.</summary>
    public RawTable(string text, IReadOnlyList<(int Start, int End)> lines, int firstLine, RawRow header)
        : this(TableKind.Pipe, header)
    {
        _text = text;
        _lines = lines;
        _firstLine = firstLine;
    }

    public TableKind Kind { get; }

    public RawRow Header { get; }

    /// <summary>The rows of an HTML table (a pipe table's are read by <see cref="ReadRows"/>).</summary>
    public List<RawRow> Rows { get; } = new();

    /// <summary>The body rows in order.</summary>
    public IEnumerable<RawRow> ReadRows()
    {
        if (_lines is null)
        {
            foreach (var row in Rows)
            {
                yield return row;
            }

            yield break;
        }

        for (var i = _firstLine; i < _lines.Count; i++)
        {
            yield return PipeTableReader.SplitRow(_text!, _lines[i].Start, _lines[i].End);
        }
    }
}

/// <summary>Malformed markup found while reading: a table's structure, or HTML in a field.</summary>
internal readonly struct MarkupProblem
{
    public MarkupProblem(int start, int end, string message)
    {
        Start = start;
        End = end;
        Message = message;
    }

    public int Start { get; }

    public int End { get; }

    public string Message { get; }
}
