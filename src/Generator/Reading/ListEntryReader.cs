using System;
using System.Collections.Generic;
using System.Globalization;
using Markdig.Syntax;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Reading;

/// <summary>The bullet forms a list item can take as an entry.</summary>
internal enum ListForm : byte
{
    /// <summary><c>* Title (Venue) \[[Label](url)] …</c>, sub-items: institutions, then remarks (the seed's repository).</summary>
    Annotated,

    /// <summary><c>- [Title](url): note</c>, <c>- [ ] ⭐ [Title](url)</c>, <c>- [Name](url) - Description.</c> (awesome lists).</summary>
    LinkFirst,

    /// <summary><c>- (2023-02) **Title** Authors [Paper](url)</c> (Awesome-LLM's paper lists).</summary>
    DateBold,
}

/// <summary>A list item read as an entry, and its sub-items that are entries of their own.</summary>
internal sealed record ListEntry(RawEntry Entry, ListForm Form, IReadOnlyList<ListItemBlock> ChildEntries);

/// <summary>
/// Reads bullet-list items as entries. An item is an entry when its first line takes one of the forms of
/// <see cref="ListForm"/>; any other item (a table of contents, a glossary line, prose) is not, and gives
/// nothing. Fields are cut from the source at the item's structure (the title link, the bold title, the
/// venue's parentheses, the bracketed links), and each is read like a table cell, so every field keeps its
/// exact place for diagnostics.
/// </summary>
internal sealed class ListEntryReader
{
    private static readonly string[] InstitutionSeparators = { " & ", " &amp; " };

    private readonly string _text;
    private readonly FieldReader _fields;

    public ListEntryReader(string text, FieldReader fields)
    {
        _text = text;
        _fields = fields;
    }

    /// <summary>The item as an entry, or null when it is not one.</summary>
    public ListEntry? TryRead(ListItemBlock item)
    {
        var head = Classify(item, out var shape);
        if (head is null)
        {
            return null;
        }

        var entry = new RawEntry(EntryForm.ListItem, head.Start, head.End, name: null, nameFromTitle: true);
        var children = new List<ListItemBlock>();
        switch (shape.Form)
        {
            case ListForm.LinkFirst:
                ReadLinkFirst(entry, head, shape);
                ReadDetails(entry, item, children, institutionsFirst: false);
                break;
            case ListForm.DateBold:
                ReadDateBold(entry, head, shape);
                ReadDetails(entry, item, children, institutionsFirst: false);
                break;
            default:
                ReadAnnotated(entry, head, shape);
                ReadDetails(entry, item, children, institutionsFirst: true);
                break;
        }

        return new ListEntry(entry, shape.Form, children);
    }

    /// <summary>Reads the item's first line and tells its form, or returns null when the item is not an entry.</summary>
    private FieldContent? Classify(ListItemBlock item, out Shape shape)
    {
        shape = default;
        if (item.Count == 0 || item[0] is not ParagraphBlock paragraph)
        {
            return null;
        }

        var head = _fields.ReadMarkdown(paragraph.Span.Start, paragraph.Span.End + 1);
        if (head.IsEmpty)
        {
            return null;
        }

        var end = head.End;
        var position = SkipDecoration(SkipTaskBox(head.Start, end), end);
        var date = TryDate(position, end);
        if (date is { } d)
        {
            position = SkipSpaces(d.OuterEnd, end);
        }

        foreach (var strong in head.Strong)
        {
            if (strong.OuterStart == position && (date is not null || HasLinkAfter(head, strong.OuterEnd)))
            {
                shape = new Shape(ListForm.DateBold, position, date, strong, default, null, -1);
                return head;
            }
        }

        var bracketed = FirstBracketed(head, position);
        foreach (var link in head.Links)
        {
            if (link.Start == position)
            {
                if (IsTableOfContents(link))
                {
                    return null;
                }

                shape = new Shape(ListForm.LinkFirst, position, date, default, link, null, bracketed);
                return head;
            }
        }

        var bodyEnd = bracketed >= 0 ? bracketed : end;
        var venue = FindVenue(head, position, bodyEnd);
        if (venue is null && bracketed < 0)
        {
            return null;
        }

        shape = new Shape(ListForm.Annotated, position, date, default, default, venue, bracketed);
        return head;
    }

