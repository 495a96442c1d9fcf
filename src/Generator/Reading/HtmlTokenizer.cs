using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

internal enum HtmlTokenKind : byte
{
    Text,
    StartTag,
    EndTag,
    Comment,

    /// <summary>A declaration, CDATA section or processing instruction: markup without content we read.</summary>
    Other,
}

/// <summary>One token of raw HTML with its exact source range (<see cref="End"/> exclusive).</summary>
internal readonly struct HtmlToken
{
    public HtmlToken(HtmlTokenKind kind, int start, int end, string name = "", bool selfClosing = false, int firstAttribute = 0, int attributeCount = 0)
    {
        Kind = kind;
        Start = start;
        End = end;
        Name = name;
        SelfClosing = selfClosing;
        FirstAttribute = firstAttribute;
        AttributeCount = attributeCount;
    }

    public HtmlTokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The lower-case tag name of a start or end tag.</summary>
    public string Name { get; }

    public bool SelfClosing { get; }

    /// <summary>Index of this tag's first attribute in the tokenizer's shared attribute list.</summary>
    public int FirstAttribute { get; }

    public int AttributeCount { get; }

    public bool IsStart(string name) => Kind == HtmlTokenKind.StartTag && ReferenceEquals(Name, name);

    public bool IsEnd(string name) => Kind == HtmlTokenKind.EndTag && ReferenceEquals(Name, name);
}

/// <summary>An attribute of a start tag; the value range is raw source (entities not yet decoded).</summary>
internal readonly struct HtmlAttribute
{
    public HtmlAttribute(string name, int valueStart, int valueEnd)
    {
        Name = name;
        ValueStart = valueStart;
        ValueEnd = valueEnd;
    }

    public string Name { get; }

    public int ValueStart { get; }

    public int ValueEnd { get; }

    public bool HasValue => ValueStart >= 0;
}

/// <summary>
/// A tokenizer for the HTML that paper lists use: tags with attributes, comments, text. It follows
/// CommonMark's definition of a raw HTML tag, keeps exact source offsets and never repairs
/// anything: balance and nesting are the table reader's business, so malformed markup can be reported
/// where it is. Every scan moves forward and stops at the first character a tag cannot hold, so a
/// run of broken tags costs linear time.
/// </summary>
internal sealed class HtmlTokenizer
{
    private readonly ScanMemo _memo = new();

    public List<HtmlToken> Tokens { get; } = new();

    public List<HtmlAttribute> Attributes { get; } = new();

    public void Clear()
    {
        Tokens.Clear();
        Attributes.Clear();
    }

