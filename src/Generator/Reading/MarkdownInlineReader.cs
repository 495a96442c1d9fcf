using System;
using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Reads the Markdown inlines of one field (a table cell, a heading, a part of a list item) into a
/// <see cref="FieldBuilder"/>: text,
/// links (inline, reference and autolinks), images (their alt text), code spans, escapes, entities,
/// emphasis delimiters (removed when they pair up, by CommonMark's rules) and inline HTML tags.
/// Markdig's own inline pass is not used: it works per paragraph, and a pipe table is one paragraph
/// whose inlines it cannot split into cells without padding or losing them. Every scan here is
/// linear (bracket and code-span partners are precomputed), so a huge or hostile cell costs
/// proportionally to its length.
/// </summary>
internal sealed class MarkdownInlineReader
{
    // Link labels may hold images whose alt text may hold images...; past this depth a label is plain text.
    private const int MaxLabelDepth = 3;

    private const int MaxLabelLength = 999;

    private const int MaxDestinationLength = 4096;

    private readonly IReadOnlyDictionary<string, string> _linkDefinitions;
    private readonly List<HtmlAttribute> _attributes = new();
    private readonly ScanMemo _memo = new();
    private FieldBuilder? _altTextBuilder = new();

    // Strong emphasis found while pairing delimiters, for readers that take a title from **bold**.
    private readonly List<SourceSpan> _strong = new();
    private readonly List<SourceSpan> _emphasis = new();

    // Nodes live only while one field is read: they are reused from field to field, as a list item or a cell
    // makes dozens of them and a file thousands of fields.
    private readonly List<Node> _nodePool = new();
    private readonly List<List<Node>> _listPool = new();
    private int _nodesInUse;
    private int _listsInUse;

    private Node NewNode(NodeKind kind, int start, int end)
    {
        Node node;
        if (_nodesInUse < _nodePool.Count)
        {
            node = _nodePool[_nodesInUse];
            node.Reset();
        }
        else
        {
            node = new Node();
            _nodePool.Add(node);
        }

        _nodesInUse++;
        node.Kind = kind;
        node.Start = start;
        node.End = end;
        return node;
    }

    private List<Node> NewList()
    {
        if (_listsInUse < _listPool.Count)
        {
            var list = _listPool[_listsInUse++];
            list.Clear();
            return list;
        }

        var fresh = new List<Node>();
        _listPool.Add(fresh);
        _listsInUse++;
        return fresh;
    }

    private List<Node> ListOf(Node node)
    {
        var list = NewList();
        list.Add(node);
        return list;
    }

    private Node SourceNode(int start, int end) => NewNode(NodeKind.Source, start, end);

    private Node LiteralNode(string value, int start, int end)
    {
        var node = NewNode(NodeKind.Literal, start, end);
        node.Value = value;
        return node;
    }

    private Node DelimiterNode(int start, char c, int count, bool canOpen, bool canClose)
    {
        var node = NewNode(NodeKind.Delimiter, start, start + count);
        (node.DelimiterChar, node.Count, node.Remaining, node.CanOpen, node.CanClose) = (c, count, count, canOpen, canClose);
        return node;
    }

    private Node TagNode(HtmlToken token)
    {
        var node = NewNode(NodeKind.Tag, token.Start, token.End);
        node.Token = token;
        return node;
    }

    private Node LinkNode(int start, int end, string target, int targetStart, int targetEnd, List<Node> children, bool isImage)
    {
        var node = NewNode(NodeKind.Link, start, end);
        (node.Value, node.TargetStart, node.TargetEnd, node.Children, node.IsImage) = (target, targetStart, targetEnd, children, isImage);
        return node;
    }

    public MarkdownInlineReader(IReadOnlyDictionary<string, string> linkDefinitions)
    {
        _linkDefinitions = linkDefinitions;
    }