    private void ReadAnnotated(RawEntry entry, FieldContent head, Shape shape)
    {
        var bodyEnd = shape.Bracketed >= 0 ? shape.Bracketed : head.End;
        var titleEnd = shape.Venue is { } venue ? venue.Span.OuterStart : bodyEnd;
        AddDate(entry, shape);
        entry.Fields.Add(new RawField(FieldRole.Title, "title", _fields.ReadMarkdown(shape.Start, titleEnd)));
        if (shape.Venue is { } v)
        {
            entry.Fields.Add(new RawField(FieldRole.Venue, "venue", v.Content));
        }

        if (shape.Bracketed >= 0)
        {
            entry.Fields.Add(new RawField(FieldRole.Links, "links", _fields.ReadMarkdown(shape.Bracketed, head.End)));
        }
    }

    private void ReadLinkFirst(RawEntry entry, FieldContent head, Shape shape)
    {
        var link = shape.TitleLink;
        AddDate(entry, shape);
        entry.Fields.Add(new RawField(FieldRole.TitleLink, "title", _fields.ReadMarkdown(link.Start, link.End)));
        var noteEnd = shape.Bracketed >= 0 ? shape.Bracketed : head.End;
        var noteStart = SkipSeparator(link.End, noteEnd);
        if (noteStart < noteEnd)
        {
            var note = _fields.ReadMarkdown(noteStart, noteEnd);
            var isByline = note.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase);
            entry.Fields.Add(new RawField(isByline ? FieldRole.Authors : FieldRole.Remarks, isByline ? "authors" : "note", note));
        }

