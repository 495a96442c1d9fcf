using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Collects what the markup of one field says while a reader walks it (Markdown inlines or raw HTML tokens),
/// and makes the immutable <see cref="FieldContent"/> at <see cref="Finish"/>. Both markups describe a field
/// through these calls, so everything after them is one code path. One instance is reused for every field
/// of a file; nothing reads it but the reader that fills it.
/// </summary>
internal sealed class FieldBuilder
{
    private readonly TextAccumulator _text = new(recordOffsets: true);
    private readonly TextAccumulator _linkLabel = new();
    private readonly TextAccumulator _itemText = new();
    private readonly TextAccumulator _plainText = new();
    private readonly List<FieldLink> _links = new();
    private readonly List<FieldItem> _items = new();
    private readonly List<SourceSpan> _strong = new();
    private readonly List<SourceSpan> _emphasis = new();

    // Open <strong>/<b> and <em>/<i> tags of an HTML field: where each started and where its tag ended.
    private readonly List<(int Start, int End)> _openStrong = new();
    private readonly List<(int Start, int End)> _openEmphasis = new();
    private readonly List<FieldImage> _images = new();
    private readonly List<MarkupProblem> _problems = new();
    private readonly List<(int Start, int End)> _lineBreaks = new();

    // What is known of each target, once per file: a list repeats its venue and notes links, and a list
    // item's parts are read again after its first line.
    private readonly Dictionary<string, LinkFacts> _facts = new(StringComparer.Ordinal);

    // The HTML elements open in the field, to report tags that are never closed or close nothing.
    private readonly List<(string Name, int Start, int End)> _openElements = new();

    private bool _inLink;
    private bool _inItem;
    private int _imageDepth;
    private string _linkTarget = string.Empty;
    private int _linkStart;
    private int _linkTargetStart;
    private int _linkTargetEnd;
    private bool _linkHasText;
    private string? _linkImage;
    private int _itemStart;
    private int _start;
    private int _end;
    private int _outerStart;
    private int _outerEnd;

    /// <summary>Starts a field whose content is <c>[start, end)</c> and which, with its delimiters, is <c>[outerStart, outerEnd)</c>.</summary>
    public void Reset(int start, int end, int outerStart, int outerEnd)
    {
        _start = start;
        _end = end;
        _outerStart = outerStart;
        _outerEnd = outerEnd;
        _text.Clear();
        _linkLabel.Clear();
        _itemText.Clear();
        _plainText.Clear();
        _lineBreaks.Clear();
        _inLink = false;
        _inItem = false;
        _imageDepth = 0;
        _links.Clear();
        _items.Clear();
        _strong.Clear();
        _emphasis.Clear();
        _openStrong.Clear();
        _openEmphasis.Clear();
        _images.Clear();
        _problems.Clear();
        _openElements.Clear();
    }

    /// <summary>Appends text that stands for the source <c>[sourceStart, sourceEnd)</c>: a decoded entity, a code span, an alt text.</summary>
    public void AppendLiteral(string value, int sourceStart, int sourceEnd)
    {
        if (value.Length == 0)
        {
            return;
        }

        _text.AppendLiteral(value, sourceStart, sourceEnd);
        AppendToParts(value, 0, value.Length);
    }

    /// <summary>Appends the source text <c>source[start, start + length)</c>.</summary>
    public void AppendText(string source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _text.Append(source, start, length);
        AppendToParts(source, start, length);
    }

    private void AppendToParts(string source, int start, int length)
    {
        if (_inLink)
        {
            _linkLabel.Append(source, start, length);
            if (_imageDepth == 0 && !_linkHasText)
            {
                _linkHasText = HasNonWhitespace(source, start, length);
            }
        }

        if (_inItem)
        {
            _itemText.Append(source, start, length);
        }

        if (!_inLink && _imageDepth == 0)
        {
            _plainText.Append(source, start, length);
        }
    }

