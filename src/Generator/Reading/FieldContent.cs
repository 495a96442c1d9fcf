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
    public string TextOutsideLinks { get; init; } = string.Empty;

    /// <summary>Where the field's <c>&lt;br&gt;</c> line breaks are.</summary>
    public IReadOnlyList<(int Start, int End)> LineBreaks { get; init; } = System.Array.Empty<(int, int)>();

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
            TextOutsideLinks = TextOutsideLinks,
            LineBreaks = LineBreaks,
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