        if (shape.Bracketed >= 0)
        {
            entry.Fields.Add(new RawField(FieldRole.Links, "links", _fields.ReadMarkdown(shape.Bracketed, head.End)));
        }
    }

    private void ReadDateBold(RawEntry entry, FieldContent head, Shape shape)
    {
        var strong = shape.Strong;
        AddDate(entry, shape);

        // "**Chain of Thought Prompting … Models.**": the full stop closes the sentence, not the title.
        var titleEnd = strong.InnerEnd > strong.InnerStart + 1 && _text[strong.InnerEnd - 1] == '.' ? strong.InnerEnd - 1 : strong.InnerEnd;
        entry.Fields.Add(new RawField(FieldRole.Title, "title", _fields.ReadMarkdown(strong.InnerStart, titleEnd)));
        var firstLink = -1;
        foreach (var link in head.Links)
        {
            if (link.Start >= strong.OuterEnd)
            {
                firstLink = link.Start;
                break;
            }
        }

        var authorsEnd = firstLink >= 0 ? firstLink : head.End;
        var authorsStart = SkipSeparator(strong.OuterEnd, authorsEnd);
        if (authorsStart < authorsEnd)
        {
            var authors = _fields.ReadMarkdown(authorsStart, authorsEnd);
            if (authors.Text.Trim('|', ',', '-', ' ').Length > 0)
            {
                entry.Fields.Add(new RawField(FieldRole.Authors, "authors", authors));
            }
        }

        if (firstLink >= 0)
        {
            entry.Fields.Add(new RawField(FieldRole.Links, "links", _fields.ReadMarkdown(firstLink, head.End)));
        }
    }

    private void AddDate(RawEntry entry, Shape shape)
    {
        if (shape.Date is { } date)
        {
            entry.Fields.Add(new RawField(FieldRole.Date, "date", _fields.ReadMarkdown(date.InnerStart, date.InnerEnd, date.OuterStart, date.OuterEnd)));
        }
    }

    /// <summary>
    /// The item's other blocks. In the annotated form the first sub-item names the institutions (split on
    /// <c>&amp;</c>) and the rest are remarks; in the other forms a sub-item that is an entry itself is one,
    /// and the rest are remarks. Nested sub-items are remarks in document order.
    /// </summary>
    private void ReadDetails(RawEntry entry, ListItemBlock item, List<ListItemBlock> children, bool institutionsFirst)
    {
        var institutionsRead = !institutionsFirst;
        for (var b = 1; b < item.Count; b++)
        {
            if (item[b] is not ListBlock list)
            {
                AddRemarks(entry, item[b]);
                continue;
            }

            foreach (var block in list)
            {
                if (block is not ListItemBlock sub)
                {
                    continue;
                }

                if (!institutionsRead && sub.Count > 0 && sub[0] is ParagraphBlock first)
                {
                    // The first sub-item names the institutions, unless it reads as a sentence (a product's
                    // description): then it is a remark like the others.
                    institutionsRead = true;
                    var institutions = ReadInstitutions(first);
                    if (Names.LooksLikeInstitutions(institutions.Text))
                    {
                        entry.Fields.Add(new RawField(FieldRole.Institutions, "institutions", institutions));
                        for (var i = 1; i < sub.Count; i++)
                        {
                            AddRemarks(entry, sub[i]);
                        }
                    }
                    else
                    {
                        AddRemarks(entry, sub);
                    }
                }
                else if (!institutionsFirst && Classify(sub, out _) is not null)
                {
                    children.Add(sub);
                }
                else
                {
                    AddRemarks(entry, sub);
                }
            }
        }
    }

    /// <summary>Every paragraph in the block, in order, as a remark (one line each).</summary>
    private void AddRemarks(RawEntry entry, Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                entry.Fields.Add(new RawField(FieldRole.Remarks, "remarks", _fields.ReadMarkdown(paragraph.Span.Start, paragraph.Span.End + 1)));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddRemarks(entry, child);
                }

                break;
        }
    }

    /// <summary>The institutions of a sub-item: its text split on <c>&amp;</c> (<c>SIAT, CAS</c> stays one).</summary>
    private FieldContent ReadInstitutions(ParagraphBlock paragraph)
    {
        var whole = _fields.ReadMarkdown(paragraph.Span.Start, paragraph.Span.End + 1);
        var items = new List<FieldItem>();
        var pieceStart = whole.Start;
        for (var i = whole.Start; i <= whole.End; i++)
        {
            var separator = i < whole.End ? SeparatorLength(i, whole.End) : 0;
            if (i < whole.End && (separator == 0 || InsideLink(whole, i)))
            {
                continue;
            }

            var piece = _fields.ReadMarkdown(pieceStart, i);
            if (piece.Text.Length > 0)
            {
                items.Add(new FieldItem(piece.Text, piece.Start, piece.End));
            }

            pieceStart = i + separator;
            i += Math.Max(0, separator - 1);
        }

        return whole.WithItems(items.ToArray());
    }

    /// <summary>The length of an institution separator (<c> &amp; </c>, <c> &amp;amp; </c>) at <paramref name="i"/>, or 0.</summary>
    private int SeparatorLength(int i, int end)
    {
        if (_text[i] != ' ')
        {
            return 0;
        }

        foreach (var separator in InstitutionSeparators)
        {
            if (i + separator.Length <= end && string.CompareOrdinal(_text, i, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }

    private static bool InsideLink(FieldContent content, int offset)
    {
        foreach (var link in content.Links)
        {
            if (link.Start <= offset && offset < link.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The venue: the parenthesised group that ends the title (<c>(OSDI 2022)</c>, <c>([OSDI 2022](…))</c>),
    /// when it holds a link, a year, an arXiv identifier or a known venue's name. Any other group
    /// (<c>Large Language Model (LLM)</c>) belongs to the title.
    /// </summary>
    private (SourceSpan Span, FieldContent Content)? FindVenue(FieldContent head, int start, int end)
    {
        var close = end - 1;
        while (close >= start && TextAccumulator.IsCollapsibleWhitespace(_text[close]))
        {
            close--;
        }

        if (close < start || _text[close] != ')')
        {
            return null;
        }

        var depth = 0;
        var linkIndex = head.Links.Count - 1;
        for (var i = close; i >= start; i--)
        {
            while (linkIndex >= 0 && head.Links[linkIndex].Start > i)
            {
                linkIndex--;
            }

            if (linkIndex >= 0 && head.Links[linkIndex].Start <= i && i < head.Links[linkIndex].End)
            {
                // Parentheses of a link's destination are not the group's.
                i = head.Links[linkIndex].Start;
                continue;
            }

            if (_text[i] == ')')
            {
                depth++;
            }
            else if (_text[i] == '(' && --depth == 0)
            {
                // A group at the very start leaves no title: the builder reports the item (PCAT201).
                var inner = _fields.ReadMarkdown(i + 1, close, i, close + 1);
                return IsVenueLike(inner) ? (new SourceSpan(i + 1, close, i, close + 1), inner) : null;
            }
        }

        return null;
    }

    private static bool IsVenueLike(FieldContent inner)
    {
        if (inner.Links.Count > 0)
        {
            return true;
        }

        var text = inner.Text;
        if (text.StartsWith(VenueParser.ArxivName, StringComparison.OrdinalIgnoreCase) || VenueParser.StartsWithKnownName(text))
        {
            return true;
        }

        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0')
                && IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3])
                && (i == 0 || !IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A table of contents points at other pages of the list: an in-page anchor, another Markdown page or a
    /// folder of the repository. Such an item is navigation, not a paper.
    /// </summary>
    private static bool IsTableOfContents(in FieldLink link)
    {
        var target = link.Target.Trim();
        if (target.StartsWith("#", StringComparison.Ordinal))
        {
            return true;
        }

        if (link.Kind != LinkKind.Relative)
        {
            return false;
        }

        var cut = target.IndexOfAny(new[] { '#', '?' });
        var path = cut >= 0 ? target.Substring(0, cut) : target;
        return path.Length == 0 || path.EndsWith("/", StringComparison.Ordinal)
            || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The start of the bracket before the first <c>\[[Label](url)]</c> at or after <paramref name="from"/>, or -1.</summary>
    private int FirstBracketed(FieldContent head, int from)
    {
        foreach (var link in head.Links)
        {
            if (link.Start <= from || link.Start < 1 || _text[link.Start - 1] != '[')
            {
                continue;
            }

            var after = link.End;
            var closes = after < head.End && (_text[after] == ']' || (_text[after] == '\\' && after + 1 < head.End && _text[after + 1] == ']'));
            if (closes)
            {
                var open = link.Start - 1;
                return open > from && _text[open - 1] == '\\' ? open - 1 : open;
            }
        }

        return -1;
    }

    private static bool HasLinkAfter(FieldContent head, int offset)
    {
        foreach (var link in head.Links)
        {
            if (link.Start >= offset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A task-list box (<c>[ ]</c>, <c>[x]</c>, the sloppy <c>[]</c>) and the space after it.</summary>
    private int SkipTaskBox(int i, int end)
    {
        if (i + 2 < end && _text[i] == '[' && _text[i + 1] == ']' && _text[i + 2] == ' ')
        {
            return SkipSpaces(i + 2, end);
        }

        if (i + 3 < end && _text[i] == '[' && _text[i + 1] is ' ' or 'x' or 'X' && _text[i + 2] == ']' && _text[i + 3] == ' ')
        {
            return SkipSpaces(i + 3, end);
        }

        return i;
    }

    /// <summary>Emoji and symbols in front of a title (<c>⭐</c>, <c>🔥</c>): decoration, not part of it.</summary>
    private int SkipDecoration(int i, int end)
    {
        while (i < end)
        {
            var c = _text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == ' ' || category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Surrogate
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// A date in parentheses at the start (<c>(2023-02)</c>, <c>(2023)</c>): four digits, then digits and
    /// separators. Whether it is a valid date is the builder's to say (PCAT403), so a wrong one is reported,
    /// not read as part of the title.
    /// </summary>
    private SourceSpan? TryDate(int i, int end)
    {
        if (i + 5 >= end || _text[i] != '(')
        {
            return null;
        }

        var j = i + 1;
        while (j < end && j - i <= 11 && (IsAsciiDigit(_text[j]) || _text[j] is '-' or '.' or '/'))
        {
            j++;
        }

        var isDate = j < end && _text[j] == ')' && j - i - 1 >= 4
            && IsAsciiDigit(_text[i + 1]) && IsAsciiDigit(_text[i + 2]) && IsAsciiDigit(_text[i + 3]) && IsAsciiDigit(_text[i + 4]);
        return isDate ? new SourceSpan(i + 1, j, i, j + 1) : null;
    }

    /// <summary>Skips the separator between a title and what follows it: <c>:</c>, <c>-</c>, <c>–</c>, <c>—</c>, <c>,</c>, <c>|</c>.</summary>
    private int SkipSeparator(int i, int end)
    {
        i = SkipSpaces(i, end);
        if (i < end && _text[i] is ':' or '-' or '\u2013' or '\u2014' or ',' or '|')
        {
            i = SkipSpaces(i + 1, end);
        }

        return i;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && TextAccumulator.IsCollapsibleWhitespace(_text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Where the parts of an item's first line are.</summary>
    private readonly record struct Shape(ListForm Form, int Start, SourceSpan? Date, SourceSpan Strong, FieldLink TitleLink, (SourceSpan Span, FieldContent Content)? Venue, int Bracketed);
}