    /// <summary>A block boundary (<c>&lt;br&gt;</c>, <c>&lt;p&gt;</c>, a list): words on either side stay apart.</summary>
    public void Break()
    {
        _text.Break();
        _linkLabel.Break();
        _itemText.Break();
        _plainText.Break();
    }

    /// <summary>A line break (<c>&lt;br&gt;</c>): a break, and a place readers may cut a field at (a title, then its authors).</summary>
    public void LineBreak(int start, int end)
    {
        Break();
        _lineBreaks.Add((start, end));
    }

    public void StartLink(string target, int start, int targetStart, int targetEnd)
    {
        if (_inLink)
        {
            // HTML does not nest links: a new <a> ends the open one.
            EndLink(start);
        }

        _inLink = true;
        _linkTarget = target;
        _linkStart = start;
        _linkTargetStart = targetStart;
        _linkTargetEnd = targetEnd;
        _linkHasText = false;
        _linkImage = null;
        _linkLabel.Clear();
    }

    public void EndLink(int end)
    {
        if (!_inLink)
        {
            return;
        }

        _inLink = false;
        var labelIsImage = _linkImage is not null && !_linkHasText;
        if (!_facts.TryGetValue(_linkTarget, out var facts))
        {
            _facts[_linkTarget] = facts = LinkFacts.Of(_linkTarget);
        }

        _links.Add(new FieldLink(_linkLabel.ToString(), _linkTarget, _linkStart, end, _linkTargetStart, _linkTargetEnd, labelIsImage, _linkImage, facts));
    }

    /// <summary>An image starts: its alt text (appended until <see cref="EndImage"/>) is text, but not a link's own words.</summary>
    public void StartImage(string url, int start, int end, string alt)
    {
        _images.Add(new FieldImage(url, alt, start, end));
        if (_inLink)
        {
            _linkImage ??= url;
        }

        _imageDepth++;
    }

    public void EndImage() => _imageDepth = Math.Max(0, _imageDepth - 1);

    public void AddStrong(SourceSpan span) => _strong.Add(span);

    public void AddEmphasis(SourceSpan span) => _emphasis.Add(span);

    /// <summary>An HTML <c>&lt;strong&gt;</c>/<c>&lt;b&gt;</c> (or, with <paramref name="strong"/> false, <c>&lt;em&gt;</c>/<c>&lt;i&gt;</c>) opens.</summary>
    public void OpenEmphasis(bool strong, int tagStart, int tagEnd) => (strong ? _openStrong : _openEmphasis).Add((tagStart, tagEnd));

    /// <summary>Its end tag: the span between the two tags is strong (or emphasized) text.</summary>
    public void CloseEmphasis(bool strong, int tagStart, int tagEnd)
    {
        var open = strong ? _openStrong : _openEmphasis;
        if (open.Count == 0)
        {
            return;
        }

        var (start, end) = open[open.Count - 1];
        open.RemoveAt(open.Count - 1);
        (strong ? _strong : _emphasis).Add(new SourceSpan(end, tagStart, start, tagEnd));
    }

    public void StartItem(int start)
    {
        if (_inItem)
        {
            // A nested list or an unclosed <li>: the new item ends the open one.
            EndItem(start);
        }

        Break();
        _inItem = true;
        _itemStart = start;
        _itemText.Clear();
    }

    public void EndItem(int end)
    {
        if (!_inItem)
        {
            return;
        }

        _inItem = false;
        Break();
        if (!_itemText.IsEmpty)
        {
            _items.Add(new FieldItem(_itemText.ToString(), _itemStart, end));
        }
    }