    /// <summary>Reads <c>text[start..end)</c>. In a table cell, <c>\|</c> is a literal pipe even inside code.</summary>
    public void Read(string text, int start, int end, FieldBuilder cell, bool tableCell)
    {
        if (IsPlain(text, start, end))
        {
            AppendSource(cell, text, start, end);
            return;
        }

        _attributes.Clear();
        _nodesInUse = _listsInUse = 0;
        _memo.Reset(text, end);
        _strong.Clear();
        _emphasis.Clear();
        var nodes = Parse(text, start, end, 0, tableCell);
        foreach (var span in _strong)
        {
            cell.AddStrong(span);
        }

        foreach (var span in _emphasis)
        {
            cell.AddEmphasis(span);
        }

        Emit(nodes, text, cell);
    }

    /// <summary>
    /// Appends source text; a hard line break in it (two spaces or a backslash before a newline) is a line break, as GitHub
    /// shows it (<c>&lt;br&gt;</c>): <c>**Title**, CVPR, 2018␠␠</c> over a line of names ends the venue there.
    /// </summary>
    private static void AppendSource(FieldBuilder cell, string text, int start, int end)
    {
        for (var newline = text.IndexOf('\n', start, end - start); newline >= 0; newline = newline + 1 < end ? text.IndexOf('\n', newline + 1, end - newline - 1) : -1)
        {
            var lineEnd = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
            var breakStart = lineEnd;
            while (breakStart > start && text[breakStart - 1] == ' ')
            {
                breakStart--;
            }

            if (lineEnd - breakStart < 2 && !(breakStart == lineEnd && breakStart > start && text[breakStart - 1] == '\\'))
            {
                continue;
            }

            breakStart = breakStart == lineEnd ? breakStart - 1 : breakStart;
            cell.AppendText(text, start, breakStart - start);
            cell.LineBreak(breakStart, newline + 1);
            start = newline + 1;
        }

        cell.AppendText(text, start, end - start);
    }

