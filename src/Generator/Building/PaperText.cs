using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>A part of a field's text that plays a role: <c>Text[Start, End)</c> of the field it was read from.</summary>
internal readonly record struct TextPart(FieldRole Role, int Start, int End);

/// <summary>What <see cref="PaperText"/> found in a field: its parts by role, and the link whose label is the title.</summary>
internal sealed class PaperTextParts
{
    public List<TextPart> Parts { get; } = new();

    /// <summary>The index, in the field's links, of the link whose label is the title (the entry's main link), or -1.</summary>
    public int TitleLink { get; set; } = -1;

    /// <summary>The line opens with a label and a colon (<c>Paper:</c>, <c>ExpEnv:</c>): it says what one of its entry's fields is.</summary>
    public bool Labelled { get; set; }

    public bool Has(FieldRole role)
    {
        foreach (var part in Parts)
        {
            if (part.Role == role)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Reads what the text of a paper says, by what each part of it holds rather than by a fixed form: the one
/// place that knows how lists write a paper, for list items and table cells alike. A title is a link's label
/// (unless the label names a kind of link, an icon or a date), bold text, a quoted title, or the text before the
/// first link; around it stand dates (<c>(2023-02)</c>, <c>**[2025.05.12]**</c>), venue tags (<c>[OSDI'24]</c>,
/// <c>[2022 Nature Methods]</c>, <c>(ICML 2026)</c>, <c>*ICLR 2021*</c>, <c>| SOSP' 23</c>), authors (an italic list of
/// names, <c>J. Doe et al.</c>, a citation's names before its quoted title, <c>, by …</c>), a short name
/// (<c>**Name**: "Title"</c>, <c>(**Alias**)</c>), institutions (<c>(@MIT)</c>) and remarks. Positions are indexes into
/// the field's plain <see cref="FieldContent.Text"/>, so HTML and Markdown read alike; a part is cut from the field
/// with <see cref="FieldContent.Slice"/>.
/// </summary>
internal sealed partial class PaperText
{
    private static readonly WordSet NameParticles = new("van", "von", "de", "der", "den", "di", "da", "del", "la", "le", "du", "bin", "al", "el", "dos", "das", "y", "ter");

    private static readonly WordSet NonNameWords = new(
        "the", "of", "for", "with", "a", "an", "to", "in", "on", "is", "are", "we", "via", "from", "by", "using", "and", "or", "at",
        "as", "that", "this", "our", "into", "towards", "toward", "through", "can", "be", "not", "its", "their", "it", "how", "what");

    // What venues shorten before a full stop ("European Conf. Computer Vision", "IEEE Trans. Robotics"), no family name.
    private static readonly WordSet VenueAbbreviations = new(
        "conf", "int", "intl", "trans", "proc", "symp", "comput", "sci", "eng", "res", "lett", "rev", "assoc", "soc", "natl", "adv",
        "appl", "syst", "inf", "inform", "autom", "mach", "intell", "vis", "robot", "commun", "netw", "theor", "math", "phys");

    // Words of journal names ("Physical Review Letters", "Neural Computation"), which no person's name is made of.
    private static readonly WordSet SubjectWords = new(
        "review", "reviews", "letters", "journal", "transactions", "proceedings", "computation", "computing", "learning", "machine",
        "neural", "physical", "physics", "finance", "quantitative", "science", "sciences", "research", "systems", "networks",
        "intelligence", "processing", "analysis", "methods", "engineering", "mathematics", "economics", "statistics", "medicine",
        "biology", "chemistry", "nature", "annals", "computer", "computers", "communications", "magazine", "reports", "data",
        "information", "applied", "theory", "vision", "graphics", "robotics", "language", "languages", "signal", "control");

    private FieldContent _content = null!;
    private string _text = string.Empty;
    private readonly List<(int Start, int End, int Link)> _links = new();
    private readonly List<(int Start, int End)> _strong = new();
    private readonly List<(int Start, int End)> _emphasis = new();
    private readonly List<(int Start, int End)> _images = new();
    private readonly List<int> _breaks = new();
    private int[] _linkAt = Array.Empty<int>();

    // Which kinds of span start at each character (StrongStart, EmphasisStart, ImageStart): the reader asks at every character.
    private byte[] _spanStarts = Array.Empty<byte>();
    private PaperTextParts _parts = null!;

    /// <summary>Reads an entry's title line: a list item's first paragraph, a name cell.</summary>
    public PaperTextParts ReadTitleLine(FieldContent content)
    {
        Begin(content);
        var i = SkipDecoration(0);
        // "**[2026-02]** 🎉🎉 [Title](…)": decoration after a date or a tag is decoration too.
        i = SkipDecoration(ReadLeadingMarks(i));
        i = ReadTitle(i);
        ReadRest(i, _text.Length, titled: _parts.Has(FieldRole.Title) || _parts.TitleLink >= 0, detail: false);
        return _parts;
    }

    /// <summary>
    /// Reads a line that belongs to an entry (a sub-item, a paragraph under the item): a labelled field
    /// (<c>Authors: …</c>, <c>🏛️ Institutions: …</c>, <c>📅 Date: …</c>), or authors, a venue and remarks as they come.
    /// </summary>
    public PaperTextParts ReadDetail(FieldContent content)
    {
        Begin(content);
        var i = SkipDecoration(0);
        if (TryReadLabelled(i))
        {
            return _parts;
        }

        if (CitedTitleAfterNames(i) is var (namesEnd, titleStart, titleEnd) && titleEnd > titleStart)
        {
            // "* NR [[paper](…)]" over "  * Fu, Xueyang etc. Improving De-raining Generalization. (ICCV 2021)": the
            // sub-item cites the paper the item only names: its first author, its title, where.
            Add(FieldRole.Authors, i, namesEnd);
            AddTitle(titleStart, titleEnd);
            i = titleEnd;
        }

        ReadRest(i, _text.Length, titled: true, detail: true);
        if (!HasAnyBut(FieldRole.Remarks))
        {
            // A line of nothing the entry has a field for is one remark, as written (links in it are its links).
            _parts.Parts.Clear();
            Add(FieldRole.Remarks, i, _text.Length);
        }

        return _parts;
    }

    /// <summary>Whether the sentence goes on after a link: words, or the punctuation that ends it (<c>see the [blog](…).</c>).</summary>
    private bool SentenceGoesOn(int i, int end)
    {
        var k = SkipSpaces(i);
        return k < end && (char.IsLetterOrDigit(_text[k]) || _text[k] is '.' or ',' or ';' or ':') && _linkAt[k] < 0;
    }

    /// <summary>A link written into a sentence: a plain word or words, not a label in brackets or an icon.</summary>
    private static bool IsWordLink(in FieldLink link) =>
        !link.LabelIsImage && link.Label.Length > 0 && !LinkLabels.IsBracketed(link.Label) && HasLetterOrDigit(link.Label) && !IsIconCode(link.Label, 0, link.Label.Length)
        && !LinkLabels.IsGeneric(link.Label);

    /// <summary>Whether a link's label names the paper rather than the kind of link, an icon, a date or a venue.</summary>
    public static bool IsTitleLabel(in FieldLink link)
    {
        if (link.LabelIsImage || link.Label.Length == 0 || LinkLabels.IsGeneric(link.Label) || LinkLabels.IsBracketed(link.Label) || LinkLabels.IsUrl(link.Label))
        {
            return false;
        }

        var label = link.Label.Trim();
        // A number ([25](…/2025/), [3](#ref-3)) is no title: a year's proceedings, a reference.
        if (IsIconCode(label, 0, label.Length) || !HasLetter(label) || IsDateText(label))
        {
            return false;
        }

        // A venue alone (ICLR 2024, arXiv) labels a link to the venue or the paper, but is no title.
        return !(VenueParser.IsKnownName(label)
            || (TextRuns.WordCount(label) <= 3 && !label.Contains(":") && VenueParser.Read(label, out var venue, out _) == VenueReading.Parsed && venue.Year > 0
                && venue.Name is { } venueName && VenueParser.IsKnownName(venueName))
            || (TextRuns.WordCount(label) <= 2 && VenueParser.LooksLikeVenue(label) && VenueParser.Read(label, out var preprint, out _) == VenueReading.Parsed && preprint.Kind == VenueKind.Preprint));
    }

    private void Begin(FieldContent content)
    {
        _content = content;
        _text = content.Text;
        _parts = new PaperTextParts();
        _links.Clear();
        _strong.Clear();
        _emphasis.Clear();
        _images.Clear();
        _breaks.Clear();
        if (_linkAt.Length < _text.Length)
        {
            _linkAt = new int[Math.Max(_text.Length, _linkAt.Length * 2)];
            _spanStarts = new byte[_linkAt.Length];
        }

        for (var i = 0; i < _text.Length; i++)
        {
            _linkAt[i] = -1;
            _spanStarts[i] = 0;
        }

        for (var l = 0; l < content.Links.Count; l++)
        {
            var link = content.Links[l];
            var (start, end) = TextRange(link.Start, link.End);
            _links.Add((start, end, l));
            for (var i = start; i < end && i < _text.Length; i++)
            {
                _linkAt[i] = l;
            }
        }

        foreach (var span in content.Strong)
        {
            AddSpan(_strong, TextRange(span.OuterStart, span.OuterEnd), StrongStart);
        }

        foreach (var span in content.Emphasis)
        {
            AddSpan(_emphasis, TextRange(span.OuterStart, span.OuterEnd), EmphasisStart);
        }

        foreach (var image in content.Images)
        {
            AddSpan(_images, TextRange(image.Start, image.End), ImageStart);
        }

        foreach (var lineBreak in content.LineBreaks)
        {
            var at = content.TextIndexOf(lineBreak.Start);
            _breaks.Add(at);
            if (at >= 0 && at < _text.Length)
            {
                _spanStarts[at] |= BreakStart;
            }
        }
    }

    /// <summary>Whether a line break (<c>&lt;br&gt;</c>) stands right before <paramref name="i"/>: a title ends there.</summary>
    private bool BreakAt(int i) => IsBreakStart(i) || (i > 0 && i - 1 < _text.Length && _text[i - 1] == ' ' && IsBreakStart(i - 1));

    // Asked at every character of a title: a flag in _spanStarts, the list only for a break at the very end.
    private bool IsBreakStart(int i) => (uint)i < (uint)_text.Length ? (_spanStarts[i] & BreakStart) != 0 : _breaks.Contains(i);

    private (int Start, int End) TextRange(int sourceStart, int sourceEnd) => _content.TrimmedTextRange(sourceStart, sourceEnd);

    private void Add(FieldRole role, int start, int end)
    {
        (start, end) = Trim(start, end);
        if (role == FieldRole.Venue && BeforeOtherLink(start, end) is var venueEnd && venueEnd < end)
        {
            // What stands before the link is the venue when it reads as one; else the whole is a remark, link and all.
            var venue = _text.Substring(start, venueEnd - start);
            if (venueEnd > start && VenueParser.LooksLikeVenue(venue) && HasYearOrKnown(venue))
            {
                end = venueEnd;
            }
            else
            {
                role = FieldRole.Remarks;
            }
        }

        if (end > start)
        {
            _parts.Parts.Add(new TextPart(role, start, end));
        }
    }
}
