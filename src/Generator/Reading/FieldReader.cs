using System.Collections.Generic;
using Markdig.Syntax;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Reads fields of one file into <see cref="FieldContent"/>: pipe cells and Markdown ranges (headings, parts
/// of list items) through the Markdown inline reader, HTML cells from their tokens. One builder is reused
/// for every field; each read returns an immutable value.
/// </summary>
internal sealed class FieldReader
{
    private readonly string _text;
    private readonly MarkdownInlineReader _inlines;
    private readonly FieldBuilder _builder = new();

    public FieldReader(string text, MarkdownInlineReader inlines)
    {
        _text = text;
        _inlines = inlines;
    }

    /// <summary>Reads the Markdown of <c>[start, end)</c>; in a table cell, <c>\|</c> is a literal pipe even in code.</summary>
    public FieldContent ReadMarkdown(int start, int end, bool tableCell = false) =>
        ReadMarkdown(start, end, start, end, tableCell);

    public FieldContent ReadMarkdown(int start, int end, int outerStart, int outerEnd, bool tableCell = false)
    {
        var (contentStart, contentEnd) = Trim(start, end);
        _builder.Reset(contentStart, contentEnd, outerStart, outerEnd);
        if (contentEnd > contentStart)
        {
            _inlines.Read(_text, contentStart, contentEnd, _builder, tableCell);
        }

        return _builder.Finish(_text, tableCell);
    }

    /// <summary>Reads a table cell: Markdown for a pipe table, its HTML tokens for an HTML table.</summary>
    public FieldContent ReadCell(RawTable table, in RawCell cell, HtmlTokenizer html)
    {
        if (table.Kind == TableKind.Pipe)
        {
            return ReadMarkdown(cell.Start, cell.End, cell.OuterStart, cell.OuterEnd, tableCell: true);
        }

        return ReadHtml(html, cell.FirstToken, cell.TokenEnd, cell.Start, cell.End, cell.OuterStart, cell.OuterEnd, tableCell: true);
    }

    /// <summary>Reads the HTML tokens <c>[firstToken, tokenEnd)</c>, which lie in <c>[start, end)</c>.</summary>
    public FieldContent ReadHtml(HtmlTokenizer html, int firstToken, int tokenEnd, int start, int end) =>
        ReadHtml(html, firstToken, tokenEnd, start, end, start, end, tableCell: false);

    private FieldContent ReadHtml(HtmlTokenizer html, int firstToken, int tokenEnd, int start, int end, int outerStart, int outerEnd, bool tableCell)
    {
        _builder.Reset(start, end, outerStart, outerEnd);
        var tokens = html.Tokens;
        for (var i = firstToken; i < tokenEnd; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    AppendDecoded(token.Start, token.End);
                    break;
                case HtmlTokenKind.StartTag:
                case HtmlTokenKind.EndTag:
                    HtmlMarkup.Apply(_builder, _text, token, html.Attributes);
                    break;
            }
        }

        return _builder.Finish(_text, tableCell);
    }

    /// <summary>HTML text: entities decoded, each character kept at its place in the source.</summary>
    private void AppendDecoded(int start, int end)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            if (_text[i] != '&')
            {
                continue;
            }

            var length = Entities.TryDecode(_text, i, end, out var value);
            if (length > 0)
            {
                _builder.AppendText(_text, run, i - run);
                _builder.AppendLiteral(value, i, i + length);
                i += length - 1;
                run = i + 1;
            }
        }

        _builder.AppendText(_text, run, end - run);
    }

    /// <summary>Reads a heading's text (a setext heading has several lines).</summary>
    public FieldContent ReadHeading(HeadingBlock heading)
    {
        var start = heading.Span.Start;
        var end = heading.Span.End + 1;
        _builder.Reset(start, end, start, end);
        var lines = heading.Lines.Lines;
        for (var i = 0; i < heading.Lines.Count; i++)
        {
            var slice = lines[i].Slice;
            _builder.Break();
            if (slice.End >= slice.Start)
            {
                _inlines.Read(_text, slice.Start, slice.End + 1, _builder, tableCell: false);
            }
        }

        return _builder.Finish(_text);
    }

    /// <summary>The lines of a paragraph as source ranges with exclusive ends.</summary>
    public static (int Start, int End)[] LinesOf(LeafBlock block)
    {
        var lines = new (int Start, int End)[block.Lines.Count];
        var source = block.Lines.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            var slice = source[i].Slice;
            lines[i] = (slice.Start, slice.End + 1);
        }

        return lines;
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && TextAccumulator.IsCollapsibleWhitespace(_text[start]))
        {
            start++;
        }

        while (end > start && TextAccumulator.IsCollapsibleWhitespace(_text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