    /// <summary>Appends the tokens of <c>text[start..end)</c>; adjacent text becomes one token.</summary>
    public void Tokenize(string text, int start, int end)
    {
        _memo.Reset(text, end);
        var textStart = start;
        var i = start;
        while (i < end)
        {
            var lt = text.IndexOf('<', i, end - i);
            if (lt < 0)
            {
                break;
            }

            if (TryReadTag(text, lt, end, Attributes, _memo, out var token))
            {
                if (lt > textStart)
                {
                    Tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, lt));
                }

                Tokens.Add(token);
                i = textStart = token.End;
            }
            else
            {
                i = lt + 1;
            }
        }

        if (end > textStart)
        {
            Tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, end));
        }
    }

    /// <summary>Reads the tag, comment or declaration that starts with the <c>&lt;</c> at <paramref name="start"/>.</summary>
    /// <param name="memo">Remembers closing sequences already known to be missing, so that many openers without closers cost linear time.</param>
    public static bool TryReadTag(string text, int start, int end, List<HtmlAttribute> attributes, ScanMemo memo, out HtmlToken token)
    {
        token = default;
        var i = start + 1;
        if (i >= end)
        {
            return false;
        }

        var c = text[i];
        if (IsAsciiLetter(c))
        {
            return TryReadStartTag(text, start, end, attributes, memo, out token);
        }

        if (c == '/')
        {
            return TryReadEndTag(text, start, end, out token);
        }

        if (c == '!')
        {
            if (Matches(text, i + 1, end, "--"))
            {
                // <!--> and <!---> are complete (empty) comments in CommonMark 0.31 and HTML.
                if (Matches(text, i + 3, end, ">"))
                {
                    return Found(HtmlTokenKind.Comment, start, i + 4, out token);
                }

                if (Matches(text, i + 3, end, "->"))
                {
                    return Found(HtmlTokenKind.Comment, start, i + 5, out token);
                }

                var close = memo.IndexOf(ScanMemo.CommentClose, i + 3);
                return close >= 0 && close + 3 <= end && Found(HtmlTokenKind.Comment, start, close + 3, out token);
            }

            if (Matches(text, i + 1, end, "[CDATA["))
            {
                var close = memo.IndexOf(ScanMemo.CdataClose, i + 8);
                return close >= 0 && close + 3 <= end && Found(HtmlTokenKind.Other, start, close + 3, out token);
            }

            if (i + 1 < end && IsAsciiLetter(text[i + 1]))
            {
                var close = memo.IndexOf(ScanMemo.TagClose, i + 1);
                return close >= 0 && close < end && Found(HtmlTokenKind.Other, start, close + 1, out token);
            }

            return false;
        }

        if (c == '?')
        {
            var close = memo.IndexOf(ScanMemo.ProcessingClose, i + 1);
            return close >= 0 && close + 2 <= end && Found(HtmlTokenKind.Other, start, close + 2, out token);
        }

        return false;
    }

    private static bool TryReadStartTag(string text, int start, int end, List<HtmlAttribute> attributes, ScanMemo memo, out HtmlToken token)
    {
        token = default;
        var nameStart = start + 1;
        var i = nameStart;
        while (i < end && IsTagNameChar(text[i]))
        {
            i++;
        }

        var name = TagNames.Get(text, nameStart, i - nameStart);
        var firstAttribute = attributes.Count;
        while (true)
        {
            var afterSpace = SkipWhitespace(text, i, end);
            if (afterSpace >= end)
            {
                break;
            }

            var c = text[afterSpace];
            if (c == '>')
            {
                return FoundTag(HtmlTokenKind.StartTag, start, afterSpace + 1, name, selfClosing: false, firstAttribute, attributes, out token);
            }

            if (c == '/' && afterSpace + 1 < end && text[afterSpace + 1] == '>')
            {
                return FoundTag(HtmlTokenKind.StartTag, start, afterSpace + 2, name, selfClosing: true, firstAttribute, attributes, out token);
            }

            // An attribute must be separated from what precedes it by whitespace.
            if (afterSpace == i || !IsAttributeNameStart(c))
            {
                break;
            }

            i = afterSpace;
            var attributeNameStart = i;
            while (i < end && IsAttributeNameChar(text[i]))
            {
                i++;
            }

            var attributeName = TagNames.Get(text, attributeNameStart, i - attributeNameStart);
            var beforeEquals = SkipWhitespace(text, i, end);
            if (beforeEquals < end && text[beforeEquals] == '=')
            {
                var valueStart = SkipWhitespace(text, beforeEquals + 1, end);
                if (valueStart >= end)
                {
                    break;
                }

                var quote = text[valueStart];
                if (quote == '"' || quote == '\'')
                {
                    var close = memo.IndexOf(quote == '"' ? ScanMemo.DoubleQuote : ScanMemo.SingleQuote, valueStart + 1);
                    if (close < 0 || close >= end)
                    {
                        break;
                    }

                    attributes.Add(new HtmlAttribute(attributeName, valueStart + 1, close));
                    i = close + 1;
                }
                else
                {
                    var valueEnd = valueStart;
                    while (valueEnd < end && IsUnquotedValueChar(text[valueEnd]))
                    {
                        valueEnd++;
                    }

                    if (valueEnd == valueStart)
                    {
                        break;
                    }

                    attributes.Add(new HtmlAttribute(attributeName, valueStart, valueEnd));
                    i = valueEnd;
                }
            }
            else
            {
                attributes.Add(new HtmlAttribute(attributeName, -1, -1));
            }
        }

        attributes.RemoveRange(firstAttribute, attributes.Count - firstAttribute);
        return false;
    }

    private static bool TryReadEndTag(string text, int start, int end, out HtmlToken token)
    {
        token = default;
        var nameStart = start + 2;
        if (nameStart >= end || !IsAsciiLetter(text[nameStart]))
        {
            return false;
        }

        var i = nameStart;
        while (i < end && IsTagNameChar(text[i]))
        {
            i++;
        }

        var name = TagNames.Get(text, nameStart, i - nameStart);
        i = SkipWhitespace(text, i, end);
        if (i >= end || text[i] != '>')
        {
            return false;
        }

        token = new HtmlToken(HtmlTokenKind.EndTag, start, i + 1, name);
        return true;
    }

    private static bool FoundTag(HtmlTokenKind kind, int start, int end, string name, bool selfClosing, int firstAttribute, List<HtmlAttribute> attributes, out HtmlToken token)
    {
        token = new HtmlToken(kind, start, end, name, selfClosing, firstAttribute, attributes.Count - firstAttribute);
        return true;
    }

    private static bool Found(HtmlTokenKind kind, int start, int end, out HtmlToken token)
    {
        token = new HtmlToken(kind, start, end);
        return true;
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && TextAccumulator.IsCollapsibleWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool Matches(string text, int i, int end, string value) =>
        end - i >= value.Length && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsTagNameChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';

    private static bool IsAttributeNameStart(char c) => IsAsciiLetter(c) || c == '_' || c == ':';

    private static bool IsAttributeNameChar(char c) => IsAttributeNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';

    private static bool IsUnquotedValueChar(char c) =>
        !TextAccumulator.IsCollapsibleWhitespace(c) && c != '"' && c != '\'' && c != '=' && c != '<' && c != '>' && c != '`';
}

