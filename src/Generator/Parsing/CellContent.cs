using System.Collections.Generic;

namespace PaperCatalog.Generator.Parsing;

/// <summary>A link found in a cell: its plain-text label and its decoded target, with source ranges.</summary>
internal readonly struct CellLink
{
    public CellLink(string label, string target, int start, int end, int targetStart, int targetEnd)
    {
        Label = label;
        Target = target;
        Start = start;
        End = end;
        TargetStart = targetStart;
        TargetEnd = targetEnd;
    }

    public string Label { get; }

    public string Target { get; }

    /// <summary>Where the whole link starts and ends in the source.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Where the target is written (the <c>href</c> value or the Markdown destination).</summary>
    public int TargetStart { get; }

    public int TargetEnd { get; }
}

/// <summary>A list item (<c>&lt;li&gt;</c>) found in a cell, as plain text.</summary>
internal readonly struct CellItem
{
    public CellItem(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>
/// What a table cell says, whatever its markup: plain text, links and list items. Both cell readers
/// (Markdown inlines and raw HTML) describe a cell through these calls, so everything after them is
/// one code path. One instance is reused for every cell of a file.
/// </summary>
internal sealed class CellContent
{
    private readonly TextAccumulator _text = new();
    private readonly TextAccumulator _linkLabel = new();
    private readonly TextAccumulator _itemText = new();
    private bool _inLink;
    private bool _inItem;
    private string _linkTarget = string.Empty;
    private int _linkStart;
    private int _linkTargetStart;
    private int _linkTargetEnd;
    private int _itemStart;

    // The HTML elements open in the cell, to report tags that are never closed or close nothing.
    private readonly List<(string Name, int Start, int End)> _openElements = new();

    public List<CellLink> Links { get; } = new();

    /// <summary>Malformed HTML found in the cell: unclosed elements and stray end tags.</summary>
    public List<TableProblem> Problems { get; } = new();

    public List<CellItem> Items { get; } = new();

    /// <summary>Where the cell's content is (whitespace trimmed) in the source.</summary>
    public int Start { get; private set; }

    public int End { get; private set; }

    public void Reset(int start, int end)
    {
        Start = start;
        End = end;
        _text.Clear();
        _linkLabel.Clear();
        _itemText.Clear();
        _inLink = false;
        _inItem = false;
        Links.Clear();
        Items.Clear();
        Problems.Clear();
        _openElements.Clear();
    }

    public void AppendText(string text) => AppendText(text, 0, text.Length);

    public void AppendText(string source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _text.Append(source, start, length);
        if (_inLink)
        {
            _linkLabel.Append(source, start, length);
        }

        if (_inItem)
        {
            _itemText.Append(source, start, length);
        }
    }

    /// <summary>A block boundary (<c>&lt;br&gt;</c>, <c>&lt;p&gt;</c>, a list): words on either side stay apart.</summary>
    public void Break()
    {
        _text.Break();
        _linkLabel.Break();
        _itemText.Break();
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
        _linkLabel.Clear();
    }

    public void EndLink(int end)
    {
        if (!_inLink)
        {
            return;
        }

        _inLink = false;
        Links.Add(new CellLink(_linkLabel.ToString(), _linkTarget, _linkStart, end, _linkTargetStart, _linkTargetEnd));
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
            Items.Add(new CellItem(_itemText.ToString(), _itemStart, end));
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
            Problems.Add(new TableProblem(token.Start, token.End, $"</{name}> has no <{name}> to close"));
            return;
        }

        for (var i = _openElements.Count - 1; i > open; i--)
        {
            var unclosed = _openElements[i];
            if (!HasOptionalEndTag(unclosed.Name))
            {
                Problems.Add(new TableProblem(unclosed.Start, unclosed.End, $"<{unclosed.Name}> is not closed before </{name}>"));
            }
        }

        _openElements.RemoveRange(open, _openElements.Count - open);
    }

    /// <summary>Closes what the markup left open and returns the plain text of the cell.</summary>
    public string Finish()
    {
        EndLink(End);
        EndItem(End);
        foreach (var unclosed in _openElements)
        {
            if (!HasOptionalEndTag(unclosed.Name))
            {
                Problems.Add(new TableProblem(unclosed.Start, unclosed.End, $"<{unclosed.Name}> is not closed"));
            }
        }

        _openElements.Clear();
        return _text.ToString();
    }

    private static bool HasOptionalEndTag(string name) =>
        name is TagNames.Li or TagNames.P or TagNames.Td or TagNames.Th or TagNames.Tr or TagNames.Tbody or TagNames.Thead or TagNames.Tfoot;
}
