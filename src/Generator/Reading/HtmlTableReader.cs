using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Reads <c>&lt;table&gt;</c> elements from HTML tokens: rows (<c>tr</c>) and cells (<c>th</c>,
/// <c>td</c>) under optional <c>thead</c>/<c>tbody</c>/<c>tfoot</c>, with the token range and exact
/// source range of every cell, laid out on the grid as a browser lays them out (<c>rowspan</c>,
/// <c>colspan</c>). A table nested in a cell is cell content. What HTML allows and a browser reads as meant
/// (end tags of cells and rows left out, a cell after <c>&lt;/tr&gt;</c> that opens a row of its own) is no
/// problem; what changes what the page shows (text between cells, which a browser moves out of the table; a
/// table never closed; a table directly in a table) is read as a browser would and reported as a <see cref="MarkupProblem"/>.
/// </summary>
internal sealed class HtmlTableReader
{
    private readonly string _text;
    private readonly List<HtmlToken> _tokens;
    private readonly List<HtmlAttribute> _attributes;
    private readonly List<MarkupProblem> _problems;

    private HtmlTableReader(string text, List<HtmlToken> tokens, List<HtmlAttribute> attributes, List<MarkupProblem> problems)
    {
        _text = text;
        _tokens = tokens;
        _attributes = attributes;
        _problems = problems;
    }

    /// <summary>Reads every table among <paramref name="tokens"/>.</summary>
    public static void ReadAll(string text, List<HtmlToken> tokens, List<HtmlAttribute> attributes, List<RawTable> tables, List<MarkupProblem> problems)
    {
        var reader = new HtmlTableReader(text, tokens, attributes, problems);
        var i = 0;

        // A stray row is one problem, reported at its <tr>, not one per cell tag in it.
        var strayRow = false;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.IsStart(TagNames.Table))
            {
                strayRow = false;
                i = reader.ReadTable(i, tables);
                continue;
            }

            if (token.Kind == HtmlTokenKind.StartTag && IsTableStructure(token.Name) && !(strayRow && token.Name is TagNames.Td or TagNames.Th))
            {
                problems.Add(new MarkupProblem(token.Start, token.End, $"{Describe(token)} is outside a <table>"));
                strayRow |= token.Name == TagNames.Tr;
            }
            else if (token.IsEnd(TagNames.Tr))
            {
                strayRow = false;
            }

            i++;
        }
    }

    /// <summary>Whether the token list opens a table that it does not close (it continues after a blank line).</summary>
    public static bool EndsInsideTable(List<HtmlToken> tokens)
    {
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.IsStart(TagNames.Table))
            {
                depth++;
            }
            else if (token.IsEnd(TagNames.Table) && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }

    private int ReadTable(int tableIndex, List<RawTable> tables)
    {
        var tableToken = _tokens[tableIndex];
        var rows = new List<(RawRow Row, bool InHead)>();
        RawRow? row = null;
        var rowInHead = false;
        string? section = null;
        var cellOpen = false;
        var cellToken = 0;
        var nested = 0;
        var tableEnd = -1;

        void CloseCell(int contentEnd, int outerEnd, int tokenEnd)
        {
            var open = _tokens[cellToken];
            var start = open.End;
            var end = contentEnd;
            while (start < end && TextAccumulator.IsCollapsibleWhitespace(_text[start]))
            {
                start++;
            }

            while (end > start && TextAccumulator.IsCollapsibleWhitespace(_text[end - 1]))
            {
                end--;
            }

            row!.Cells.Add(new RawCell(start, end, open.Start, outerEnd, cellToken + 1, tokenEnd, Span(open, TagNames.Rowspan), Span(open, TagNames.Colspan)));
            cellOpen = false;
        }

        void CloseRow(int end)
        {
            if (row is null)
            {
                return;
            }

            row.End = end;
            rows.Add((row, rowInHead));
            row = null;
        }

        void OpenRow(int start)
        {
            row = new RawRow(start);
            rowInHead = section == TagNames.Thead;
        }

        var j = tableIndex + 1;
        for (; j < _tokens.Count; j++)
        {
            var token = _tokens[j];
            if (cellOpen)
            {
                if (nested > 0)
                {
                    if (token.IsStart(TagNames.Table))
                    {
                        nested++;
                    }
                    else if (token.IsEnd(TagNames.Table))
                    {
                        nested--;
                    }

                    continue;
                }

                if (token.IsStart(TagNames.Table))
                {
                    nested++;
                    continue;
                }

                if (token.IsEnd(TagNames.Td) || token.IsEnd(TagNames.Th))
                {
                    var open = _tokens[cellToken];
                    if (!ReferenceEquals(open.Name, token.Name))
                    {
                        Report(token, $"{Describe(token)} closes a <{open.Name}>");
                    }

                    CloseCell(token.Start, token.End, j);
                    continue;
                }

                if (!EndsCell(token))
                {
                    continue;
                }

                // A cell's end tag may be left out: the next cell, row or table part ends it.
                CloseCell(token.Start, token.Start, j);
            }

            if (token.Kind == HtmlTokenKind.StartTag)
            {
                var name = token.Name;
                if (name == TagNames.Thead || name == TagNames.Tbody || name == TagNames.Tfoot)
                {
                    // A row's end tag may be left out: the next row or table part ends it.
                    CloseRow(token.Start);
                    section = name;
                }
                else if (name == TagNames.Tr)
                {
                    CloseRow(token.Start);
                    OpenRow(token.Start);
                }
                else if (name == TagNames.Td || name == TagNames.Th)
                {
                    if (row is null)
                    {
                        // A cell outside a row opens one, as a browser does (after a </tr>, before the first <tr>).
                        OpenRow(token.Start);
                    }

                    cellOpen = true;
                    cellToken = j;
                }
                else if (name == TagNames.Table)
                {
                    Report(token, "a <table> directly inside a <table> (not in a cell)");
                }
            }
            else if (token.Kind == HtmlTokenKind.EndTag)
            {
                var name = token.Name;
                if (name == TagNames.Table)
                {
                    CloseRow(token.Start);
                    tableEnd = token.End;
                    j++;
                    break;
                }

                // An end tag with nothing to close changes nothing a browser shows; it is ignored, as there.
                if (name == TagNames.Tr)
                {
                    CloseRow(token.End);
                }
                else if (name == TagNames.Thead || name == TagNames.Tbody || name == TagNames.Tfoot)
                {
                    CloseRow(token.Start);
                    section = null;
                }
            }
            else if (token.Kind == HtmlTokenKind.Text && !IsWhitespace(token.Start, token.End))
            {
                Report(token, "text between table cells belongs to no cell");
            }
        }

        if (tableEnd < 0)
        {
            var last = _tokens[_tokens.Count - 1];
            Report(tableToken, "<table> is never closed");
            if (cellOpen)
            {
                CloseCell(last.End, last.End, _tokens.Count);
            }

            CloseRow(last.End);
            tableEnd = last.End;
        }

        if (rows.Count > 0)
        {
            tables.Add(LayOut(rows));
        }
        else
        {
            Report(tableToken, "<table> has no rows");
        }

        return j;
    }

    /// <summary>
    /// The table as a browser lays it out: the rows of <c>&lt;thead&gt;</c> (or else the first row) make the header,
    /// each column named by its lowest header cell; every row's cells are placed on the grid, so a cell that
    /// spans rows or columns (<c>&lt;th rowspan="28"&gt;Gradient-based&lt;/th&gt;</c>) is in each place it covers.
    /// </summary>
    private static RawTable LayOut(List<(RawRow Row, bool InHead)> rows)
    {
        var head = new List<RawRow>();
        var body = new List<RawRow>();
        foreach (var (row, inHead) in rows)
        {
            (inHead ? head : body).Add(row);
        }

        if (head.Count == 0)
        {
            head.Add(body[0]);
            body.RemoveAt(0);
        }

        LayOutRows(head);
        var header = head[head.Count - 1];
        for (var r = head.Count - 2; r >= 0; r--)
        {
            // A header cell of an upper row names the columns the lower rows leave without a header.
            var upper = head[r].Cells;
            var cells = new List<RawCell>(header.Cells);
            for (var c = cells.Count; c < upper.Count; c++)
            {
                cells.Add(upper[c]);
            }

            header.LayOut(cells);
        }

        LayOutRows(body);
        var table = new RawTable(TableKind.Html, header);
        table.Rows.AddRange(body);
        return table;
    }

    /// <summary>Places the cells of consecutive rows on one grid, as <c>rowspan</c> and <c>colspan</c> ask.</summary>
    private static void LayOutRows(List<RawRow> rows)
    {
        // Per column, the cell that spans into the rows below and how many rows it still covers.
        var pending = new List<(RawCell Cell, int Rows)>();
        foreach (var row in rows)
        {
            var spans = false;
            foreach (var cell in row.Cells)
            {
                spans |= cell.RowSpan > 1 || cell.ColumnSpan > 1;
            }

            if (!spans && pending.Count == 0)
            {
                continue;
            }

            var cells = new List<RawCell>(row.Cells.Count);
            var column = 0;

            void FillSpanned()
            {
                while (column < pending.Count && pending[column].Rows > 0)
                {
                    cells.Add(pending[column].Cell);
                    pending[column] = (pending[column].Cell, pending[column].Rows - 1);
                    column++;
                }
            }

            foreach (var cell in row.Cells)
            {
                FillSpanned();
                var width = cell.ColumnSpan;
                for (var k = 0; k < width; k++)
                {
                    cells.Add(k == 0 ? cell : cell.AsSpanned());
                    while (pending.Count <= column)
                    {
                        pending.Add((default, 0));
                    }

                    pending[column] = (cell.AsSpanned(), cell.RowSpan - 1);
                    column++;
                }
            }

            FillSpanned();
            for (var c = column; c < pending.Count; c++)
            {
                if (pending[c].Rows > 0)
                {
                    // A spanning cell beyond this row's own cells still fills its column.
                    while (cells.Count < c)
                    {
                        cells.Add(new RawCell(row.End, row.End, row.End, row.End));
                    }

                    cells.Add(pending[c].Cell);
                    pending[c] = (pending[c].Cell, pending[c].Rows - 1);
                }
            }

            while (pending.Count > 0 && pending[pending.Count - 1].Rows <= 0)
            {
                pending.RemoveAt(pending.Count - 1);
            }

            row.LayOut(cells);
        }
    }

    // HTML caps colspan at 1,000 and rowspan at 65,534. A row span only copies a cell into rows that exist,
    // but every column a cell spans is a cell of each row it covers: columns are capped lower, so a hostile
    // table costs at most a constant factor of its own size.
    private const int MaxRowSpan = 65534;
    private const int MaxColumnSpan = 64;

    private int Span(in HtmlToken cell, string attribute)
    {
        var max = ReferenceEquals(attribute, TagNames.Rowspan) ? MaxRowSpan : MaxColumnSpan;
        if (!HtmlMarkup.TryGetAttribute(cell, _attributes, attribute, out var value))
        {
            return 1;
        }

        var span = 0;
        for (var i = value.ValueStart; i < value.ValueEnd; i++)
        {
            var c = _text[i];
            if (c is >= '0' and <= '9')
            {
                span = Math.Min(span * 10 + (c - '0'), max);
            }
            else if (span > 0 || !TextAccumulator.IsCollapsibleWhitespace(c))
            {
                break;
            }
        }

        return span > 0 ? span : 1;
    }

    private static bool EndsCell(in HtmlToken token)
    {
        if (token.Kind == HtmlTokenKind.StartTag)
        {
            return token.Name is TagNames.Td or TagNames.Th or TagNames.Tr or TagNames.Thead or TagNames.Tbody or TagNames.Tfoot;
        }

        return token.Kind == HtmlTokenKind.EndTag
            && token.Name is TagNames.Tr or TagNames.Table or TagNames.Thead or TagNames.Tbody or TagNames.Tfoot;
    }

    private static bool IsTableStructure(string name) =>
        name is TagNames.Tr or TagNames.Td or TagNames.Th or TagNames.Thead or TagNames.Tbody or TagNames.Tfoot;

    private bool IsWhitespace(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!TextAccumulator.IsCollapsibleWhitespace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(in HtmlToken token, string message) => _problems.Add(new MarkupProblem(token.Start, token.End, message));

    private static string Describe(in HtmlToken token) =>
        token.Kind == HtmlTokenKind.EndTag ? $"</{token.Name}>" : $"<{token.Name}>";
}