    private static bool IsPlain(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '\\': case '`': case '&': case '<': case '*': case '_': case '~': case '[': case '!':
                    return false;
            }
        }

        // A bare URL is a link on GitHub (its extended autolinks).
        return text.IndexOf("://", start, end - start, StringComparison.Ordinal) < 0 && text.IndexOf("www.", start, end - start, StringComparison.OrdinalIgnoreCase) < 0;
    }

    private List<Node> Parse(string text, int start, int end, int depth, bool tableCell)
    {
        var nodes = NewList();
        var codeSpans = new CodeSpanIndex(text, start, end);
        BracketPairs? brackets = null;
        var textStart = start;
        var i = start;

        void Flush(int upTo)
        {
            if (upTo > textStart)
            {
                nodes.Add(SourceNode(textStart, upTo));
            }
        }

        while (i < end)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < end && CharHelper.IsAsciiPunctuation(text[i + 1]))
                    {
                        Flush(i);
                        nodes.Add(SourceNode(i + 1, i + 2));
                        i += 2;
                        textStart = i;
                        continue;
                    }

                    i++;
                    continue;

                case '`':
                {
                    var run = RunLength(text, i, end, '`');
                    var close = codeSpans.FindClose(i + run, run);
                    if (close >= 0)
                    {
                        Flush(i);
                        nodes.Add(LiteralNode(CodeSpanText(text, i + run, close, tableCell), i, close + run));
                        i = close + run;
                        textStart = i;
                    }
                    else
                    {
                        i += run;
                    }

                    continue;
                }

                case '&':
                {
                    var length = Entities.TryDecode(text, i, end, out var value);
                    if (length > 0)
                    {
                        Flush(i);
                        nodes.Add(LiteralNode(value, i, i + length));
                        i += length;
                        textStart = i;
                    }
                    else
                    {
                        i++;
                    }

                    continue;
                }

                case '<':
                {
                    var slice = new StringSlice(text, i, end - 1);
                    if (LinkHelper.TryParseAutolink(ref slice, out var url, out var isEmail) && url is not null)
                    {
                        Flush(i);
                        var target = isEmail ? "mailto:" + url : url;
                        nodes.Add(LinkNode(i, slice.Start, target, i + 1, slice.Start - 1, ListOf(LiteralNode(url, i + 1, slice.Start - 1)), isImage: false));
                        i = slice.Start;
                        textStart = i;
                    }
                    else if (HtmlTokenizer.TryReadTag(text, i, end, _attributes, _memo, out var token))
                    {
                        Flush(i);
                        nodes.Add(TagNode(token));
                        i = token.End;
                        textStart = i;
                    }
                    else
                    {
                        i++;
                    }

                    continue;
                }

                case '*':
                case '_':
                case '~':
                {
                    var run = RunLength(text, i, end, c);
                    Flush(i);
                    var before = i > start ? text[i - 1] : ' ';
                    var after = i + run < end ? text[i + run] : ' ';
                    CharHelper.CheckOpenCloseDelimiter(before, after, c != '_', out var canOpen, out var canClose);
                    if (c == '~' && run > 2)
                    {
                        // GitHub strikethrough uses ~ or ~~; longer runs are text.
                        canOpen = canClose = false;
                    }

                    nodes.Add(DelimiterNode(i, c, run, canOpen, canClose));
                    i += run;
                    textStart = i;
                    continue;
                }

                case '!':
                case '[':
                {
                    var open = c == '!' ? i + 1 : i;
                    if (open < end && text[open] == '[')
                    {
                        brackets ??= MatchBrackets(text, start, end, codeSpans);
                        if (TryReadLink(text, open, end, brackets, depth, tableCell, isImage: c == '!', out var link))
                        {
                            Flush(i);
                            nodes.Add(link);
                            i = link.End;
                            textStart = i;
                            continue;
                        }
                    }

                    i++;
                    continue;
                }

                case 'h':
                case 'H':
                case 'w':
                case 'W':
                {
                    // GitHub's extended autolinks: a bare http(s):// or www. URL, at a word's start.
                    // A www. link starts a word; a scheme's link may follow any mark that is no part of a word ([https://…).
                    var boundary = i == start || IsAutolinkBoundary(text[i - 1]) || (c is 'h' or 'H' && !char.IsLetterOrDigit(text[i - 1]));
                    if (depth == 0 && boundary && ExtendedAutolinkEnd(text, i, end) is var urlEnd && urlEnd > i)
                    {
                        Flush(i);
                        var written = text.Substring(i, urlEnd - i);
                        var target = c is 'w' or 'W' ? "http://" + written : written;
                        nodes.Add(LinkNode(i, urlEnd, target, i, urlEnd, ListOf(SourceNode(i, urlEnd)), isImage: false));
                        i = urlEnd;
                        textStart = i;
                        continue;
                    }

                    i++;
                    continue;
                }

                default:
                    i++;
                    continue;
            }
        }

        Flush(end);
        ProcessEmphasis(nodes, _strong, _emphasis);
        return nodes;
    }

    private static bool IsAutolinkBoundary(char c) => TextAccumulator.IsCollapsibleWhitespace(c) || c is '*' or '_' or '~' or '(';

    /// <summary>
    /// The end of an extended autolink at <paramref name="i"/> (GitHub Flavored Markdown): <c>https://</c>, <c>http://</c> or
    /// <c>www.</c>, a domain of segments with at least one dot, then anything up to a space or <c>&lt;</c>, less the
    /// punctuation that ends a sentence and a closing parenthesis that opens nothing; or -1.
    /// </summary>
    private static int ExtendedAutolinkEnd(string text, int i, int end)
    {
        int domainStart;
        if (StartsWith(text, i, end, "https://"))
        {
            domainStart = i + 8;
        }
        else if (StartsWith(text, i, end, "http://"))
        {
            domainStart = i + 7;
        }
        else if (StartsWith(text, i, end, "www."))
        {
            domainStart = i;
        }
        else
        {
            return -1;
        }

        var j = domainStart;
        var dots = 0;
        while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '_' or '.'))
        {
            dots += text[j] == '.' ? 1 : 0;
            j++;
        }

        if (j == domainStart || (dots == 0 && domainStart == i) || (dots == 0 && j - domainStart < 1))
        {
            return -1;
        }

        while (j < end && !TextAccumulator.IsCollapsibleWhitespace(text[j]) && text[j] != '<')
        {
            j++;
        }

        // Trailing punctuation is the sentence's, and a ')' that closes nothing inside the URL is the text's.
        var (opens, closes) = (Count(text, i, j, '('), Count(text, i, j, ')'));
        while (j > domainStart)
        {
            var last = text[j - 1];
            if (last is '?' or '!' or '.' or ',' or ':' or '*' or '_' or '~' or '\'' or '"')
            {
                j--;
                continue;
            }

            if (last == ')' && opens < closes)
            {
                closes--;
                j--;
                continue;
            }

            break;
        }

        return j > domainStart ? j : -1;
    }

    private static bool StartsWith(string text, int i, int end, string prefix) =>
        i + prefix.Length <= end && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int Count(string text, int start, int end, char c)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            count += text[k] == c ? 1 : 0;
        }

        return count;
    }

    private bool TryReadLink(string text, int open, int end, BracketPairs brackets, int depth, bool tableCell, bool isImage, out Node link)
    {
        link = null!;
        var close = brackets.CloseOf(open);
        if (close < 0)
        {
            return false;
        }

        var linkStart = isImage ? open - 1 : open;
        var after = close + 1;
        string? target = null;
        int targetStart, targetEnd, linkEnd;
        if (after < end && text[after] == '(')
        {
            // A destination and title longer than any real link are not tried: the bound keeps a long run
            // of "](" without a closing parenthesis from costing a scan to the end of the cell each.
            var slice = new StringSlice(text, after, Math.Min(end, after + MaxDestinationLength) - 1);
            if (!LinkHelper.TryParseInlineLink(ref slice, out var url, out _, out var urlSpan, out _))
            {
                return false;
            }

            target = Entities.Decode(url ?? string.Empty);
            (targetStart, targetEnd) = urlSpan.IsEmpty || url is null or "" ? (after + 1, after + 1) : (urlSpan.Start, urlSpan.End + 1);
            linkEnd = slice.Start;
        }
        else
        {
            // Reference links: [text][label], [text][] and [text].
            var labelStart = open + 1;
            var labelEnd = close;
            linkEnd = after;
            if (after < end && text[after] == '[')
            {
                var labelClose = text.IndexOf(']', after + 1, end - after - 1);
                if (labelClose < 0)
                {
                    return false;
                }

                if (labelClose > after + 1)
                {
                    labelStart = after + 1;
                    labelEnd = labelClose;
                }

                linkEnd = labelClose + 1;
            }

            // CommonMark caps a link label at 999 characters; the cap also keeps a run of unmatched
            // brackets from costing a copy of the rest of the cell per bracket.
            if (labelEnd - labelStart > MaxLabelLength || _linkDefinitions.Count == 0
                || !_linkDefinitions.TryGetValue(NormalizeLabel(text.Substring(labelStart, labelEnd - labelStart)), out target))
            {
                return false;
            }

            targetStart = labelStart;
            targetEnd = labelEnd;
        }

        var children = depth < MaxLabelDepth
            ? Parse(text, open + 1, close, depth + 1, tableCell)
            : ListOf(SourceNode(open + 1, close));
        link = LinkNode(linkStart, linkEnd, target!, targetStart, targetEnd, children, isImage);
        return true;
    }

    /// <summary>CommonMark's link label matching: case-insensitive, whitespace runs as one space.</summary>
    public static string NormalizeLabel(string label)
    {
        var accumulator = new TextAccumulator();
        accumulator.Append(label);
        return accumulator.ToString().ToUpperInvariant().ToLowerInvariant();
    }

    /// <summary>Every <c>[</c> of the range with its <c>]</c>, skipping escapes and code spans.</summary>
    private static BracketPairs MatchBrackets(string text, int start, int end, CodeSpanIndex codeSpans)
    {
        var pairs = new List<(int Open, int Close)>();
        var open = new Stack<int>();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                var run = RunLength(text, i, end, '`');
                var close = codeSpans.FindClose(i + run, run);
                i = (close >= 0 ? close + run : i + run) - 1;
            }
            else if (c == '[')
            {
                open.Push(i);
            }
            else if (c == ']' && open.Count > 0)
            {
                pairs.Add((open.Pop(), i));
            }
        }

        return new BracketPairs(pairs);
    }

    private static string CodeSpanText(string text, int start, int end, bool tableCell)
    {
        var code = text.Substring(start, end - start);
        if (tableCell && code.IndexOf("\\|", StringComparison.Ordinal) >= 0)
        {
            code = code.Replace("\\|", "|");
        }

        code = code.Replace('\n', ' ').Replace('\r', ' ');
        if (code.Length >= 2 && code[0] == ' ' && code[code.Length - 1] == ' ' && code.Trim(' ').Length > 0)
        {
            code = code.Substring(1, code.Length - 2);
        }

        return code;
    }

    private static int RunLength(string text, int i, int end, char c)
    {
        var j = i;
        while (j < end && text[j] == c)
        {
            j++;
        }

        return j - i;
    }

    /// <summary>
    /// Pairs emphasis delimiters as CommonMark's "process emphasis" does; paired characters vanish
    /// from the plain text, the rest stay as literal characters. A failed search for an opener
    /// raises the floor for that kind of closer, which keeps the whole pass linear.
    /// </summary>
    private static void ProcessEmphasis(List<Node> nodes, List<SourceSpan> strong, List<SourceSpan> emphasis)
    {
        List<Node>? openers = null;
        int[]? floors = null;
        foreach (var closer in nodes)
        {
            if (closer.Kind != NodeKind.Delimiter)
            {
                continue;
            }

            if (closer.CanClose && openers is { Count: > 0 })
            {
                floors ??= new int[18];
                var floorIndex = FloorIndex(closer);
                while (closer.Remaining > 0)
                {
                    var found = -1;
                    for (var k = openers.Count - 1; k >= floors[floorIndex]; k--)
                    {
                        var opener = openers[k];
                        if (opener.DelimiterChar == closer.DelimiterChar && opener.Remaining > 0 && CanPair(opener, closer))
                        {
                            found = k;
                            break;
                        }
                    }

                    if (found < 0)
                    {
                        floors[floorIndex] = openers.Count;
                        break;
                    }

                    var match = openers[found];
                    var used = closer.DelimiterChar == '~' ? closer.Remaining : (closer.Remaining >= 2 && match.Remaining >= 2 ? 2 : 1);
                    var closerUsed = closer.Count - closer.Remaining;
                    match.Remaining -= used;
                    closer.Remaining -= used;
                    if (closer.DelimiterChar != '~')
                    {
                        // An opener gives its innermost (rightmost) characters, a closer its leftmost.
                        var outerStart = match.Start + match.Remaining;
                        (used == 2 ? strong : emphasis).Add(new SourceSpan(outerStart + used, closer.Start + closerUsed, outerStart, closer.Start + closerUsed + used));
                    }

                    // Delimiters between the pair can no longer pair with anything.
                    var keep = match.Remaining > 0 ? found + 1 : found;
                    openers.RemoveRange(keep, openers.Count - keep);
                    for (var f = 0; f < floors.Length; f++)
                    {
                        floors[f] = Math.Min(floors[f], openers.Count);
                    }
                }
            }

            if (closer.CanOpen && closer.Remaining > 0)
            {
                (openers ??= new List<Node>()).Add(closer);
            }
        }
    }

    private static int FloorIndex(Node closer)
    {
        var kind = closer.DelimiterChar switch { '*' => 0, '_' => 1, _ => 2 };
        return (kind * 6) + ((closer.Count % 3) * 2) + (closer.CanOpen ? 1 : 0);
    }

    private static bool CanPair(Node opener, Node closer)
    {
        if (closer.DelimiterChar == '~')
        {
            return opener.Count == closer.Count;
        }

        // CommonMark's "rule of 3".
        if ((opener.CanClose || closer.CanOpen) && (opener.Count + closer.Count) % 3 == 0)
        {
            return opener.Count % 3 == 0 && closer.Count % 3 == 0;
        }

        return true;
    }

    private void Emit(List<Node> nodes, string text, FieldBuilder cell)
    {
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Source:
                    AppendSource(cell, text, node.Start, node.End);
                    break;
                case NodeKind.Literal:
                    cell.AppendLiteral(node.Value!, node.Start, node.End);
                    break;
                case NodeKind.Delimiter:
                    if (node.Remaining > 0)
                    {
                        cell.AppendText(text, node.Start, node.Remaining);
                    }

                    break;
                case NodeKind.Tag:
                    HtmlMarkup.Apply(cell, text, node.Token, _attributes);
                    break;
                case NodeKind.Link when node.IsImage:
                    cell.StartImage(node.Value!, node.Start, node.End, PlainText(node.Children!, text));
                    Emit(node.Children!, text, cell);
                    cell.EndImage();
                    break;
                case NodeKind.Link:
                    cell.StartLink(node.Value!, node.Start, node.TargetStart, node.TargetEnd);
                    Emit(node.Children!, text, cell);
                    cell.EndLink(node.End);
                    break;
            }
        }
    }

    /// <summary>The plain text of nodes (an image's alt text), markup removed: the same walk, into a builder of its own.</summary>
    private string PlainText(List<Node> nodes, string text)
    {
        // One builder serves every image; an image inside alt text (rare) gets one of its own.
        var builder = _altTextBuilder ?? new FieldBuilder();
        _altTextBuilder = null;
        builder.Reset(0, 0, 0, 0);
        Emit(nodes, text, builder);
        var alt = builder.FinishText();
        _altTextBuilder = builder;
        return alt;
    }

    private enum NodeKind : byte
    {
        Source,
        Literal,
        Delimiter,
        Tag,
        Link,
    }

    private sealed class Node
    {
        public NodeKind Kind;
        public int Start;
        public int End;
        public string? Value;
        public char DelimiterChar;
        public int Count;
        public int Remaining;
        public bool CanOpen;
        public bool CanClose;
        public HtmlToken Token;
        public int TargetStart;
        public int TargetEnd;
        public List<Node>? Children;
        public bool IsImage;

        public void Reset()
        {
            Value = null;
            DelimiterChar = default;
            Count = Remaining = TargetStart = TargetEnd = 0;
            CanOpen = CanClose = IsImage = false;
            Token = default;
            Children = null;
        }
    }

    /// <summary>Finds the closing backtick run of a code span by binary search over the runs of each length.</summary>
    private sealed class CodeSpanIndex
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private Dictionary<int, List<int>>? _runsByLength;

        public CodeSpanIndex(string text, int start, int end)
        {
            _text = text;
            _start = start;
            _end = end;
        }

        /// <summary>The offset of the first run of exactly <paramref name="length"/> backticks at or after <paramref name="from"/>, or -1.</summary>
        public int FindClose(int from, int length)
        {
            _runsByLength ??= IndexRuns();
            if (!_runsByLength.TryGetValue(length, out var runs))
            {
                return -1;
            }

            int low = 0, high = runs.Count;
            while (low < high)
            {
                var mid = (low + high) >> 1;
                if (runs[mid] < from)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low < runs.Count ? runs[low] : -1;
        }

        private Dictionary<int, List<int>> IndexRuns()
        {
            var runs = new Dictionary<int, List<int>>();
            for (var i = _start; i < _end; i++)
            {
                if (_text[i] != '`')
                {
                    continue;
                }

                var length = RunLength(_text, i, _end, '`');
                if (!runs.TryGetValue(length, out var list))
                {
                    runs[length] = list = new List<int>();
                }

                list.Add(i);
                i += length - 1;
            }

            return runs;
        }
    }
}

/// <summary>The <c>[</c> of a range that have a matching <c>]</c>, by offset: a few per item, where a table of every character cost four bytes each.</summary>
internal sealed class BracketPairs
{
    private readonly int[] _opens;
    private readonly int[] _closes;

    public BracketPairs(List<(int Open, int Close)> pairs)
    {
        // Pairs are found as they close ("[a [b] c]" gives the inner one first): sort them by where they open.
        pairs.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        _opens = new int[pairs.Count];
        _closes = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            (_opens[i], _closes[i]) = pairs[i];
        }
    }

    /// <summary>Where the <c>]</c> of the <c>[</c> at <paramref name="open"/> is, or -1.</summary>
    public int CloseOf(int open)
    {
        var at = System.Array.BinarySearch(_opens, open);
        return at >= 0 ? _closes[at] : -1;
    }
}
