using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// What one field says (a table cell, a heading, a part of a list item), whatever its markup: plain text,
/// links with what is known of their targets, list items, strong spans and images, and the malformed
/// markup found in it. Immutable: every reader returns one, and nothing after the reader sees markup.
/// Offsets are into the Markdown text, with exclusive ends.
/// </summary>
internal sealed class FieldContent
{
    public FieldContent(
        string text,
        FieldLink[] links,
        FieldItem[] items,
        SourceSpan[] strong,
        FieldImage[] images,
        MarkupProblem[] problems,
        int start,
        int end,
        int outerStart,
        int outerEnd)
    {
        Text = text;
        Links = links;
        Items = items;
        Strong = strong;
        Images = images;
        Problems = problems;
        Start = start;
        End = end;
        OuterStart = outerStart;
        OuterEnd = outerEnd;
    }

    /// <summary>The plain text: markup removed, entities decoded, whitespace runs as one space, trimmed.</summary>
    public string Text { get; }

    public IReadOnlyList<FieldLink> Links { get; }

    /// <summary>The <c>&lt;li&gt;</c> items of an HTML list in the field, or the parts a reader split it into.</summary>
    public IReadOnlyList<FieldItem> Items { get; }

    /// <summary>Strong emphasis (<c>**bold**</c>): inner and outer source ranges, in document order.</summary>
    public IReadOnlyList<SourceSpan> Strong { get; }

    public IReadOnlyList<FieldImage> Images { get; }

    public IReadOnlyList<MarkupProblem> Problems { get; }

    /// <summary>The text that is neither a link's label nor an image's alt text: what the field says besides its links.</summary>
    public string TextOutsideLinks
    {
        // A slice works it out when asked: most slices are never asked.
        get => _textOutsideLinks ??= OutsideLinks(0, Text.Length, (FieldLink[])Links, (FieldImage[])Images);
        init => _textOutsideLinks = value;
    }

    private string? _textOutsideLinks;

    /// <summary>Where the field's <c>&lt;br&gt;</c> line breaks are.</summary>
    public IReadOnlyList<(int Start, int End)> LineBreaks { get; init; } = System.Array.Empty<(int, int)>();

    /// <summary>Emphasis (<c>*italic*</c>, <c>&lt;em&gt;</c>): inner and outer source ranges, in document order.</summary>
    public IReadOnlyList<SourceSpan> Emphasis { get; init; } = System.Array.Empty<SourceSpan>();