/// <summary>
/// The searches a tag scan makes for what closes it (<c>--&gt;</c>, a quote, <c>&gt;</c>), remembering
/// where each one is known to find nothing: if it finds nothing from p, it finds nothing from any later
/// position, so a run of openers without a closer costs one search, not one per opener.
/// </summary>
internal sealed class ScanMemo
{
    public const int CommentClose = 0;
    public const int CdataClose = 1;
    public const int ProcessingClose = 2;
    public const int TagClose = 3;
    public const int DoubleQuote = 4;
    public const int SingleQuote = 5;

    private static readonly string[] Patterns = { "-->", "]]>", "?>", ">", "\"", "'" };

    private readonly int[] _nothingFrom = new int[Patterns.Length];
    private string _text = string.Empty;
    private int _end;

    /// <summary>Starts on a new range: <c>text[..end)</c>.</summary>
    public void Reset(string text, int end)
    {
        _text = text;
        _end = end;
        for (var i = 0; i < _nothingFrom.Length; i++)
        {
            _nothingFrom[i] = int.MaxValue;
        }
    }

    /// <summary>The offset of the first occurrence of pattern <paramref name="pattern"/> at or after <paramref name="from"/>, or -1.</summary>
    public int IndexOf(int pattern, int from)
    {
        if (from >= _end || from >= _nothingFrom[pattern])
        {
            return -1;
        }

        var found = _text.IndexOf(Patterns[pattern], from, _end - from, System.StringComparison.Ordinal);
        if (found < 0)
        {
            _nothingFrom[pattern] = from;
        }

        return found;
    }
}

/// <summary>
/// Lower-case tag and attribute names. The names a paper list uses come back as shared instances, so
/// comparing them is a reference check and reading them allocates nothing.
/// </summary>
internal static class TagNames
{
    public const string A = "a";
    public const string Br = "br";
    public const string Div = "div";
    public const string Href = "href";
    public const string Img = "img";
    public const string Li = "li";
    public const string Ol = "ol";
    public const string P = "p";
    public const string Table = "table";
    public const string Tbody = "tbody";
    public const string Td = "td";
    public const string Tfoot = "tfoot";
    public const string Th = "th";
    public const string Thead = "thead";
    public const string Tr = "tr";
    public const string Ul = "ul";
    public const string Alt = "alt";
    public const string Src = "src";
    public const string Rowspan = "rowspan";
    public const string Colspan = "colspan";

    private static readonly string[] Known =
    {
        A, Br, Div, Href, Img, Li, Ol, P, Table, Tbody, Td, Tfoot, Th, Thead, Tr, Ul, Alt, Src, Rowspan, Colspan,
        "strong", "em", "b", "i", "code", "span", "width", "align", "hr", "sup", "sub", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static string Get(string text, int start, int length)
    {
        foreach (var known in Known)
        {
            if (known.Length == length && string.Compare(text, start, known, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return known;
            }
        }

        return text.Substring(start, length).ToLowerInvariant();
    }
}
