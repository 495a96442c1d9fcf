using System.Collections.Generic;

namespace PaperCatalog.Generator.Parsing;

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
    public RawCell(int start, int end, int outerStart, int outerEnd, int firstToken = -1, int tokenEnd = -1)
    {
        Start = start;
        End = end;
        OuterStart = outerStart;
        OuterEnd = outerEnd;
        FirstToken = firstToken;
        TokenEnd = tokenEnd;
    }

    public int Start { get; }

    public int End { get; }

    public int OuterStart { get; }

    public int OuterEnd { get; }

    public int FirstToken { get; }

    public int TokenEnd { get; }

    public bool IsEmpty => End <= Start;
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

    public List<RawCell> Cells { get; } = new();
}

/// <summary>A table as written, before its columns mean anything: a header row and body rows.</summary>
internal sealed class RawTable
{
    public RawTable(TableKind kind, int start, RawRow header)
    {
        Kind = kind;
        Start = start;
        Header = header;
    }

    public TableKind Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    public RawRow Header { get; set; }

    public List<RawRow> Rows { get; } = new();
}

/// <summary>Something wrong in the structure of a table, found while reading it.</summary>
internal readonly struct TableProblem
{
    public TableProblem(int start, int end, string message)
    {
        Start = start;
        End = end;
        Message = message;
    }

    public int Start { get; }

    public int End { get; }

    public string Message { get; }
}
