using System;
using System.Collections.Generic;
using System.Threading;
using Markdig.Syntax;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Reading;

/// <summary>A part of a document that may hold entries, in document order.</summary>
internal abstract class DocumentPart
{
}

/// <summary>A heading opened section <see cref="Section"/> (or closed them all: <see cref="SectionOutline.Root"/>).</summary>
internal sealed class HeadingPart : DocumentPart
{
    public HeadingPart(int section, FieldContent? content, int start)
    {
        Section = section;
        Content = content;
        Start = start;
    }

    public int Section { get; }

    /// <summary>What a Markdown heading says, links and all; null for an HTML heading.</summary>
    public FieldContent? Content { get; }

    /// <summary>Where the heading starts in the Markdown.</summary>
    public int Start { get; }
}

/// <summary>
/// A table, with the name column a <c>&lt;!-- papercatalog name-column: … --&gt;</c> comment before it chose (or
/// null), and the tokens its HTML cells are read from (valid until the next part is read).
/// </summary>
internal sealed class TablePart : DocumentPart
{
    public TablePart(RawTable table, string? nameColumn, HtmlTokenizer html)
    {
        Table = table;
        NameColumn = nameColumn;
        Html = html;
    }

    public RawTable Table { get; }

    public string? NameColumn { get; }

    public HtmlTokenizer Html { get; }
}

/// <summary>An item of a list that is not inside another list item.</summary>
internal sealed class ItemPart : DocumentPart
{
    public ItemPart(RawItem item, int listStart)
    {
        Item = item;
        ListStart = listStart;
    }

    /// <summary>Where the item's list starts: items of one list share it (a declared order is a list's).</summary>
    public int ListStart { get; }

    public RawItem Item { get; }
}

/// <summary>A paragraph of nothing but bold text (<c>**ECCV**</c>), which lists use as a small heading over the items after it.</summary>
internal sealed class BoldLinePart : DocumentPart
{
    public BoldLinePart(FieldContent content) => Content = content;

    public FieldContent Content { get; }
}

/// <summary>
/// Walks Markdig's blocks in document order and hands out what may hold entries: headings (as sections of the
/// <see cref="Outline"/>), pipe and HTML tables, and list items with their nested items. What is wrong with the
/// structure itself (text that looks like a table but is not one, broken table markup) is reported here; what
/// the parts mean is the next stage's.
/// </summary>
internal sealed class DocumentReader
{
    private readonly string _text;
    private readonly FieldReader _fields;
    private readonly DiagnosticSink _sink;
    private readonly CancellationToken _cancellationToken;
    private readonly HtmlTokenizer _html = new();

    // A raw HTML table with blank lines spans several Markdig blocks: the ones it covers are skipped.
    private int _consumedUntil;

    // The name column a <!-- papercatalog name-column: … --> comment sets for the next table.
    private string? _nextNameColumn;

    public DocumentReader(string text, FieldReader fields, DiagnosticSink sink, CancellationToken cancellationToken)
    {
        _text = text;
        _fields = fields;
        _sink = sink;
        _cancellationToken = cancellationToken;
    }

    public SectionOutline Outline { get; } = new();

    /// <summary>How many tables and lists the file has (a file of prose alone has none: PCAT003).</summary>
    public int CatalogBlocks { get; private set; }