    /// <summary>
    /// Tracks element nesting. HTML lets some end tags be left out (<c>&lt;/li&gt;</c> before the next
    /// item or the end of the list, <c>&lt;/p&gt;</c> before a block); those are not problems. Any
    /// other element left open, or an end tag with nothing to close, is.
    /// </summary>
    public void TrackElement(in HtmlToken token)
    {
        var name = token.Name;
        if (!HtmlMarkup.IsKnownElement(name))
        {
            return;
        }

        if (token.Kind == HtmlTokenKind.StartTag)
        {
            if (token.SelfClosing || HtmlMarkup.IsVoid(name))
            {
                return;
            }

            if (_openElements.Count > 0)
            {
                var top = _openElements[_openElements.Count - 1].Name;
                if ((top == TagNames.Li && name == TagNames.Li) || (top == TagNames.P && HtmlMarkup.IsBlock(name)))
                {
                    _openElements.RemoveAt(_openElements.Count - 1);
                }
            }

            _openElements.Add((name, token.Start, token.End));
            return;
        }

        if (token.Kind != HtmlTokenKind.EndTag || HtmlMarkup.IsVoid(name))
        {
            return;
        }

        var open = _openElements.FindLastIndex(e => e.Name == name);
        if (open < 0)
        {
            _problems.Add(new MarkupProblem(token.Start, token.End, $"</{name}> has no <{name}> to close"));
            return;
        }

        for (var i = _openElements.Count - 1; i > open; i--)
        {
            var unclosed = _openElements[i];
            if (!HasOptionalEndTag(unclosed.Name))
            {
                _problems.Add(new MarkupProblem(unclosed.Start, unclosed.End, $"<{unclosed.Name}> is not closed before </{name}>"));
            }
        }

        _openElements.RemoveRange(open, _openElements.Count - open);
    }

    /// <summary>The plain text read so far, and nothing else of the field (an image's alt text).</summary>
    public string FinishText()
    {
        EndLink(_end);
        EndItem(_end);
        _openElements.Clear();
        return _text.ToString();
    }

    /// <summary>Closes what the markup left open and returns what the field says.</summary>
    /// <param name="tableCell">
    /// The field is a table cell, whose end closes the formatting left open in it (<c>&lt;font color=red&gt;Title</c>):
    /// a browser shows the cell as meant, and nothing runs past it, so that is no problem. Elsewhere such a tag runs on.
    /// </param>
    public FieldContent Finish(string source, bool tableCell = false)
    {
        EndLink(_end);
        EndItem(_end);
        foreach (var unclosed in _openElements)
        {
            if (!HasOptionalEndTag(unclosed.Name) && !(tableCell && HtmlMarkup.IsFormatting(unclosed.Name)))
            {
                _problems.Add(new MarkupProblem(unclosed.Start, unclosed.End, $"<{unclosed.Name}> is not closed"));
            }
        }

        _openElements.Clear();
        var map = _text.SourceMap();
        return new FieldContent(
            _text.ToString(),
            ToArray(_links),
            ToArray(_items),
            ToArray(Sorted(_strong)),
            ToArray(_images),
            ToArray(_problems),
            _start,
            _end,
            _outerStart,
            _outerEnd)
        {
            TextOutsideLinks = _plainText.ToString(),
            LineBreaks = ToArray(_lineBreaks),
            Emphasis = ToArray(Sorted(_emphasis)),
            Offsets = map.Offsets,
            Source = source,
            Ends = map.Ends,
        };
    }

    private static List<SourceSpan> Sorted(List<SourceSpan> spans)
    {
        if (spans.Count > 1)
        {
            spans.Sort(static (a, b) => a.OuterStart.CompareTo(b.OuterStart));
        }

        return spans;
    }

    private static T[] ToArray<T>(List<T> list) => list.Count == 0 ? Array.Empty<T>() : list.ToArray();

    private static bool HasNonWhitespace(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!TextAccumulator.IsCollapsibleWhitespace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOptionalEndTag(string name) =>
        name is TagNames.Li or TagNames.P or TagNames.Td or TagNames.Th or TagNames.Tr or TagNames.Tbody or TagNames.Thead or TagNames.Tfoot;
}
