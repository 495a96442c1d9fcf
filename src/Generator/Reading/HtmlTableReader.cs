using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Reads <c>&lt;table&gt;</c> elements from HTML tokens: rows (<c>tr</c>) and cells (<c>th</c>,
/// <c>td</c>) under optional <c>thead</c>/<c>tbody</c>/<c>tfoot</c>, with the token range and exact
/// source range of every cell. A table nested in a cell is cell content. What a browser would repair
/// silently (a cell or row left open, a stray end tag, text between cells) is read the same way a
/// browser would and also reported as a <see cref="MarkupProblem"/>.
/// </summary>
internal sealed class HtmlTableReader
{
    private readonly string _text;
    private readonly List<HtmlToken> _tokens;
    private readonly List<MarkupProblem> _problems;

    private HtmlTableReader(string text, List<HtmlToken> tokens, List<MarkupProblem> problems)
    {
        _text = text;
        _tokens = tokens;
        _problems = problems;
    }

    /// <summary>Reads every table among <paramref name="tokens"/>.</summary>
    public static void ReadAll(string text, List<HtmlToken> tokens, List<RawTable> tables, List<MarkupProblem> problems)
    {
        var reader = new HtmlTableReader(text, tokens, problems);
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

            row!.Cells.Add(new RawCell(start, end, open.Start, outerEnd, cellToken + 1, tokenEnd));
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

                Report(_tokens[cellToken], $"<{_tokens[cellToken].Name}> is not closed before {Describe(token)}");
                CloseCell(token.Start, token.Start, j);
            }

            if (token.Kind == HtmlTokenKind.StartTag)
            {
                var name = token.Name;
                if (name == TagNames.Thead || name == TagNames.Tbody || name == TagNames.Tfoot)
                {
                    if (row is not null)
                    {
                        Report(token, $"<tr> is not closed before {Describe(token)}");
                    }

                    CloseRow(token.Start);
                    section = name;
                }
                else if (name == TagNames.Tr)
                {
                    if (row is not null)
                    {
                        Report(token, "<tr> is not closed before the next <tr>");
                    }

                    CloseRow(token.Start);
                    OpenRow(token.Start);
                }
                else if (name == TagNames.Td || name == TagNames.Th)
                {
                    if (row is null)
                    {
                        Report(token, $"{Describe(token)} is not inside a <tr>");
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
                    if (row is not null)
                    {
                        Report(token, "<tr> is not closed before </table>");
                    }

                    CloseRow(token.Start);
                    tableEnd = token.End;
                    j++;
                    break;
                }

                if (name == TagNames.Tr)
                {
                    if (row is null)
                    {
                        Report(token, "</tr> has no <tr> to close");
                    }

                    CloseRow(token.End);
                }
                else if (name == TagNames.Thead || name == TagNames.Tbody || name == TagNames.Tfoot)
                {
                    if (row is not null)
                    {
                        Report(token, $"<tr> is not closed before {Describe(token)}");
                    }

                    CloseRow(token.Start);
                    if (section != name)
                    {
                        Report(token, $"{Describe(token)} has no <{name}> to close");
                    }

                    section = null;
                }
                else if (name == TagNames.Td || name == TagNames.Th)
                {
                    Report(token, $"{Describe(token)} has no <{name}> to close");
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
            // The header is the first row of <thead>, or else the first row.
            var headerIndex = rows.FindIndex(r => r.InHead);
            if (headerIndex < 0)
            {
                headerIndex = 0;
            }

            var table = new RawTable(TableKind.Html, rows[headerIndex].Row);
            for (var r = 0; r < rows.Count; r++)
            {
                if (r != headerIndex && !rows[r].InHead)
                {
                    table.Rows.Add(rows[r].Row);
                }
            }

            tables.Add(table);
        }
        else
        {
            Report(tableToken, "<table> has no rows");
        }

        return j;
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