    /// <summary>The Markdown the field was read from (the whole document: offsets are into it).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>
    /// Whether the space at <c>Text[index]</c> stands for two or more spaces or tabs on one line in the source: lists that
    /// run a title and its description together in one cell set them apart so (<c>WebThinker  This paper …</c>).
    /// </summary>
    public bool IsWideSpace(int index)
    {
        if (index <= 0 || index + 1 >= Text.Length || Text[index] != ' ' || index >= Ends.Count || Source.Length == 0)
        {
            return false;
        }

        var (from, to) = (Ends[index - 1], Offsets[index + 1]);
        if (to - from < 2 || to > Source.Length)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (Source[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each character of <see cref="Text"/>, the source offset it came from (never decreasing).</summary>
    public OffsetView Offsets { get; init; } = OffsetView.Empty;

    /// <summary>The index in <see cref="Text"/> of the first character that comes from <paramref name="offset"/> or later.</summary>
    public int TextIndexOf(int offset) => Offsets.FirstAtOrAfter(offset);

    /// <summary>The text a source range holds, without the spaces that stand for whitespace around it.</summary>
    public (int Start, int End) TrimmedTextRange(int sourceStart, int sourceEnd) => TrimSpaces(Text, TextIndexOf(sourceStart), TextIndexOf(sourceEnd));

    /// <summary><c>text[start, end)</c> within the text and without the spaces at its ends (plain text has single spaces only).</summary>
    public static (int Start, int End) TrimSpaces(string text, int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>For each character of <see cref="Text"/>, where its source ends (an entity's or a code span's whole).</summary>
    public OffsetView Ends { get; init; } = OffsetView.Empty;

    /// <summary>The source range of the text <c>Text[start, end)</c>: from its first character's start to its last one's end.</summary>
    public (int Start, int End) SourceRangeOf(int start, int end)
    {
        if (end <= start || start >= Offsets.Count)
        {
            var at = start < Offsets.Count ? Offsets[start] : End;
            return (at, at);
        }

        var last = Math.Min(end, Offsets.Count) - 1;
        return (Offsets[start], Math.Max(Offsets[start], last < Ends.Count ? Ends[last] : Offsets[last] + 1));
    }

    /// <summary>Whether the image is (part of) a link's label: a badge that labels its link, not one that stands alone.</summary>
    public bool IsInsideLink(in FieldImage image)
    {
        foreach (var link in Links)
        {
            if (image.Start >= link.Start && image.End <= link.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The part of the field whose text is <c>Text[start, end)</c> (trimmed), with the links, items, spans and images
    /// whose text lies wholly inside it: a title cut from a list item, the venue in its parentheses. Markup problems
    /// stay with the whole field, so each is reported once.
    /// </summary>
    public FieldContent Slice(int start, int end)
    {
        (start, end) = TrimSpaces(Text, start, end);

        var (sourceStart, sourceEnd) = SourceRangeOf(start, end);
        if (end <= start)
        {
            return Empty(sourceStart);
        }

        var links = TextWithin(Links, static l => (l.Start, l.End), start, end);
        var images = TextWithin(Images, static i => (i.Start, i.End), start, end);
        var strong = TextWithin(Strong, static s => (s.OuterStart, s.OuterEnd), start, end);
        var emphasis = TextWithin(Emphasis, static s => (s.OuterStart, s.OuterEnd), start, end);

        // The slice's source takes in the delimiters of what it holds whole: a link's brackets, a bold's stars.
        foreach (var link in links)
        {
            (sourceStart, sourceEnd) = (Math.Min(sourceStart, link.Start), Math.Max(sourceEnd, link.End));
        }

        foreach (var span in strong)
        {
            (sourceStart, sourceEnd) = (Math.Min(sourceStart, span.OuterStart), Math.Max(sourceEnd, span.OuterEnd));
        }

        var (offsets, ends) = (Part(Offsets, start, end), Part(Ends, start, end));
        return new FieldContent(
            Text.Substring(start, end - start),
            links,
            TextWithin(Items, static i => (i.Start, i.End), start, end),
            strong,
            images,
            System.Array.Empty<MarkupProblem>(),
            sourceStart,
            sourceEnd,
            sourceStart,
            sourceEnd)
        {
            LineBreaks = SourceWithin(LineBreaks, static b => (b.Start, b.End), sourceStart, sourceEnd),
            Emphasis = emphasis,
            Offsets = offsets,
            Ends = ends,
            Source = Source,
        };
    }

    /// <summary>The link at <paramref name="index"/> alone, as a field of its own (a link no part of an entry's text took).</summary>
    public FieldContent LinkAlone(int index)
    {
        var link = Links[index];
        return Alone(
            link.Start,
            link.End,
            new[] { link },
            SourceWithin(Strong, static s => (s.OuterStart, s.OuterEnd), link.Start, link.End),
            SourceWithin(Images, static i => (i.Start, i.End), link.Start, link.End));
    }

    /// <summary>The image at <paramref name="index"/> alone, as a field of its own (a badge no part of an entry's text took).</summary>
    public FieldContent ImageAlone(int index)
    {
        var image = Images[index];
        return Alone(image.Start, image.End, System.Array.Empty<FieldLink>(), System.Array.Empty<SourceSpan>(), new[] { image });
    }

    /// <summary>The part of the field the source range <c>[sourceStart, sourceEnd)</c> covers, holding what is given.</summary>
    private FieldContent Alone(int sourceStart, int sourceEnd, FieldLink[] links, SourceSpan[] strong, FieldImage[] images)
    {
        var (start, end) = TrimmedTextRange(sourceStart, sourceEnd);
        return new FieldContent(
            Text.Substring(start, end - start),
            links,
            System.Array.Empty<FieldItem>(),
            strong,
            images,
            System.Array.Empty<MarkupProblem>(),
            sourceStart,
            sourceEnd,
            sourceStart,
            sourceEnd)
        {
            TextOutsideLinks = string.Empty,
            Offsets = Part(Offsets, start, end),
            Ends = Part(Ends, start, end),
            Source = Source,
        };
    }

    private static OffsetView Part(OffsetView values, int start, int end) => values.Part(start, Math.Max(0, Math.Min(end, values.Count) - start));

    private static FieldContent Empty(int at) =>
        new(string.Empty, System.Array.Empty<FieldLink>(), System.Array.Empty<FieldItem>(), System.Array.Empty<SourceSpan>(), System.Array.Empty<FieldImage>(), System.Array.Empty<MarkupProblem>(), at, at, at, at);

    /// <summary>The text of <c>Text[start, end)</c> that is neither a link's label nor an image's alt text.</summary>
    private string OutsideLinks(int start, int end, FieldLink[] links, FieldImage[] images)
    {
        if (links.Length == 0 && images.Length == 0)
        {
            return Text.Substring(start, end - start);
        }

        var covered = new List<(int Start, int End)>(links.Length + images.Length);
        foreach (var link in links)
        {
            covered.Add(TrimmedTextRange(link.Start, link.End));
        }

        foreach (var image in images)
        {
            covered.Add(TrimmedTextRange(image.Start, image.End));
        }

        covered.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var plain = new TextAccumulator();
        var from = start;
        foreach (var (coverStart, coverEnd) in covered)
        {
            if (coverStart > from)
            {
                plain.Append(Text, from, Math.Min(coverStart, end) - from);
            }

            plain.Break();
            from = Math.Max(from, coverEnd);
        }

        if (from < end)
        {
            plain.Append(Text, from, end - from);
        }

        return plain.ToString();
    }

    // The selectors are static lambdas (cached, no allocation): slicing runs for every part of every entry.

    /// <summary>The items whose text lies wholly inside <c>Text[start, end)</c>.</summary>
    private T[] TextWithin<T>(IReadOnlyList<T> items, Func<T, (int Start, int End)> rangeOf, int start, int end)
    {
        List<T>? inside = null;
        for (var i = 0; i < items.Count; i++)
        {
            var (itemStart, itemEnd) = rangeOf(items[i]);
            var (textStart, textEnd) = TrimmedTextRange(itemStart, itemEnd);
            if (textStart >= start && textEnd <= end && (textEnd > textStart || (textStart > start && textStart < end)))
            {
                (inside ??= new List<T>(4)).Add(items[i]);
            }
        }

        return inside is null ? System.Array.Empty<T>() : inside.ToArray();
    }

    /// <summary>The items whose source lies wholly inside <c>[sourceStart, sourceEnd)</c>.</summary>
    private static T[] SourceWithin<T>(IReadOnlyList<T> items, Func<T, (int Start, int End)> rangeOf, int sourceStart, int sourceEnd)
    {
        List<T>? inside = null;
        for (var i = 0; i < items.Count; i++)
        {
            var (itemStart, itemEnd) = rangeOf(items[i]);
            if (itemStart >= sourceStart && itemEnd <= sourceEnd)
            {
                (inside ??= new List<T>(4)).Add(items[i]);
            }
        }

        return inside is null ? System.Array.Empty<T>() : inside.ToArray();
    }

    /// <summary>Where the content is (whitespace trimmed).</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Where the field is with its delimiters (a cell's pipes or tags): an empty field still has a place.</summary>
    public int OuterStart { get; }

    public int OuterEnd { get; }

    public bool IsEmpty => End <= Start;

    /// <summary>The source range a diagnostic about the whole field points at.</summary>
    public (int Start, int End) Span => IsEmpty ? (OuterStart, OuterEnd) : (Start, End);

    /// <summary>The same field, its items being <paramref name="items"/> (a list item's institutions, split on <c>&amp;</c>).</summary>
    public FieldContent WithItems(FieldItem[] items) =>
        new(Text, (FieldLink[])Links, items, (SourceSpan[])Strong, (FieldImage[])Images, (MarkupProblem[])Problems, Start, End, OuterStart, OuterEnd)
        {
            _textOutsideLinks = _textOutsideLinks,
            LineBreaks = LineBreaks,
            Emphasis = Emphasis,
            Offsets = Offsets,
            Ends = Ends,
            Source = Source,
        };
}

/// <summary>A range of source with an inner part: the text of <c>**bold**</c> inside its delimiters.</summary>
internal readonly record struct SourceSpan(int InnerStart, int InnerEnd, int OuterStart, int OuterEnd);

/// <summary>A link in a field: its plain-text label, its decoded target, where both are, and what its target is.</summary>
internal readonly struct FieldLink
{
    public FieldLink(string label, string target, int start, int end, int targetStart, int targetEnd, bool labelIsImage, string? imageUrl, LinkFacts facts)
    {
        Label = label;
        Target = target;
        Start = start;
        End = end;
        TargetStart = targetStart;
        TargetEnd = targetEnd;
        LabelIsImage = labelIsImage;
        ImageUrl = imageUrl;
        Facts = facts;
    }

    public string Label { get; }

    public string Target { get; }

    /// <summary>Where the whole link starts and ends.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Where the target is written (the <c>href</c> value or the Markdown destination).</summary>
    public int TargetStart { get; }

    public int TargetEnd { get; }

    /// <summary>The label is an image and nothing else (a badge): its alt text is no name for the link.</summary>
    public bool LabelIsImage { get; }

    /// <summary>The URL of the first image in the label, or null.</summary>
    public string? ImageUrl { get; }

    /// <summary>What the target is: valid or not (and why), its kind, its arXiv identifier.</summary>
    public LinkFacts Facts { get; }

    public LinkTargetProblem Problem => Facts.Problem;

    /// <summary>Why the target is invalid (<see cref="LinkTargetProblem.Invalid"/>), else empty.</summary>
    public string ProblemReason => Facts.Reason;

    public LinkKind Kind => Facts.Kind;

    /// <summary>The arXiv identifier of an arXiv link, or null.</summary>
    public string? ArxivId => Facts.ArxivId;

    public bool IsValid => Problem == LinkTargetProblem.None;

    /// <summary>The range a diagnostic about the target points at: the target, or the whole link when it has none.</summary>
    public (int Start, int End) TargetSpan => TargetEnd > TargetStart ? (TargetStart, TargetEnd) : (Start, End);
}

/// <summary>What is known of a link target: whether it is valid (and why not), its kind and its arXiv identifier.</summary>
internal sealed class LinkFacts
{
    private LinkFacts(LinkTargetProblem problem, string reason, LinkKind kind, string? arxivId)
    {
        Problem = problem;
        Reason = reason;
        Kind = kind;
        ArxivId = arxivId;
    }

    public LinkTargetProblem Problem { get; }

    public string Reason { get; }

    public LinkKind Kind { get; }

    public string? ArxivId { get; }

    public static LinkFacts Of(string target)
    {
        var problem = LinkTargets.Check(target, out var reason);
        string? arxivId = null;
        var kind = problem == LinkTargetProblem.None ? LinkClassifier.Classify(target, out arxivId, out _, out _) : LinkKind.Other;
        return new LinkFacts(problem, reason, kind, arxivId);
    }
}

/// <summary>An item of a field (an HTML <c>&lt;li&gt;</c>, an institution of a list item) as plain text.</summary>
internal readonly struct FieldItem
{
    public FieldItem(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>An image in a field (Markdown <c>![alt](url)</c> or <c>&lt;img&gt;</c>).</summary>
internal readonly struct FieldImage
{
    public FieldImage(string url, string alt, int start, int end)
    {
        Url = url;
        Alt = alt;
        Start = start;
        End = end;
    }

    public string Url { get; }

    public string Alt { get; }

    public int Start { get; }

    public int End { get; }
}