    public IEnumerable<DocumentPart> Read(ContainerBlock container)
    {
        // The level of the heading right above this block, when it is no link to a part of the page, or 0.
        var headingAbove = 0;
        foreach (var block in container)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (block.Span.Start < _consumedUntil)
            {
                continue;
            }

            switch (block)
            {
                case HeadingBlock { IsSetext: true, Level: 2 } underlined when PipeTableReader.TryRead(_text, FieldReader.LinesOf(underlined), out _) is { } underlinedTable:
                    // A pipe table with a thematic break right under it (| … |, then ----------): GitHub shows the
                    // table and a rule, where CommonMark alone makes the table's text a heading.
                    yield return TakeTable(underlinedTable);
                    break;
                case HeadingBlock heading:
                    var content = _fields.ReadHeading(heading);
                    var jumpLink = IsJumpLink(content);
                    if (!(jumpLink && headingAbove == heading.Level))
                    {
                        yield return Heading(heading.Level, content.Text, heading.Span.Start, heading.Span.End + 1, content);
                    }

                    headingAbove = jumpLink ? 0 : heading.Level;
                    continue;
                case ParagraphBlock paragraph:
                    if (ReadPipeTable(paragraph) is { } table)
                    {
                        yield return table;
                    }
                    else if (paragraph.Lines.Count == 1 && BoldLine(paragraph) is { } bold)
                    {
                        yield return new BoldLinePart(bold);
                    }

                    break;
                case HtmlBlock html:
                    foreach (var part in ReadHtml(html))
                    {
                        yield return part;
                    }

                    break;
                case ListBlock list:
                    CatalogBlocks++;
                    foreach (var item in list)
                    {
                        if (item is ListItemBlock listItem)
                        {
                            yield return new ItemPart(ReadItem(listItem, list.IsOrdered), list.Span.Start);
                        }
                    }

                    break;
                case ContainerBlock other:
                    foreach (var part in Read(other))
                    {
                        yield return part;
                    }

                    break;
            }

            headingAbove = 0;
        }
    }

    /// <summary>
    /// Whether a heading is only links to parts of the page. Right under a heading of its own level that is not
    /// (<c>### [⬆️ Back to Index](#paper-index)</c> under <c>### CVPR 2023</c>) it is a way back, not a section: what
    /// follows stays in the section above. Anywhere else it is a section (<c>### [Graph Matching](#content)</c>).
    /// </summary>
    private static bool IsJumpLink(FieldContent heading)
    {
        if (heading.Links.Count == 0 || heading.TextOutsideLinks.Trim().Length > 0)
        {
            return false;
        }

        foreach (var link in heading.Links)
        {
            if (!link.Target.StartsWith("#", System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private HeadingPart Heading(int level, string title, int start, int end, FieldContent? content = null) =>
        new(Outline.Open(level, title, _sink.Lines.Locate(start, end)), content, start);

    /// <summary>A list item with its paragraphs and nested items, read as written.</summary>
    private RawItem ReadItem(ListItemBlock item, bool ordered)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        FieldContent? head = null;
        var paragraphs = new List<FieldContent>();
        var children = new List<RawItem>();
        for (var b = 0; b < item.Count; b++)
        {
            switch (item[b])
            {
                case ParagraphBlock paragraph when b == 0:
                    head = _fields.ReadMarkdown(paragraph.Span.Start, paragraph.Span.End + 1);
                    break;
                case ListBlock list:
                    foreach (var child in list)
                    {
                        if (child is ListItemBlock childItem)
                        {
                            children.Add(ReadItem(childItem, list.IsOrdered));
                        }
                    }

                    break;
                default:
                    AddParagraphs(item[b], paragraphs);
                    break;
            }
        }

        return new RawItem(item.Span.Start, ordered, head, paragraphs, children);
    }

    /// <summary>Every paragraph in the block, in order (a quote or another container is walked into).</summary>
    private void AddParagraphs(Block block, List<FieldContent> paragraphs)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                paragraphs.Add(_fields.ReadMarkdown(paragraph.Span.Start, paragraph.Span.End + 1));
                break;
            case ListBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddParagraphs(child, paragraphs);
                }

                break;
        }
    }

    // A bold line names a venue (**ECCV**) or a paper over its labelled links: a title can be long.
    private const int MaxBoldLineLength = 300;

    private FieldContent? BoldLine(ParagraphBlock paragraph)
    {
        var start = paragraph.Span.Start;
        var end = paragraph.Span.End + 1;
        if (end - start < 5 || end - start > MaxBoldLineLength || _text[start] != '*' || _text[start + 1] != '*')
        {
            return null;
        }

        var content = _fields.ReadMarkdown(start, end);
        return content.Strong.Count == 1 && content.Links.Count == 0 && content.Strong[0].OuterStart == start
            && _text.Substring(content.Strong[0].OuterEnd, end - content.Strong[0].OuterEnd).Trim().Length == 0 ? content : null;
    }

    private TablePart? ReadPipeTable(ParagraphBlock paragraph)
    {
        var table = PipeTableReader.TryRead(_text, FieldReader.LinesOf(paragraph), out var mismatch);
        if (table is not null)
        {
            return TakeTable(table);
        }

        if (mismatch is not null)
        {
            _sink.Report(
                DiagnosticMessages.NotATable(Outline.TitleOf(Outline.Current), headerCells: mismatch.HeaderCells, delimiterCells: mismatch.DelimiterCells),
                (mismatch.Start, mismatch.End));
        }

        return null;
    }

    private TablePart TakeTable(RawTable table)
    {
        CatalogBlocks++;
        var part = new TablePart(table, _nextNameColumn, _html);
        _nextNameColumn = null;
        return part;
    }

    private IEnumerable<DocumentPart> ReadHtml(HtmlBlock block)
    {
        _html.Clear();
        var end = block.Span.End + 1;
        _html.Tokenize(_text, block.Span.Start, end);
        if (HtmlHeading(block) is { } heading)
        {
            yield return heading;
            yield break;
        }

        // A table with blank lines in it spans several Markdig blocks: read on to its </table>.
        while (HtmlTableReader.EndsInsideTable(_html.Tokens))
        {
            var close = _text.IndexOf("</table", end, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var next = _text.IndexOf('>', close);
            var newEnd = next < 0 ? _text.Length : next + 1;
            _html.Tokenize(_text, end, newEnd);
            end = newEnd;
        }

        _consumedUntil = end;
        foreach (var token in _html.Tokens)
        {
            if (token.Kind == HtmlTokenKind.Comment && TryReadNameColumnComment(_text.Substring(token.Start, token.End - token.Start), out var header))
            {
                _nextNameColumn = header;
            }
        }

        var tables = new List<RawTable>();
        var problems = new List<MarkupProblem>();
        HtmlTableReader.ReadAll(_text, _html.Tokens, _html.Attributes, tables, problems);
        foreach (var problem in problems)
        {
            _sink.Report(DiagnosticMessages.MalformedHtml(Outline.TitleOf(Outline.Current), problem.Message), (problem.Start, problem.End));
        }

        foreach (var table in tables)
        {
            yield return TakeTable(table);
        }
    }

    /// <summary>
    /// An HTML block that is one heading element (<c>&lt;h2 id="technique"&gt;Technique&lt;/h2&gt;</c>): GitHub shows a
    /// heading, so it opens a section as <c>## Technique</c> does.
    /// </summary>
    private HeadingPart? HtmlHeading(HtmlBlock block)
    {
        var tokens = _html.Tokens;
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == HtmlTokenKind.Text && IsBlank(tokens[i].Start, tokens[i].End))
            {
                continue;
            }

            first = first < 0 ? i : first;
            last = i;
        }

        if (first < 0 || tokens[first].Kind != HtmlTokenKind.StartTag || HeadingLevel(tokens[first].Name) is not { } level
            || tokens[last].Kind != HtmlTokenKind.EndTag || !ReferenceEquals(tokens[last].Name, tokens[first].Name))
        {
            return null;
        }

        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag && HeadingLevel(tokens[i].Name) is not null)
            {
                return null;
            }
        }

        var title = _fields.ReadHtml(_html, first + 1, last, tokens[first].End, tokens[last].Start).Text;
        return Heading(level, title, block.Span.Start, block.Span.End + 1);
    }

    private static int? HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : null;

    private bool IsBlank(int start, int end)
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

    /// <summary>
    /// The header a <c>&lt;!-- papercatalog name-column: Technique --&gt;</c> comment names for the table after it
    /// (a file's tables need not share one name column), or false for any other comment.
    /// </summary>
    internal static bool TryReadNameColumnComment(string comment, out string header)
    {
        const string Directive = "papercatalog name-column";
        header = string.Empty;
        var body = comment.Trim();
        if (body.StartsWith("<!--", StringComparison.Ordinal))
        {
            body = body.Substring(4);
        }

        if (body.EndsWith("-->", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 3);
        }

        body = body.Trim();
        if (!body.StartsWith(Directive, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        header = body.Substring(Directive.Length).TrimStart(':', ' ', '\t').Trim();
        return header.Length > 0;
    }
}
