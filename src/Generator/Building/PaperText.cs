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
internal sealed class PaperText
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
            _breaks.Add(content.TextIndexOf(lineBreak.Start));
        }
    }

    /// <summary>Whether a line break (<c>&lt;br&gt;</c>) stands right before <paramref name="i"/>: a title ends there.</summary>
    private bool BreakAt(int i)
    {
        foreach (var at in _breaks)
        {
            if (at == i || (at == i - 1 && i > 0 && _text[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

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

    // ---- Before the title: decoration, a date, tags and venue tags, a label such as "Paper:".

    /// <summary><c>47:fire:</c>, <c>12 :star:</c>: a number and icon codes, nothing else.</summary>
    private static bool IsCountAndIcon(string inner)
    {
        var text = inner.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsDigit(text[digits]))
        {
            digits++;
        }

        var rest = text.Substring(digits).Trim();
        if (digits == 0 || rest.Length < 3 || rest[0] != ':' || rest[rest.Length - 1] != ':')
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (!(char.IsLetter(c) || c is ':' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>RECOMMENDED!</c>, <c>RECOMMENDED</c>, <c>Must read!</c>: a word of eight capitals or more, or up to three words that end in an exclamation mark.</summary>
    private static bool IsShoutedRemark(string inner)
    {
        if (inner.Length > 1 && inner[inner.Length - 1] == '!')
        {
            return TextRuns.WordCount(inner) <= 3 && HasLetter(inner);
        }

        return inner.Length >= 8 && TextRuns.Capitals(inner) == inner.Length;
    }

    /// <summary>
    /// Whether <c>text[start, end)</c> holds links and nothing else but separators, the first naming a kind of link
    /// (<c>[paper](…) [code](…)</c>, <c>[paper](…) [exist code](…)</c>).
    /// </summary>
    private bool HoldsOnlyKindLinks(int start, int end)
    {
        var links = 0;
        for (var i = start; i < end; i++)
        {
            if (_linkAt[i] >= 0)
            {
                if (links == 0 && IsTitleLabel(_content.Links[_linkAt[i]]))
                {
                    return false;
                }

                links++;
                i = LinkEndAt(i) - 1;
            }
            else if (_text[i] is not (' ' or ',' or '|' or '/' or ';'))
            {
                return false;
            }
        }

        return links > 0;
    }

    /// <summary>Spaces, emoji and symbols, task boxes, badges, icon codes (<c>:fire:</c>) and a number (<c>1)</c>) in front.</summary>
    private int SkipDecoration(int i)
    {
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == ' ' || IsSymbol(c))
            {
                i++;
                continue;
            }

            if (ImageAt(i) is { } image && _linkAt[i] < 0)
            {
                i = image.End;
                continue;
            }

            if (LinkStartingAt(i) is { } badge && _content.Links[badge.Link].LabelIsImage)
            {
                // A badge link in front (stars, a page count) is kept as a link but is no part of the title.
                i = badge.End;
                continue;
            }

            if (c == '[' && i + 2 < _text.Length && _text[i + 2] == ']' && _text[i + 1] is ' ' or 'x' or 'X' && _linkAt[i] < 0)
            {
                i += 3;
                continue;
            }

            if (c == '[' && i + 1 < _text.Length && _text[i + 1] == ']' && _linkAt[i] < 0)
            {
                i += 2;
                continue;
            }

            if (c == ':' && IconCodeEnd(i) is var iconEnd && iconEnd > i)
            {
                i = iconEnd;
                continue;
            }

            if (char.IsDigit(c) && NumberingEnd(i) is var numberEnd && numberEnd > i)
            {
                i = numberEnd;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>A date, bracketed tags and a label in front of the title.</summary>
    private int ReadLeadingMarks(int i)
    {
        for (var guard = 0; guard < 8 && i < _text.Length; guard++)
        {
            if (ReferenceNumberEnd(i) is var referenceEnd && referenceEnd > i)
            {
                // "**[1]** Authors. [Title](…)", "[12] …": a reference's number, decoration.
                i = SkipSpaces(referenceEnd);
                continue;
            }

            var (open, close) = (_text[i], '\0');
            close = open switch { '(' => ')', '[' => ']', _ => '\0' };
            if (close != '\0' && _linkAt[i] < 0 && GroupEnd(i, open, close) is var end && end > i)
            {
                var (innerStart, innerEnd) = (i + 1, end - 1);
                if (open == '[' && !ContainsLink(innerStart, innerEnd) && IsCountAndIcon(_text.Substring(innerStart, innerEnd - innerStart)))
                {
                    // "[47:fire:] GhostNet: …": the list's count of stars, and an icon; decoration.
                    i = SkipSpaces(end);
                    continue;
                }

                if (open == '[' && IsBracketedTitle(innerStart, innerEnd))
                {
                    // "- [Title of the Paper] [[scholar]](…) [[arXiv]](…)": the brackets hold the title, no tag.
                    break;
                }

                if (ContainsLink(innerStart, innerEnd))
                {
                    // ([OSDI 2022](…)) with no title before it, [[CVPR](paper.pdf)] before one: the venue; a missing
                    // title is the builder's to report.
                    if (SingleLinkIn(innerStart, innerEnd) is { } venueLink && !_parts.Has(FieldRole.Venue)
                        && (VenueParser.LooksLikeVenue(_content.Links[venueLink.Link].Label) || IsVenueTagLink(venueLink, innerStart, innerEnd)))
                    {
                        Add(FieldRole.Venue, innerStart, innerEnd);
                        i = SkipSpaces(end);
                        continue;
                    }

                    if (NameTagLinkAt(innerStart, innerEnd, end) is { } nameTag)
                    {
                        // "[[SynthCity](…)] A synthetic point cloud of a city.": the thing's name, linked, then what it is.
                        Add(FieldRole.ShortName, nameTag.Start, nameTag.End);
                        i = SkipSpaces(end);
                        continue;
                    }

                    if (HoldsOnlyKindLinks(innerStart, innerEnd) && SkipSpaces(end) < _text.Length && _linkAt[SkipSpaces(end)] < 0)
                    {
                        // "[ICLR 2019] ([paper](…) [code](…)) A Closer Look At …": the links in front, the title after them.
                        i = SkipSpaces(end);
                        continue;
                    }

                    break;
                }

                var inner = _text.Substring(innerStart, innerEnd - innerStart);
                if (IsDateText(inner) || (open == '(' && IsDateShape(inner)))
                {
                    // A date in front, valid or not: whether it is one is the builder's to say (PCAT403).
                    Add(FieldRole.Date, innerStart, innerEnd);
                }
                else if (open == '(' && YearVenueGroupEnd(innerStart, innerEnd) is var yearVenue && yearVenue > innerStart && !_parts.Has(FieldRole.Venue))
                {
                    // "(2023-ICLR, CCF-A) Title": the year and venue, then a remark on them (a ranking), no name.
                    Add(FieldRole.Date, innerStart, innerStart + 4);
                    Add(FieldRole.Venue, innerStart + 5, yearVenue);
                    if (SkipSpacesAndSeparators(yearVenue, ",;") is var rest && rest < innerEnd)
                    {
                        Add(FieldRole.Remarks, rest, innerEnd);
                    }
                }
                else if (open == '(' && SkipSpaces(end) is var colon && colon < _text.Length && _text[colon] == ':'
                    && LinkStartingAt(SkipSpaces(colon + 1)) is { } titled && IsTitleLabel(_content.Links[titled.Link]))
                {
                    // "(local style): [Title](…)": a remark on the paper, then its title.
                    Add(FieldRole.Remarks, innerStart, innerEnd);
                }
                else if (open == '(' && !_parts.Has(FieldRole.Venue) && _text.Substring(innerStart, innerEnd - innerStart).Trim() is var tagged
                    && VenueParser.ReadsAsVenue(tagged) && HasYearOrKnown(tagged))
                {
                    // "(NAACL'21) Title", "(*IEEE Intelligent Systems 2023*) Title": the venue in front.
                    Add(FieldRole.Venue, innerStart, innerEnd);
                }
                else if (open == '(' && !ContainsLink(innerStart, innerEnd) && TextRuns.WordCount(inner) <= 3 && HasLetter(inner)
                    && StrongStartingAt(SkipSpaces(end)) is { } boldTitle && TextRuns.WordCount(_text.Substring(boldTitle.Start, boldTitle.End - boldTitle.Start)) >= 3)
                {
                    // "(LAMBADA) **The LAMBADA Dataset: …**": the short name in parentheses, then the bold title.
                    Add(FieldRole.ShortName, innerStart, innerEnd);
                }
                else if (open == '(' && TextRuns.WordCount(inner) <= 3 && HasLetter(inner) && LinkStartingAt(SkipSpaces(end)) is { } titleLink
                    && IsTitleLabel(_content.Links[titleLink.Link]) && !IsShoutedRemark(inner.Trim()))
                {
                    // "(ASM-Loc) [ASM-Loc: Title](…)": the short name in parentheses before the titled link; "(zero-shot) [Title](…)" a tag.
                    Add(inner.Trim() is var tag && tag.IndexOf(' ') < 0 && IsWrittenAsName(tag) ? FieldRole.ShortName : FieldRole.Tags, innerStart, innerEnd);
                }
                else if (open == '(' && IsShoutedRemark(inner.Trim()))
                {
                    // "[CVPR 2019] (RECOMMENDED!) ([paper](…)) Title": the list's own remark on the paper, in front.
                    Add(FieldRole.Remarks, innerStart, innerEnd);
                }
                else if (open == '(')
                {
                    // A parenthesised group in front that is no date or venue is part of the title.
                    break;
                }
                else if (open == '[' && VenueThenNameEnd(innerStart, innerEnd) is var venueEnd && venueEnd > innerStart && !_parts.Has(FieldRole.Venue))
                {
                    // "[KDD 2021, LPKT] [Title](…)": the venue, then the short name the list gives the paper.
                    Add(FieldRole.Venue, innerStart, venueEnd);
                    Add(FieldRole.ShortName, SkipSpaces(venueEnd + 1), Trim(venueEnd + 1, innerEnd).End);
                }
                else if ((VenueParser.LooksLikeVenue(inner) || (open == '[' && IsAcronymAndTwoDigits(inner.Trim()))) && !_parts.Has(FieldRole.Venue))
                {
                    // "[TKDD 25] **Title**", "[KBS 23]": in front, in brackets, a name and a year's last two digits are a venue.
                    Add(FieldRole.Venue, innerStart, innerEnd);
                }
                else
                {
                    Add(FieldRole.Tags, innerStart, innerEnd);
                }

                i = SkipSpacesAndSeparators(end, ":");
                continue;
            }

            if (!_parts.Has(FieldRole.Venue) && VenueLineEnd(i) is var venueLineEnd && venueLineEnd > i)
            {
                // "ICLR22 <br> [Title](…) <br> Authors": the venue on a line of its own, the titled link under it.
                Add(FieldRole.Venue, i, venueLineEnd);
                i = SkipSpaces(venueLineEnd);
                continue;
            }

            if (VenueWordEnd(i) is var venueWordEnd && venueWordEnd > i && !_parts.Has(FieldRole.Venue))
            {
                // "CVPR-22 [Title](…)", "ICLR-23 Title", "CVPR'24 Title": a known venue and its year in one word in front.
                Add(FieldRole.Venue, i, venueWordEnd);
                i = SkipSpacesAndSeparators(venueWordEnd, ":-|");
                continue;
            }

            if (YearVenueEnd(i) is var yearVenueEnd && yearVenueEnd > i && !_parts.Has(FieldRole.Venue))
            {
                // "2020-CVPR - Title.": the year and the venue in one word in front.
                var venueStart = _text[i + 4] is '-' or '/' or '_' ? i + 5 : i + 4;
                Add(FieldRole.Date, i, i + 4);
                Add(FieldRole.Venue, venueStart, yearVenueEnd);
                i = SkipSpacesAndSeparators(yearVenueEnd, ":-|\u2013\u2014");
                continue;
            }

            if (YearWordEnd(i) is var yearEnd && yearEnd > i)
            {
                // "1979, [Title](…)", "2014 - Title": a year in front, then the title.
                Add(FieldRole.Date, i, yearEnd);
                i = SkipSpacesAndSeparators(yearEnd, ",:-|\u2013\u2014");
                continue;
            }

            if (DateWordEnd(i) is var dateEnd && dateEnd > i)
            {
                // "2023-02-12 Title", "2023.05:": a date written bare in front.
                Add(FieldRole.Date, i, dateEnd);
                i = SkipSpacesAndSeparators(dateEnd, ":-|");
                continue;
            }

            if (!_parts.Has(FieldRole.ShortName) && NameBeforeTitleLink(i) is var linkAt && linkAt > i)
            {
                // "ILS-SSL: [Self-Supervised Learning …](…)": a system's name, not a label, then the titled link.
                Add(FieldRole.ShortName, i, _text.LastIndexOf(':', linkAt));
                i = linkAt;
                continue;
            }

            if (LabelEnd(i) is var labelEnd && labelEnd > i)
            {
                // "Paper: [Title](url)": the label says what follows.
                _parts.Labelled = true;
                i = SkipSpaces(labelEnd);
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// Whether a title can start at <paramref name="i"/>: a titled link, bold text, or words before the first link
    /// (not <c>, *Names*, [[arXiv](…)]</c> after <c>**The 2018 PIRM Challenge on …**</c>, which is the title itself).
    /// </summary>
    private bool TitleStartsAt(int i)
    {
        if (i >= _text.Length)
        {
            return false;
        }

        if (LinkStartingAt(i) is { } link)
        {
            return IsTitleLabel(_content.Links[link.Link]);
        }

        // "**IROS 2015** 单目平面重建：[**Title**](…)": a word about it, then the titled link.
        var firstLink = FirstLinkFrom(i);
        return StrongStartingAt(i) is not null || (char.IsLetterOrDigit(_text[i])
            && (TextRuns.WordCount(_text.Substring(i, firstLink - i).Trim()) >= 3 || LinkStartingAt(firstLink) is { } next && IsTitleLabel(_content.Links[next.Link])));
    }

    /// <summary>Where the text goes on after a bold label such as <c>**Paper**:</c> (a word that names a kind of link), or -1.</summary>
    private int LabelAfterStrong(int start, int end)
    {
        var after = SkipSpaces(end);
        if (after >= _text.Length || _text[after] is not (':' or '\uFF1A') || ContainsLink(start, end))
        {
            return -1;
        }

        var word = _text.Substring(start, end - start).Trim().TrimEnd(':', '\uFF1A');
        return LinkLabels.IsGeneric(word) ? SkipSpaces(after + 1) : -1;
    }

    /// <summary>Where a reference number in front ends (<c>[1]</c>, <c>**[12]**</c>), or -1.</summary>
    private int ReferenceNumberEnd(int i)
    {
        var end = StrongStartingAt(i) is { } strong ? strong.End : _text[i] == '[' ? GroupEnd(i, '[', ']') : -1;
        if (end <= i || ContainsLink(i, end))
        {
            return -1;
        }

        var inner = _text.Substring(i, end - i).Trim('*', '_', ' ');
        if (inner.Length < 3 || inner[0] != '[' || inner[inner.Length - 1] != ']' || inner.Length > 6)
        {
            return -1;
        }

        for (var k = 1; k < inner.Length - 1; k++)
        {
            if (!char.IsDigit(inner[k]))
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>Where the venue ends in a tag of a venue with its year and one name (<c>KDD 2021, LPKT</c>), at the comma; -1 otherwise.</summary>
    private int VenueThenNameEnd(int start, int end)
    {
        var comma = _text.IndexOf(',', start, end - start);
        if (comma <= start || _text.IndexOf(',', comma + 1, end - comma - 1) >= 0)
        {
            return -1;
        }

        var venue = _text.Substring(start, comma - start).Trim();
        var name = _text.Substring(comma + 1, end - comma - 1).Trim();
        return name.Length > 0 && name.IndexOf(' ') < 0 && HasLetter(name) && VenueParser.YearOnly(name) == 0
            && VenueParser.Read(venue, out var parts, out _) == VenueReading.Parsed && parts.Year > 0 && (VenueParser.StartsWithKnownName(venue) || parts.Kind == VenueKind.Preprint)
            ? comma : -1;
    }

    /// <summary>
    /// Where a run of two or more names, each set off by a comma, ends when a longer part that is no name follows it
    /// (the title); -1 otherwise.
    /// </summary>
    private int NamesBeforeTitle(int start, int limit)
    {
        // Asked of every title written as text: most have no comma, and no names before them.
        if (_text.IndexOf(", ", start, limit - start, StringComparison.Ordinal) < 0)
        {
            return -1;
        }

        var names = 0;
        var partStart = start;
        var lastNameEnd = -1;
        while (partStart < limit)
        {
            var comma = _text.IndexOf(", ", partStart, limit - partStart, StringComparison.Ordinal);
            var partEnd = comma < 0 ? limit : comma;
            var part = _text.Substring(partStart, partEnd - partStart).Trim();
            var words = TextRuns.WordCount(part);
            if (words is >= 2 and <= 4 && !HasDigit(part) && LooksLikeAuthors(part, single: true) && !VenueParser.ReadsAsVenue(part))
            {
                names++;
                lastNameEnd = partEnd;
            }
            else if (names >= 1 && part.StartsWith("and ", StringComparison.Ordinal) && SentenceEndIn(partStart, partEnd) is var dot && dot > partStart && dot < partEnd
                && _text.Substring(partStart + 4, dot - partStart - 4).Trim() is var last && TextRuns.WordCount(last) is >= 2 and <= 4 && LooksLikeAuthors(last, single: true))
            {
                // "Tomer Lange, Joseph Naor, and Gala Yadgar. Title. Commun. ACM. 2021.": the last name after "and", then a full stop.
                return dot;
            }
            else if (names >= 1 && part.StartsWith("et al. ", StringComparison.Ordinal) && TextRuns.WordCount(part) >= 5)
            {
                // "Huang Z, Zhou H, Li Y, et al. VS-Net: Voting with Segmentation …[C]//…" (GB/T 7714 as text): the names end at "et al.".
                return partStart + "et al.".Length;
            }
            else
            {
                return names >= 2 && words >= 4 && !LooksLikeAuthors(part) ? lastNameEnd : -1;
            }

            if (comma < 0)
            {
                return -1;
            }

            partStart = comma + 2;
        }

        return -1;
    }

    private static bool HasDigit(string text) => text.IndexOfAny(Digits) >= 0;

    /// <summary>A bracketed group that reads as a paper's title, not a tag: five words or more, no link, no venue.</summary>
    private bool IsBracketedTitle(int start, int end)
    {
        if (end - start < 20 || ContainsLink(start, end))
        {
            return false;
        }

        var inner = _text.Substring(start, end - start);
        return TextRuns.WordCount(inner) >= 5 && !VenueParser.LooksLikeVenue(inner) && !LooksLikeAuthors(inner) && HasLetter(inner);
    }

    /// <summary>Where a first word that is a known venue with its year (<c>CVPR-22</c>, <c>CVPR'24</c>) ends, when a title follows; -1 otherwise.</summary>
    private int VenueWordEnd(int i)
    {
        var end = i;
        while (end < _text.Length && _text[end] != ' ' && _linkAt[end] < 0 && end - i < 24)
        {
            end++;
        }

        if (end - i < 5 || end >= _text.Length || !char.IsLetter(_text[i]) || SkipSpacesAndSeparators(end, ":-|") is var next && next >= _text.Length
            || !(char.IsLetter(_text[next]) || _linkAt[next] >= 0))
        {
            return -1;
        }

        // Asked at the start of every title line: only a word with a year's digits in it is parsed.
        if (_text.IndexOfAny(Digits, i, end - i) < 0)
        {
            return -1;
        }

        var word = _text.Substring(i, end - i).TrimEnd(':', ',');
        return VenueParser.Read(word, out var venue, out _) == VenueReading.Parsed && venue.Year > 0 && venue.Name is { } name
            && VenueParser.IsKnownName(name) ? i + word.Length : -1;
    }

    /// <summary>Where a group's first part, a year and a venue (<c>2023-ICLR</c> in <c>(2023-ICLR, CCF-A)</c>), ends; -1 otherwise.</summary>
    private int YearVenueGroupEnd(int start, int end)
    {
        if (end - start < 6 || !IsFourDigits(start) || _text[start + 4] is not ('-' or '/'))
        {
            return -1;
        }

        var partEnd = start + 5;
        while (partEnd < end && _text[partEnd] is not (',' or ';'))
        {
            partEnd++;
        }

        var year = _text.Substring(start, 4);
        var venue = _text.Substring(start + 5, partEnd - start - 5).Trim();
        // An unknown acronym (2021-DASFAA) is a venue here too: the year and the dash say so.
        return VenueParser.YearOnly(year) > 0 && venue.Length > 0 && char.IsLetter(venue[0])
            && (VenueParser.ReadsAsVenue(venue) || (venue.IndexOf(' ') < 0 && TextRuns.Capitals(venue) >= 2 && TextRuns.Capitals(venue) * 2 >= venue.Length))
            ? Trim(start, partEnd).End : -1;
    }

    /// <summary><c>TKDD 25</c>, <c>xAI 23</c>, <c>GLFrontiers 23</c>: one word with a capital, a space, two digits.</summary>
    private static bool IsAcronymAndTwoDigits(string text)
    {
        var space = text.IndexOf(' ');
        if (space < 2 || space > 15 || text.Length != space + 3 || !char.IsDigit(text[space + 1]) || !char.IsDigit(text[space + 2]))
        {
            return false;
        }

        var capitals = 0;
        for (var i = 0; i < space; i++)
        {
            if (!char.IsLetter(text[i]) && text[i] != '-')
            {
                return false;
            }

            capitals += char.IsUpper(text[i]) ? 1 : 0;
        }

        return capitals > 0 && char.IsLetter(text[0]);
    }

    private bool IsFourDigits(int i) =>
        i + 4 <= _text.Length && char.IsDigit(_text[i]) && char.IsDigit(_text[i + 1]) && char.IsDigit(_text[i + 2]) && char.IsDigit(_text[i + 3]);

    /// <summary>Where a year in front ends when a comma or colon follows it (<c>1979, [Title](…)</c>), or -1.</summary>
    private int YearWordEnd(int i)
    {
        if (!(i + 5 < _text.Length && (_text[i] == '1' && _text[i + 1] == '9' || _text[i] == '2' && _text[i + 1] == '0')
            && char.IsDigit(_text[i + 2]) && char.IsDigit(_text[i + 3])))
        {
            return -1;
        }

        // "1979, Title", "2014 - Title", "2014 – Title"
        var dashed = _text[i + 4] == ' ' && i + 6 < _text.Length && _text[i + 5] is '-' or '\u2013' or '\u2014' && _text[i + 6] == ' ';
        return (_text[i + 4] is ',' or ':' && _text[i + 5] == ' ') || dashed ? i + 4 : -1;
    }

    /// <summary>Where a word of a year and a venue ends (<c>2020-CVPR</c>, <c>2022-Arxiv</c>), when a separator follows it; -1 otherwise.</summary>
    private int YearVenueEnd(int i)
    {
        if (i + 6 > _text.Length || !(_text[i] == '1' && _text[i + 1] == '9' || _text[i] == '2' && _text[i + 1] == '0') || !char.IsDigit(_text[i + 2]) || !char.IsDigit(_text[i + 3]))
        {
            return -1;
        }

        var end = i + 4;
        while (end < _text.Length && _text[end] != ' ' && _linkAt[end] < 0)
        {
            end++;
        }

        var venueStart = _text[i + 4] is '-' or '/' or '_' ? i + 5 : i + 4;
        if (end <= venueStart || !char.IsLetter(_text[venueStart]) || !VenueParser.ReadsAsVenue(_text.Substring(venueStart, end - venueStart)))
        {
            return -1;
        }

        var next = SkipSpaces(end);
        return next < _text.Length && _text[next] is '-' or ':' or '|' or '\u2013' or '\u2014' ? end : -1;
    }

    /// <summary>
    /// Where a line in front ends when it holds a venue and nothing else (<c>EMNLP24 Findings</c>, <c>Arxiv2025</c>) and a
    /// line break puts a titled link right under it; else -1.
    /// </summary>
    private int VenueLineEnd(int i)
    {
        var lineEnd = NextBreakAfter(i);
        if (lineEnd >= _text.Length || ContainsLink(i, lineEnd))
        {
            return -1;
        }

        var line = _text.Substring(i, lineEnd - i).Trim();
        if (TextRuns.WordCount(line) > 4 || !VenueParser.LooksLikeVenue(line))
        {
            return -1;
        }

        if (StrongStartingAt(SkipSpaces(i)) is { } bold && !HasDigit(_text.Substring(bold.Start, bold.End - bold.Start)))
        {
            // "**Fast Things** [2023]␠␠" over the names: a bold line without a year is the title.
            return -1;
        }

        var under = SkipSpaces(lineEnd);
        if (LinkStartingAt(under) is { } titleLink)
        {
            return IsTitleLabel(_content.Links[titleLink.Link]) ? lineEnd : -1;
        }

        // "Arxiv24 <br> Title <br> Authors": a plain title under a venue with a year.
        var nextBreak = NextBreakAfter(under);
        return HasYearOrKnown(line) && !ContainsLink(under, nextBreak) && TextRuns.WordCount(_text.Substring(under, nextBreak - under)) >= 3 ? lineEnd : -1;
    }

    /// <summary>Where the first line break after <paramref name="i"/> is, or the end of the text.</summary>
    private int NextBreakAfter(int i)
    {
        var next = _text.Length;
        foreach (var at in _breaks)
        {
            next = at > i && at < next ? at : next;
        }

        return next;
    }

    /// <summary>A one- or two-word label and a colon right before a link (<c>Paper:</c>, <c>New paper:</c>): where the link starts, or -1.</summary>
    private int LabelEnd(int i)
    {
        var j = i;
        var words = 0;
        while (j < _text.Length && _linkAt[j] < 0 && (char.IsLetter(_text[j]) || _text[j] == ' ' || (j > i && _text[j] is '-' or '/' && char.IsLetter(_text[j - 1]))))
        {
            if (_text[j] == ' ' && j > i && _text[j - 1] != ' ')
            {
                words++;
            }

            j++;
        }

        // "Paper:", and the full-width colon of CJK text ("单目平面重建：").
        if (j >= _text.Length || _text[j] is not (':' or '\uFF1A') || j == i || words > (_text[j] == ':' ? 1 : 3))
        {
            return -1;
        }

        var next = SkipSpaces(j + 1);
        return next < _text.Length && (LinkStartingAt(next) is not null || StrongStartingAt(next) is { } strong && LinkStartingAt(strong.Start) is not null) ? next : -1;
    }

    // ---- The title.

    private int ReadTitle(int i)
    {
        if (i < _text.Length && _text[i] == '[' && _linkAt[i] < 0 && GroupEnd(i, '[', ']') is var bracketEnd && bracketEnd > i && IsBracketedTitle(i + 1, bracketEnd - 1))
        {
            AddTitle(i + 1, bracketEnd - 1);
            return bracketEnd;
        }

        for (var attempt = 0; attempt < 4 && i < _text.Length; attempt++)
        {
            var strong = StrongStartingAt(i) ?? StrongAfterDecoration(i);
            var link = LinkStartingAt(i);
            if (link is { } l)
            {
                if (IsTitleLabel(_content.Links[l.Link]))
                {
                    _parts.TitleLink = l.Link;
                    var end = l.End;
                    if (strong is { } wrapping && wrapping.End >= l.End && wrapping.End <= SkipSpaces(l.End))
                    {
                        end = wrapping.End;
                    }

                    return ReadLinkTitle(l.Start, l.End, end);
                }

                var label = _content.Links[l.Link];
                var titleAt = SkipSpacesAndSeparators(l.End, ",:-|\u2013\u2014");
                if (!label.LabelIsImage && !_parts.Has(FieldRole.Venue) && titleAt < _text.Length && _linkAt[titleAt] < 0 && char.IsLetter(_text[titleAt])
                    && VenueParser.ReadsAsVenue(label.Label) && VenueParser.Read(label.Label, out var linkedVenue, out _) == VenueReading.Parsed && linkedVenue.Year > 0)
                {
                    // "[ICLR 2026](https://openreview.net/…), Title": the venue, linked to the paper, then the title.
                    Add(FieldRole.Venue, l.Start, l.End);
                    i = ReadLeadingMarks(titleAt);
                    continue;
                }

                if (!_parts.Has(FieldRole.ShortName) && LinkLabels.IsBracketed(label.Label) && LinkLabels.Unbracket(label.Label) is var bracketed
                    && !LinkLabels.IsGeneric(bracketed) && TextRuns.WordCount(bracketed) is > 0 and <= 4 && titleAt < _text.Length && char.IsLetterOrDigit(_text[titleAt]))
                {
                    // "[[Argoverse by Argo AI]](…) Two public datasets …": the thing's name, linked, then what it is.
                    var inBrackets = _text[l.Start] == '[' && _text[l.End - 1] == ']';
                    Add(FieldRole.ShortName, inBrackets ? l.Start + 1 : l.Start, inBrackets ? l.End - 1 : l.End);
                    i = titleAt;
                    continue;
                }

                // An icon or a generic link in front ([:scroll:](paper.pdf), [[pdf]](…)): a link, and the title is further on.
                i = SkipSpaces(l.End);
                continue;
            }

            if (strong is { } s)
            {
                if (LabelAfterStrong(s.Start, s.End) is var labelled && labelled > s.End)
                {
                    // "**Paper**: [Title](…)", "**论文**：…": the bold word says what follows.
                    _parts.Labelled = true;
                    i = labelled;
                    continue;
                }

                if (!_parts.Has(FieldRole.Venue) && !ContainsLink(s.Start, s.End) && FirstLinkFrom(s.End) < _text.Length
                    && TitleStartsAt(SkipSpacesAndSeparators(s.End, ":-|\uFF1A"))
                    && _text.Substring(s.Start, s.End - s.Start).Trim() is var bold && VenueParser.ReadsAsVenue(bold) && HasYearOrKnown(bold))
                {
                    // "**IROS 2015** [**Title**](…)": a bold venue in front, the title further on.
                    Add(FieldRole.Venue, s.Start, s.End);
                    i = ReadLeadingMarks(SkipSpacesAndSeparators(s.End, ":-|\uFF1A"));
                    continue;
                }

                return ReadStrongTitle(s.Start, s.End);
            }

            if (IsQuote(_text[i]) && QuoteEnd(i) is var quoteEnd && quoteEnd > i)
            {
                AddTitle(i + 1, quoteEnd - 1);
                return quoteEnd;
            }

            return ReadPlainTitle(i);
        }

        return i;
    }

    /// <summary>
    /// Where the titled link starts after a system's name and a colon at <paramref name="i"/> (<c>ILS-SSL: [Title](…)</c>,
    /// <c>HuBERT: …</c>): one word written as names are (capitals inside it or digits, <c>ILS-SSL</c>, <c>wav2vec</c>), so
    /// not a label (<c>Paper:</c>, <c>Survey:</c>) and not a venue, before a link titled as papers are (three words or
    /// more: <c>ExpEnv: [MuJoCo](…)</c> is a labelled link); or -1.
    /// </summary>
    private int NameBeforeTitleLink(int i)
    {
        var colon = i;
        while (colon < _text.Length && colon < i + 30 && _linkAt[colon] < 0 && (char.IsLetterOrDigit(_text[colon]) || _text[colon] is '-' or '_' or '.' or '+'))
        {
            colon++;
        }

        if (colon == i || colon >= _text.Length || _text[colon] != ':')
        {
            return -1;
        }

        var name = _text.Substring(i, colon - i);
        var linkAt = SkipSpaces(colon + 1);
        return IsWrittenAsName(name) && !LinkLabels.IsGeneric(name) && LabelRole(name.ToLowerInvariant()) is null && !VenueParser.ReadsAsVenue(name)
            && LinkStartingAt(linkAt) is { } link && IsTitleLabel(_content.Links[link.Link]) && TextRuns.WordCount(_content.Links[link.Link].Label) >= 3
            ? linkAt
            : -1;
    }

    /// <summary>A word with a capital after its first letter or a digit among letters (<c>ILS-SSL</c>, <c>HuBERT</c>, <c>wav2vec</c>), as system names are written and words are not.</summary>
    private static bool IsWrittenAsName(string word)
    {
        var letters = 0;
        var marked = false;
        for (var k = 0; k < word.Length; k++)
        {
            if (char.IsLetter(word[k]))
            {
                letters++;
                marked |= k > 0 && char.IsUpper(word[k]);
            }
            else if (char.IsDigit(word[k]))
            {
                marked = true;
            }
        }

        return letters >= 2 && marked;
    }

    /// <summary>A title that is a link's label; a label that ends in a colon continues in the text after it (<c>[Fast Things:](…) Doing It Quickly</c>).</summary>
    private int ReadLinkTitle(int start, int linkEnd, int end)
    {
        var label = _content.Links[_parts.TitleLink].Label.TrimEnd();
        var next = SkipSpaces(end);
        if ((label.EndsWith(":", StringComparison.Ordinal) || label.EndsWith("-", StringComparison.Ordinal))
            && next < _text.Length && _linkAt[next] < 0 && char.IsLetterOrDigit(_text[next]))
        {
            var boundary = PlainBoundary(next, _text.Length);
            Add(FieldRole.TitleLink, start, boundary);
            return boundary;
        }

        if (next + 2 < _text.Length && _text[next] == ':' && label.IndexOf(':') < 0 && TextRuns.WordCount(label) <= 6
            && SkipSpaces(next + 1) is var restStart && _linkAt[restStart] < 0 && char.IsUpper(_text[restStart])
            && SentenceEndIn(restStart, PlainBoundary(restStart, FirstLinkFrom(restStart))) is var restEnd && IsTitleCase(restStart, restEnd))
        {
            // "[MemServe](…): Context Caching for Disaggregated LLM Serving": the link names the paper, and its title
            // goes on after the colon in title case (a description would read as a sentence).
            Add(FieldRole.TitleLink, start, restEnd);
            return restEnd;
        }

        if (linkEnd - start > 2 && IsQuote(_text[start]) && QuoteEnd(start) is var quoteEnd && quoteEnd > start && quoteEnd <= linkEnd
            && _text.Substring(quoteEnd, linkEnd - quoteEnd).Trim().TrimEnd('.', ',').Length == 0)
        {
            // ["Fast Things: Doing It Quickly."](…): the quotes mark the title and are no part of it.
            Add(FieldRole.TitleLink, start + 1, TrimEndPunctuation(start + 1, quoteEnd - 1));
            return end;
        }

        Add(FieldRole.TitleLink, start, CutTrailingFormat(start, linkEnd));
        return end;
    }

    /// <summary>
    /// Bold text: the title (<c>**Title**</c>), or a short name before a quoted title or a title after a colon
    /// (<c>**RoboRefer**: "RoboRefer: Towards …"</c>).
    /// </summary>
    private int ReadStrongTitle(int start, int end)
    {
        var after = SkipSpaces(end);
        if (ShortNameAuthorsThenQuotedTitle(start, end, after) is var cited && cited > after)
        {
            return cited;
        }

        if (after < _text.Length && _text[after] is ':' or '-' or '\u2013' or '\u2014')
        {
            var next = SkipSpaces(after + 1);
            if (next < _text.Length && IsQuote(_text[next]) && QuoteEnd(next) is var quoteEnd && quoteEnd > next)
            {
                Add(FieldRole.ShortName, start, end);
                AddTitle(next + 1, quoteEnd - 1);
                return quoteEnd;
            }

            if (next < _text.Length && LinkStartingAt(next) is { } link && IsTitleLabel(_content.Links[link.Link]))
            {
                Add(FieldRole.ShortName, start, end);
                _parts.TitleLink = link.Link;
                Add(FieldRole.TitleLink, link.Start, link.End);
                return link.End;
            }

            if (_text[after] == ':' && next < _text.Length && _linkAt[next] < 0 && char.IsLetterOrDigit(_text[next])
                && TextRuns.WordCount(_text.Substring(start, end - start)) <= 3 && _text.IndexOf(':', start, end - start) < 0
                && SentenceEndIn(next, PlainBoundary(next, FirstLinkFrom(next))) is var titleEnd && TextRuns.WordCount(_text.Substring(next, titleEnd - next)) is >= 2 and <= 30)
            {
                // "**ChatDoctor**: A Medical Chat Model Fine-Tuned on LLaMA. [paper](…)": the short name, and the title it opens;
                // "**IDForge**: IDForge: An Identity-driven …" restates the name, and the title is the sentence.
                Add(FieldRole.ShortName, start, end);
                var restated = string.CompareOrdinal(_text, next, _text, start, end - start) == 0 && next + end - start < _text.Length && _text[next + end - start] == ':';
                AddTitle(restated ? next : start, titleEnd);
                return titleEnd;
            }
        }

        if (EmphasisStartingAt(after) is { } emphasis && !ContainsLink(start, end) && !ContainsLink(emphasis.Start, emphasis.End)
            && TextRuns.WordCount(_text.Substring(start, end - start)) <= 2
            && TextRuns.WordCount(_text.Substring(emphasis.Start, emphasis.End - emphasis.Start)) >= 3)
        {
            // "**(Geoformer)** _UniGeo: Unifying …_": a bold short name, then the title in italics.
            var (nameStart, nameEnd) = _text[start] == '(' && _text[end - 1] == ')' ? (start + 1, end - 1) : (start, end);
            Add(FieldRole.ShortName, nameStart, nameEnd);
            AddTitle(emphasis.Start, emphasis.End);
            return emphasis.End;
        }

        if (ContainsLink(start, end) && SingleLinkIn(start, end) is { } inner && IsTitleLabel(_content.Links[inner.Link]))
        {
            // **[Title](url)**
            _parts.TitleLink = inner.Link;
            Add(FieldRole.TitleLink, inner.Start, inner.End);
            return end;
        }

        AddTitle(start, end);
        return end;
    }

    /// <summary>
    /// <c>**SiamRPN++:** Bo Li, Wei Wu.&lt;br&gt;"SiamRPN++: Evolution of …." CVPR (2019).</c>: a bold short name and a colon,
    /// the names, then the quoted title; where the title ends, or -1.
    /// </summary>
    private int ShortNameAuthorsThenQuotedTitle(int start, int end, int after)
    {
        var colonInside = end > start + 1 && _text[end - 1] == ':';
        if (!colonInside && !(after < _text.Length && _text[after] == ':'))
        {
            return -1;
        }

        var nameEnd = colonInside ? end - 1 : end;
        var namesStart = SkipSpaces(colonInside ? after : after + 1);
        var quote = namesStart;
        while (quote < _text.Length && !IsQuote(_text[quote]) && _linkAt[quote] < 0)
        {
            quote++;
        }

        if (quote >= _text.Length || !IsQuote(_text[quote]) || quote == namesStart || TextRuns.WordCount(_text.Substring(start, nameEnd - start)) > 3
            || QuoteEnd(quote) is not (> 0 and var quoteEnd) || !LooksLikeAuthors(_text.Substring(namesStart, quote - namesStart).Trim().TrimEnd(NamesTrim)))
        {
            return -1;
        }

        Add(FieldRole.ShortName, start, nameEnd);
        Add(FieldRole.Authors, namesStart, TrimEndPunctuation(namesStart, quote));
        AddTitle(quote + 1, quoteEnd - 1);
        return quoteEnd;
    }

    /// <summary>
    /// A title written as text: up to the first link, bracket, venue, italic part or separator. A citation's
    /// authors before a quoted title (<c>Doe, Jane, et al. "Fast things." OSDI (2019).</c>) are its authors; a venue
    /// the text ends in (<c>Fast Things, CSUR 2004</c>) is its venue.
    /// </summary>
    private int ReadPlainTitle(int i)
    {
        if (!_parts.Has(FieldRole.Authors) && ReadReferenceOpening(i) is var referenceEnd && referenceEnd > i)
        {
            return referenceEnd;
        }

        if (ShortNameBeforeTitle(i) is var titleStart && titleStart > i)
        {
            // "CGAN - [Conditional Generative Adversarial Nets](…)", "<u>Sparrow</u>: **\"Improving …\"**": a short name,
            // a separator, and the title the way titles are marked.
            var separator = TrimBackSeparator(i, titleStart);
            if (separator <= i)
            {
                // "-: [Title](…)": separators and no name before them (a fuzz case that read before the text).
                return ReadTitle(titleStart);
            }

            if (_text[separator - 1] == ')' && _text.IndexOf('(', i, separator - i) is var open && open > i)
            {
                // "Flowtron (flow based): [Title](…)": the name, and a remark on it.
                Add(FieldRole.Remarks, open + 1, separator - 1);
                separator = Trim(i, open).End;
            }

            while (separator > i + 1 && IsSymbol(_text[separator - 1]))
            {
                // "WaveNet★: [Title](…)": a mark after the name is no part of it.
                separator--;
            }

            Add(FieldRole.ShortName, i, separator);
            return ReadTitle(titleStart);
        }

        var limit = FirstLinkFrom(i);
        if (limit < _text.Length && LinkStartingAt(limit) is { } titleLink && IsTitleLabel(_content.Links[titleLink.Link]))
        {
            // "Tianqi Chen, etc., [MLC: Machine Learning Compiler](…)": names, then the paper's link.
            var before = _text.Substring(i, limit - i).Trim().TrimEnd(NamesTrim);
            if (before.EndsWith(" etc", StringComparison.Ordinal) || before.EndsWith(",etc", StringComparison.Ordinal))
            {
                before = before.Substring(0, before.Length - 3).TrimEnd(TextRuns.CommaOrSpace) + " et al.";
            }

            if (before.Length > 0 && (LooksLikeAuthors(before) || (IsFamilyCommaGiven(before) && NameParser.IsInitials(before.Substring(before.IndexOf(',') + 1).Trim()))))
            {
                // One author family first ("Delbruck, T.,  *[Title](…)*") is names too, when the given names are initials.
                Add(FieldRole.Authors, i, TrimEndPunctuation(i, limit));
                _parts.TitleLink = titleLink.Link;
                return ReadLinkTitle(titleLink.Start, titleLink.End, titleLink.End);
            }

            if (before.Length > 6 && VenueParser.YearOnly(before.Substring(before.Length - 4)) > 0 && before[before.Length - 5] == ' '
                && before.Substring(0, before.Length - 5).TrimEnd().TrimEnd('.', ',') is var names
                && (LooksLikeAuthors(names) || (IsPlainPersonName(names) && LooksLikeAuthors(names, single: true) && !VenueParser.ReadsAsVenue(names))))
            {
                // "Jane Doe, John Roe, and Rick Moe. 2018. [Title](…). In *Proceedings of EMNLP 2018*.": the ACL style
                // (one author too: "David Vilar. 2018. [Title](…)").
                var yearAt = _text.LastIndexOf(before.Substring(before.Length - 4), limit - 1, limit - i, StringComparison.Ordinal);
                Add(FieldRole.Authors, i, TrimEndPunctuation(i, yearAt));
                Add(FieldRole.Date, yearAt, yearAt + 4);
                _parts.TitleLink = titleLink.Link;
                return ReadLinkTitle(titleLink.Start, titleLink.End, titleLink.End);
            }

            if (before.Length > 0 && TextRuns.WordCount(before) <= 3 && TextRuns.WordCount(_content.Links[titleLink.Link].Label.Trim()) >= 3
                && !_parts.Has(FieldRole.Venue) && VenueParser.ReadsAsVenue(before) && HasYearOrKnown(before))
            {
                // "ICRA 2020 [Title](…)": the venue, then the paper's link.
                Add(FieldRole.Venue, i, TrimEndPunctuation(i, limit));
                _parts.TitleLink = titleLink.Link;
                return ReadLinkTitle(titleLink.Start, titleLink.End, titleLink.End);
            }
        }

        if (NamesBeforeTitle(i, limit) is var namesEnd && namesEnd > i)
        {
            // "Seunghoon Hong, Tackgeun You, Bohyung Han, Online Tracking by Learning …, arXiv:1502.06796.": names, then
            // the title, each set off by a comma.
            Add(FieldRole.Authors, i, namesEnd);
            var citedStart = SkipSpacesAndSeparators(namesEnd, ",.");
            if (_text[namesEnd] == '.')
            {
                // The names end in a full stop: the title is the next sentence (unless a bold one came first), the venue
                // and year the ones after it.
                var sentenceEnd = _parts.Has(FieldRole.Title) ? -1 : TitleSentenceEnd(_text, citedStart, limit);
                if (sentenceEnd <= citedStart)
                {
                    return citedStart;
                }

                AddTitle(citedStart, sentenceEnd);
                return sentenceEnd;
            }

            var citedEnd = _text.IndexOf(", ", citedStart, limit - citedStart, StringComparison.Ordinal);
            citedEnd = citedEnd < 0 ? PlainBoundary(citedStart, limit) : citedEnd;
            AddTitle(citedStart, citedEnd);
            return citedEnd;
        }

        var quote = -1;
        for (var j = i; j < limit; j++)
        {
            if (IsQuote(_text[j]))
            {
                quote = j;
                break;
            }
        }

        if (quote > i && QuoteEnd(quote) is var quoteEnd && quoteEnd > quote && LooksLikeAuthors(_text.Substring(i, quote - i).Trim().TrimEnd(TextRuns.SentenceEnd)))
        {
            Add(FieldRole.Authors, i, TrimEndPunctuation(i, quote));
            AddTitle(quote + 1, quoteEnd - 1);
            return quoteEnd;
        }

        var boundary = PlainBoundary(i, limit);
        var end = boundary;

        // "Title, CSUR 2004" / "Title. NeurIPS 2020": a venue at the end of the text is the venue.
        for (var j = boundary - 1; j > i + 1; j--)
        {
            if ((_text[j] is ',' or '?' or '!' || (_text[j] == '.' && (!EndsWithAbbreviation(i, j + 1) || LastWord(i, j) is { Length: >= 3 } acronym && IsAcronym(acronym)))) && j + 1 < boundary && _text[j + 1] == ' ')
            {
                var tail = _text.Substring(j + 1, boundary - j - 1).Trim().TrimEnd(TextRuns.SentenceEnd);
                if (tail.Length == 0)
                {
                    // "Title, KDD'20. [[paper]](…)": the full stop ends the sentence; the venue is before it.
                    continue;
                }

                if (VenueParser.LooksLikeVenue(tail) && HasYearOrKnown(tail))
                {
                    // "Title? arxiv'2021": a question mark ends the title's sentence and stays in the title.
                    Add(FieldRole.Venue, j + 1, TrimEndPunctuation(j + 1, boundary));
                    end = _text[j] is '?' or '!' ? j + 1 : j;
                }
                else if (_text[j] == ',' && (IsInitialledName(tail) || (tail.Contains(" et al") && LooksLikeAuthors(tail))))
                {
                    // "Torch7: A matlab-like environment, R. Collobert et al.": the names after the title.
                    Add(FieldRole.Authors, SkipSpaces(j + 1), TrimEndPunctuation(j + 1, boundary));
                    end = j;
                }

                break;
            }
        }

        // "Title, in *NeurIPS* 2021": the citation's "in" belongs to the venue after it.
        var trimmedEnd = Trim(i, end).End;
        if (trimmedEnd - 4 > i && end < _text.Length && string.Compare(_text, trimmedEnd - 4, ", in", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            end = trimmedEnd - 4;
        }

        AddTitle(i, end);
        return boundary;
    }

    /// <summary>
    /// A reference written out as ACM's and APA's formats write it, in plain text: <c>Ziyang Jiao and Bryan S. Kim. 2024. Title. In …</c>,
    /// <c>Han, K., Gwak, H., &amp; Hwang, J. (2021). Title. In …</c>: the names, the year, the title; where the title ends, or -1.
    /// </summary>
    private int ReadReferenceOpening(int i)
    {
        var limit = Math.Min(FirstLinkFrom(i), i + 600);
        for (var j = i + 3; j + 8 < limit; j++)
        {
            int namesEnd, yearStart, titleStart;
            if (_text[j] == '.' && _text[j + 1] == ' ' && IsFourDigits(j + 2) && _text[j + 6] == '.' && _text[j + 7] == ' ')
            {
                // ACM: "Names. 2024. Title."
                (namesEnd, yearStart, titleStart) = (j, j + 2, j + 8);
            }
            else if (_text[j] == ' ' && _text[j + 1] == '(' && IsFourDigits(j + 2) && _text.IndexOf(')', j + 6, Math.Min(20, limit - j - 6)) is var close && close > 0
                && close + 2 < limit && _text[close + 1] == '.' && _text[close + 2] == ' ')
            {
                // APA: "Names (2021). Title." (a month may follow the year: "(2020, August)").
                (namesEnd, yearStart, titleStart) = (j, j + 2, close + 3);
            }
            else
            {
                continue;
            }

            var names = _text.Substring(i, namesEnd - i).Replace(", ...", ",").Trim().TrimEnd('.');
            // "Bjørling, M. (2019, February). Title. In …": one author, family first with initials, is names too.
            if (VenueParser.YearOnly(_text.Substring(yearStart, 4)) == 0
                || !(LooksLikeAuthors(names) || (IsFamilyCommaGiven(names) && NameParser.IsInitials(names.Substring(names.IndexOf(',') + 1).Trim() + "."))))
            {
                return -1;
            }

            var titleEnd = TitleSentenceEnd(_text, SkipSpaces(titleStart), limit);
            if (titleEnd < 0 || TextRuns.WordCount(_text.Substring(titleStart, titleEnd - titleStart)) < 2)
            {
                return -1;
            }

            Add(FieldRole.Authors, i, TrimEndPunctuation(i, namesEnd + (_text[namesEnd] == '.' && EndsWithAbbreviation(i, namesEnd + 1) ? 1 : 0)));
            Add(FieldRole.Date, yearStart, yearStart + 4);
            AddTitle(SkipSpaces(titleStart), titleEnd);
            return titleEnd + 1;
        }

        return -1;
    }

    /// <summary>
    /// Where a reference's title that starts at <paramref name="start"/> ends: at the first full stop, question or
    /// exclamation mark that ends a sentence (not an initial's), before a full stop and after the others; or -1.
    /// </summary>
    private static int TitleSentenceEnd(string text, int start, int limit)
    {
        for (var k = start; k < limit; k++)
        {
            if (text[k] is '.' or '?' or '!' && (k + 1 == text.Length || text[k + 1] == ' ')
                && !(text[k] == '.' && k - 1 >= start && char.IsUpper(text[k - 1]) && (k - 2 < start || text[k - 2] == ' ')))
            {
                return text[k] == '.' ? k : k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the title starts after a short name and a separator (<c>CGAN - [Title](…)</c>, <c>Sparrow: **"Title"**</c>):
    /// one to three words, a dash or colon, then a titled link, bold text or a quoted title; -1 otherwise.
    /// </summary>
    private int ShortNameBeforeTitle(int i)
    {
        var words = 1;
        for (var j = i; j < _text.Length && j < i + 60; j++)
        {
            var c = _text[j];
            if (c == '(' && j > i + 1 && _text[j - 1] == ' ' && GroupEnd(j, '(', ')') is var groupEnd && groupEnd > j
                && SkipSpaces(groupEnd) is var afterGroup && afterGroup < _text.Length && _text[afterGroup] == ':' && !ContainsLink(j, groupEnd))
            {
                // "Flowtron (flow based): …": a remark in parentheses between the name and its colon.
                j = afterGroup - 1;
                continue;
            }

            if (_linkAt[j] >= 0 || c is '(' or '[' or '"' or '\u201c' || (StrongStartingAt(j) is not null && j > i))
            {
                return -1;
            }

            if (c == ' ')
            {
                if (++words > 3 && !(j + 1 < _text.Length && _text[j + 1] is '-' or '\u2013' or '\u2014' or ':'))
                {
                    return -1;
                }

                continue;
            }

            var separator = c == ':' || (c is '-' or '\u2013' or '\u2014' && j > i && _text[j - 1] == ' ' && j + 1 < _text.Length && _text[j + 1] == ' ');
            if (!separator || j == i)
            {
                continue;
            }

            var next = SkipSpaces(j + 1);
            var marked = next < _text.Length
                && ((LinkStartingAt(next) is { } link && IsTitleLabel(_content.Links[link.Link]))
                    || (StrongStartingAt(next) is { } strong && !ContainsLink(strong.Start, strong.End))
                    || (IsQuote(_text[next]) && QuoteEnd(next) > next));
            return marked && next > j + 1 || (marked && c == ':') ? next : -1;
        }

        return -1;
    }

    /// <summary>Names whose first starts with initials: <c>S. Ioffe</c>, <c>R. Collobert et al.</c>, <c>A. Vedaldi and K. Lenc</c>.</summary>
    private static bool IsInitialledName(string text)
    {
        var value = text.Trim().TrimEnd(TextRuns.SentenceEnd);
        var space = value.IndexOf(' ');
        return space > 0 && value[space - 1] == '.' && NameParser.IsInitials(value.Substring(0, space)) && LooksLikeAuthors(value, single: true);
    }

    /// <summary>Whether the words of <c>text[start, end)</c> are in title case: most longer words capitalised, as titles are and sentences are not.</summary>
    private bool IsTitleCase(int start, int end)
    {
        var words = 0;
        var capitalised = 0;
        var wordStart = -1;
        for (var j = start; j <= end; j++)
        {
            if (j < end && _text[j] != ' ')
            {
                wordStart = wordStart < 0 ? j : wordStart;
                continue;
            }

            if (wordStart >= 0 && j - wordStart >= 4 && char.IsLetter(_text[wordStart]) && !NonNameWords.Contains(_text, wordStart, j - wordStart)
                && !TitleSmallWords.Contains(_text, wordStart, j - wordStart))
            {
                words++;
                capitalised += char.IsUpper(_text[wordStart]) ? 1 : 0;
            }

            wordStart = -1;
        }

        return words >= 2 && words <= 30 && capitalised * 10 >= words * 7;
    }

    private static readonly WordSet TitleSmallWords = new("with", "from", "into", "over", "under", "upon", "than", "when", "without", "versus", "about", "across", "beyond", "within");

    /// <summary>Where the first sentence in <c>text[start, end)</c> ends (at its full stop), or <paramref name="end"/>.</summary>
    private int SentenceEndIn(int start, int end)
    {
        for (var j = start; j + 1 < end; j++)
        {
            if (_text[j] == '.' && _text[j + 1] == ' ' && !EndsWithAbbreviation(start, j + 1))
            {
                return j;
            }
        }

        return end;
    }

    /// <summary>The end of a short name before its separator (the dash or colon and spaces before <paramref name="titleStart"/>).</summary>
    private int TrimBackSeparator(int start, int titleStart)
    {
        var end = titleStart;
        while (end > start && _text[end - 1] is ' ' or ':' or '-' or '\u2013' or '\u2014')
        {
            end--;
        }

        return end;
    }

    /// <summary>Where plain title text ends: a link, a bracket, a parenthesised venue or date, italics, a separator.</summary>
    private int PlainBoundary(int i, int limit)
    {
        for (var j = i; j < limit; j++)
        {
            if (_linkAt[j] >= 0 || (EmphasisStartingAt(j) is not null && j > i) || (StrongStartingAt(j) is not null && j > i) || (j > i && (BreakAt(j) || _content.IsWideSpace(j))))
            {
                return j;
            }

            var c = _text[j];
            if (c == '[' && j > i)
            {
                return j;
            }

            if (c == '(' && GroupEnd(j, '(', ')') is var groupEnd && groupEnd > j && j > i)
            {
                var inner = _text.Substring(j + 1, groupEnd - j - 2);
                if (ContainsLink(j + 1, groupEnd - 1) || VenueParser.LooksLikeVenue(inner) || IsDateText(inner) || inner.StartsWith("@", StringComparison.Ordinal))
                {
                    return j;
                }

                j = groupEnd - 1;
                continue;
            }

            if (c == '|' || (c is '-' or '\u2013' or '\u2014' && j > i && _text[j - 1] == ' ' && j + 1 < limit && _text[j + 1] == ' '))
            {
                return j;
            }

            if (c == '.' && j + 4 < limit && _text[j + 1] == ' ' && string.CompareOrdinal(_text, j + 2, "In ", 0, 3) == 0)
            {
                // "Title. In ICLR 2021."
                return j;
            }

            if (c == ',' && j + 5 < limit && string.CompareOrdinal(_text, j + 1, " in ", 0, 4) == 0 && char.IsUpper(_text[j + 5])
                && _text.Substring(j + 5, limit - j - 5).TrimEnd(' ', '[', '(').TrimEnd(TextRuns.SentenceEnd) is var after && EndsWithYear(after) && (!LooksLikeAuthors(after) || NamesASubject(after)))
            {
                // "Title, in Nature Communications Earth & Environment 2023.": the venue after ", in ".
                return j;
            }
        }

        return limit;
    }

    private void AddTitle(int start, int end)
    {
        (start, end) = Trim(start, end);
        if (IsOnlyMarks(start, end) || IsNumber(_text.Substring(start, end - start)))
        {
            // Brackets, a dash, a number: nothing that names a paper.
            return;
        }

        // "**Chain of Thought Prompting Elicits Reasoning.**": the full stop closes the sentence, not the title.
        while (end > start + 1 && _text[end - 1] is '.' or ',' or ':' or ';' && !EndsWithAbbreviation(start, end))
        {
            end--;
        }

        if (end - start > 2 && IsQuote(_text[start]) && QuoteEnd(start) == end)
        {
            // **"Improving alignment of dialogue agents"**: the quotes mark the title and are no part of it.
            (start, end) = (start + 1, end - 1);
            while (end > start + 1 && _text[end - 1] is '.' or ',' && !EndsWithAbbreviation(start, end))
            {
                end--;
            }
        }

        end = CutTrailingImages(start, end);
        end = CutTrailingFormat(start, end);
        end = CutTrailingYear(start, end);
        end = CutTrailingVenue(start, end);
        end = CutRestatedName(start, end);
        Add(FieldRole.Title, start, end);
    }

    /// <summary>
    /// <c>Title &lt;img alt="Best Paper"&gt;</c>: GitHub shows the image after the title, not its alt text, which is
    /// no part of the title.
    /// </summary>
    private int CutTrailingImages(int start, int end)
    {
        for (var i = _images.Count - 1; i >= 0; i--)
        {
            var image = _images[i];
            if (image.Start > start && image.End >= end && image.Start < end)
            {
                end = Trim(start, image.Start).End;
            }
        }

        return end;
    }

    /// <summary><c>[Title (PDF)](…)</c>: the kind of file the link points at is no part of the title.</summary>
    private int CutTrailingFormat(int start, int end)
    {
        const string Pdf = "(PDF)";
        return end - start > Pdf.Length + 3 && _text[end - Pdf.Length - 1] == ' '
            && (string.Compare(_text, end - Pdf.Length, Pdf, 0, Pdf.Length, StringComparison.OrdinalIgnoreCase) == 0
                || string.Compare(_text, end - Pdf.Length, "[PDF]", 0, Pdf.Length, StringComparison.OrdinalIgnoreCase) == 0)
            ? Trim(start, end - Pdf.Length).End
            : end;
    }

    /// <summary><c>Title, 2018 [[paper]](…)</c>: a year after a comma that ends the title is its date.</summary>
    private int CutTrailingYear(int start, int end)
    {
        if (_parts.Has(FieldRole.Date) || CommaYearAtEnd(start, end) is not (var year and > 0) || TextRuns.WordCount(_text.Substring(start, year - start)) < 3)
        {
            return end;
        }

        Add(FieldRole.Date, year, year + 4);
        return Trim(start, _text.LastIndexOf(',', year)).End;
    }

    /// <summary>
    /// A title written with its venue in it (<c>**Graph U-Nets (ICML 2019)**</c>, <c>[Title (ArXiv 2020)](…)</c>): the
    /// parenthesised venue and year that end it are the venue, and the title ends before them.
    /// </summary>
    /// <summary>
    /// "**PRP: Propagating Universal Perturbations (PRP)**", "\"Do Anything Now\": Characterizing … (DAN)": a name in
    /// parentheses at the end that the title already holds, as a word or as its initials, is the short name, no part of the title.
    /// </summary>
    private int CutRestatedName(int start, int end)
    {
        if (end - start < 8 || _text[end - 1] != ')' || _parts.Has(FieldRole.ShortName))
        {
            return end;
        }

        var open = _text.LastIndexOf('(', end - 1, end - start);
        if (open <= start + 1 || ContainsLink(open, end))
        {
            return end;
        }

        var name = _text.Substring(open + 1, end - open - 2).Trim();
        var title = _text.Substring(start, open - start);
        // A paper's title, not a product's name: "NVIDIA Multi-Instance GPU (MIG)" keeps its parentheses.
        if (name.Length is < 2 or > 30 || name.IndexOf(' ') >= 0 || TextRuns.WordCount(title) < 5 || !(HoldsWord(title, name) || IsInitialsOf(name, title)))
        {
            return end;
        }

        Add(FieldRole.ShortName, open + 1, end - 1);
        return Trim(start, open).End;
    }

    private static bool HoldsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="acronym"/> (<c>DAN</c>) is the initials of consecutive words of the title (<c>Do Anything Now</c>).</summary>
    private static bool IsInitialsOf(string acronym, string title)
    {
        if (acronym.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in acronym)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        var words = title.Split(InitialsSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var first = 0; first + acronym.Length <= words.Length; first++)
        {
            var k = 0;
            while (k < acronym.Length && char.ToUpperInvariant(FirstLetter(words[first + k])) == acronym[k])
            {
                k++;
            }

            if (k == acronym.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] InitialsSeparators = { ' ', '-' };

    private static char FirstLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private int CutTrailingVenue(int start, int end)
    {
        if (end - start < 4 || _text[end - 1] != ')' || _parts.Has(FieldRole.Venue))
        {
            return end;
        }

        var open = _text.LastIndexOf('(', end - 1, end - start);
        if (open <= start || ContainsLink(open, end))
        {
            return end;
        }

        var inner = _text.Substring(open + 1, end - open - 2).Trim();
        var boldTag = (StrongStartingAt(open + 1) is { } inside && inside.End >= end - 1 || StrongStartingAt(open) is { } around && around.End >= end)
            && IsAcronymTag(inner);
        if (!boldTag && (VenueParser.Read(inner, out var venue, out _) != VenueReading.Parsed || venue.Year == 0 || !VenueParser.LooksLikeVenue(inner)))
        {
            return end;
        }

        Add(FieldRole.Venue, open + 1, end - 1);
        return Trim(start, open).End;
    }

    /// <summary>
    /// <c>TCYB</c>, <c>T-CSVT</c>, <c>ACM MM</c>, <c>NeurIPS</c>: one to three words, the first a capital, with two
    /// capitals or more. In bold parentheses after a title (<c>Title (**TCYB**)</c>) such a word is the venue's tag.
    /// </summary>
    private static bool IsAcronymTag(string inner)
    {
        if (inner.Length is < 2 or > 20 || !char.IsUpper(inner[0]) || TextRuns.WordCount(inner) > 3)
        {
            return false;
        }

        return TextRuns.Capitals(inner) >= 2;
    }

    // ---- After the title.

    /// <summary>
    /// Where a venue ends before a link in it that names no venue (<c>…(ICASSP), 2019, [Github Page](…)</c>): a venue's
    /// link is its own (<c>[ICLR 2025](…)</c>, <c>[[MM](…)]</c>: a link the venue opens with), any other is the entry's and stays one.
    /// </summary>
    private int BeforeOtherLink(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (_linkAt[i] >= 0 && _linkAt[i] != _linkAt[start] && _content.Links[_linkAt[i]] is var link && !link.LabelIsImage && !VenueParser.LooksLikeVenue(link.Label))
            {
                return TrimEndPunctuation(start, i);
            }
        }

        return end;
    }

    /// <summary>
    /// Where a venue ends without its trailing pages, volume and issue (<c>IEEE Conf. (ISSCC), 2017, pp. 66-67</c>,
    /// <c>IEEE Sensors Reviews (2024), vol 1, pp. 3-9</c>): a citation's locators are no part of where it appeared.
    /// </summary>
    private int WithoutTrailingPages(int start, int end)
    {
        while (true)
        {
            var trimmed = TrimEndPunctuation(start, end);
            var comma = trimmed > start ? _text.LastIndexOf(',', trimmed - 1, trimmed - start) : -1;
            if (comma <= start || !IsLocator(SkipSpaces(comma + 1), trimmed))
            {
                return end;
            }

            end = comma;
        }
    }

    /// <summary><c>pp. 66-67</c>, <c>p. 5</c>, <c>vol 1</c>, <c>Vol. 12</c>, <c>no. 3</c>, <c>pages 1–9</c>: a locator word, then a number.</summary>
    private bool IsLocator(int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(_text[i]))
        {
            i++;
        }

        var word = _text.Substring(start, i - start);
        if (word is not ("pp" or "p" or "vol" or "Vol" or "no" or "No" or "pages"))
        {
            return false;
        }

        i = i < end && _text[i] == '.' ? i + 1 : i;
        i = SkipSpaces(i);
        return i < end && i < _text.Length && char.IsDigit(_text[i]);
    }

    /// <summary>Reads what follows the title: venue, date, authors, short name, institutions, tags and remarks.</summary>
    /// <param name="detail">A line under the entry: brackets and italics in a sentence stay in it.</param>
    private void ReadRest(int i, int end, bool titled, bool detail)
    {
        var remarkStart = -1;
        var trailer = !detail;

        void FlushRemark(int upTo)
        {
            if (remarkStart >= 0)
            {
                ReadTextRun(remarkStart, upTo, trailer);
                remarkStart = -1;
                trailer = false;
            }
        }

        while (i < end)
        {
            var c = _text[i];
            if (_linkAt[i] >= 0)
            {
                // A link inside a sentence ("see the [blog](…).") is part of it; one that stands alone (a badge,
                // [[pdf]](…)) is kept as a link, and its text is none of the parts.
                var link = _content.Links[_linkAt[i]];
                var linkEnd = LinkEndAt(i);
                if (remarkStart < 0 || link.LabelIsImage || !IsTitleLabel(link) && !IsWordLink(link) || !SentenceGoesOn(linkEnd, end))
                {
                    FlushRemark(i);
                    if (remarkStart < 0 && !link.LabelIsImage && !_parts.Has(FieldRole.Venue)
                        && ((VenueParser.ReadsAsVenue(link.Label) && HasYearOrKnown(link.Label)) || (titled && IsJournalLink(link))))
                    {
                        // "| [Pharmaceutical Research](https://doi.org/…)": a journal's name, linked to the paper's DOI.
                        // "[ICLR (2025)](https://arxiv.org/abs/…)" on a line of its own: the venue, linked; "[[arXiv]](…)":
                        // its brackets are no part of the venue.
                        var bracketed = linkEnd - i > 2 && _text[i] == '[' && _text[linkEnd - 1] == ']';
                        Add(FieldRole.Venue, bracketed ? i + 1 : i, bracketed ? linkEnd - 1 : linkEnd);
                    }
                }

                i = linkEnd;
                continue;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            if (remarkStart < 0 && c == ':' && IconCodeEnd(i) is var iconEnd && iconEnd > i)
            {
                // ":star:" after the title is an icon GitHub shows, no remark.
                i = iconEnd;
                continue;
            }

            if (remarkStart >= 0 && BreakAt(i))
            {
                // A line break (<br>) ends what stands before it: a description under a title is a remark of its own.
                // Only a separator before it ("**[Title](…)**,␠␠" over "IEEE Trans. …, 2022."): the next line is the trailer.
                if (SkipSpacesAndSeparators(remarkStart, ",.:;|-\u2013\u2014") >= i)
                {
                    remarkStart = -1;
                }
                else
                {
                    FlushRemark(i);
                }
            }

            if (c == '[' && remarkStart < 0 && titled && TypeMarkAfterTitleEnd(i) is var markEnd && markEnd > i)
            {
                // "[**Title**](…)[C]//Proceedings of the IEEE … . **2021**: 15598-15607.", "…[J]. Venue, 2020": GB/T 7714's
                // type mark says what the reference is, and the venue follows it: no tag.
                i = markEnd;
                continue;
            }

            if ((c == '(' || c == '[' || c == '\uFF08') && GroupEnd(i, c, c == '(' ? ')' : c == '[' ? ']' : '\uFF09') is var groupEnd && groupEnd > i)
            {
                // In a sentence ("IEEE Transactions on Mobile Computing (2019)", "… Optimization (TACO), 2014") a group
                // is part of it; standing alone after the title it is a field of its own.
                if ((detail && !IsFieldGroup(i + 1, groupEnd - 1, c != '['))
                    || (remarkStart >= 0 && !ContainsLink(i, groupEnd) && (!AfterSeparator(i) || VenueParser.YearOnly(_text.Substring(i + 1, groupEnd - i - 2)) > 0)))
                {
                    remarkStart = remarkStart < 0 ? i : remarkStart;
                    i = groupEnd;
                    continue;
                }

                FlushRemark(i);
                ReadGroup(i + 1, groupEnd - 1, c != '[');
                i = groupEnd;
                continue;
            }

            if (remarkStart >= 0 && EmphasisStartingAt(i) is { } byline && !ContainsLink(byline.Start, byline.End) && ByBefore(remarkStart, i) is var by && by >= 0
                && !_parts.Has(FieldRole.Authors) && LooksLikeAuthors(_text.Substring(byline.Start, byline.End - byline.Start).Trim().Trim('*', '_', ' ')))
            {
                // "[**Title**](…) , (2018) by *Farquhar, Sebastian and Gal, Yarin*": the names after "by", in italics.
                var before = _text.Substring(remarkStart, by - remarkStart).Trim(' ', ',', ';');
                if (VenueParser.YearOnly(before.Trim('(', ')')) > 0 && _text.IndexOf(before, remarkStart, StringComparison.Ordinal) is var yearAt && yearAt >= 0)
                {
                    // ", (2018) by": the year, then the names.
                    Add(FieldRole.Date, yearAt + (before[0] == '(' ? 1 : 0), yearAt + before.TrimEnd(')').Length);
                    remarkStart = -1;
                }

                remarkStart = before.Length > 0 ? remarkStart : -1;
                FlushRemark(by);
                Add(FieldRole.Authors, byline.Start, TrimEndPunctuation(byline.Start, byline.End));
                i = byline.End;
                continue;
            }

            if (EmphasisStartingAt(i) is { } emphasis && !ContainsLink(emphasis.Start, emphasis.End)
                && !(remarkStart >= 0 && !AfterSeparator(i) && !IsFieldText(emphasis.Start, emphasis.End)))
            {
                if (remarkStart >= 0 && !_parts.Has(FieldRole.Venue)
                    && _text.Substring(remarkStart, i - remarkStart).Trim(' ', '.', ',', ';') is var before && string.Equals(before, "in", StringComparison.OrdinalIgnoreCase))
                {
                    // "[Title](…). In *Proceedings of NAACL 2018*.": the citation's "In" before the italic venue is no remark.
                    remarkStart = -1;
                }

                FlushRemark(i);
                if (YearAfter(emphasis.End) is var yearEnd && yearEnd > 0 && !_parts.Has(FieldRole.Venue) && IsVenueName(emphasis.Start, emphasis.End))
                {
                    // "Jane Doe and John Roe. *ICCD*, 2017.": an italic name and the year after it are the venue.
                    Add(FieldRole.Venue, emphasis.Start, yearEnd);
                    i = yearEnd;
                    continue;
                }

                ReadEmphasis(emphasis.Start, emphasis.End);
                i = emphasis.End;
                continue;
            }

            if (titled && StrongStartingAt(i) is { } boldVenue && !_parts.Has(FieldRole.Venue) && !ContainsLink(boldVenue.Start, boldVenue.End)
                && _text.Substring(boldVenue.Start, boldVenue.End - boldVenue.Start).Trim() is var bold && VenueParser.LooksLikeVenue(bold) && HasYearOrKnown(bold))
            {
                // "Jane Doe, John Roe **ECCV 2024**": the venue in bold after the names.
                FlushRemark(i);
                Add(FieldRole.Venue, boldVenue.Start, boldVenue.End);
                i = boldVenue.End;
                continue;
            }

            if (StrongStartingAt(i) is { } strong && !titled && !ContainsLink(strong.Start, strong.End))
            {
                FlushRemark(i);
                AddTitle(strong.Start, strong.End);
                titled = true;
                i = strong.End;
                continue;
            }

            if (c == '|')
            {
                // "Title | SOSP' 23": what a final bar sets apart is a venue when it reads as one.
                FlushRemark(i);
                i++;
                continue;
            }

            if (remarkStart < 0)
            {
                remarkStart = i;
            }

            i++;
        }

        FlushRemark(end);
    }

    /// <summary>Where the word "by" that ends <c>text[start, end)</c> starts, or -1.</summary>
    private int ByBefore(int start, int end)
    {
        var trimmed = Trim(start, end).End;
        return trimmed - 2 >= start && string.Compare(_text, trimmed - 2, "by", 0, 2, StringComparison.OrdinalIgnoreCase) == 0
            && (trimmed - 2 == start || !char.IsLetterOrDigit(_text[trimmed - 3])) ? trimmed - 2 : -1;
    }

    /// <summary>
    /// A citation written as one text, as a link's label often is: <c>Doe, Jane, and John Roe. "Fast things." In ICML 2020.</c>
    /// gives the names before the quoted title, and the title.
    /// </summary>
    internal static bool TryReadCitation(string text, out string authors, out string title)
    {
        authors = title = string.Empty;
        var open = text.IndexOfAny(Quotes);
        if (open <= 0)
        {
            return TryReadApaCitation(text, out authors, out title);
        }

        var close = text.IndexOfAny(Quotes, open + 1);
        if (close <= open + 1)
        {
            return false;
        }

        authors = text.Substring(0, open).Trim().TrimEnd(TextRuns.SentenceEnd);
        title = text.Substring(open + 1, close - open - 1).Trim().TrimEnd(',', '.').Trim();
        return title.Length > 0 && TextRuns.WordCount(title) >= 2 && LooksLikeAuthors(authors);
    }

    private static readonly char[] Quotes = { '"', '\u201c', '\u201d' };

    /// <summary>
    /// APA's form: <c>Doe, J., &amp; Roe, R. (2020, August). Fast things for everyone. In Proceedings of …</c>, the names
    /// before the parenthesised year, the title the sentence after it (a question or an exclamation ends it too).
    /// </summary>
    private static bool TryReadApaCitation(string text, out string authors, out string title)
    {
        authors = title = string.Empty;
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || open + 6 >= text.Length || VenueParser.YearOnly(text.Substring(open + 2, 4)) == 0)
        {
            return false;
        }

        var close = text.IndexOf(')', open);
        if (close < 0 || close > open + 24 || close + 2 >= text.Length || text[close + 1] != '.')
        {
            return false;
        }

        var titleStart = close + 2;
        var titleEnd = TitleSentenceEnd(text, titleStart, text.Length);
        if (titleEnd < 0)
        {
            return false;
        }

        // "Wang, C., ... & Ma, S.": the names left out are no name.
        authors = text.Substring(0, open).Replace(", ...", ",").Replace("...", string.Empty).Trim();
        title = text.Substring(titleStart, titleEnd - titleStart).Trim();
        return TextRuns.WordCount(title) >= 2 && LooksLikeAuthors(authors);
    }

    private static bool NamesASubject(string text)
    {
        foreach (var word in text.Split(' '))
        {
            if (SubjectWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A DOI link labelled with a name (<c>[Nature Methods](https://doi.org/…)</c>): the journal, not a kind of link.</summary>
    private static bool IsJournalLink(in FieldLink link)
    {
        var label = link.Label.Trim();
        return link.Kind == LinkKind.Doi && label.Length > 0 && !LinkLabels.IsGeneric(label) && !LinkLabels.IsIcon(label) && !LinkLabels.IsUrl(label)
            && !label.Contains(":") && TextRuns.WordCount(label) <= 10 && !LooksLikeAuthors(label);
    }

    /// <summary>Where a year that follows <paramref name="i"/> ends (<c>, 2017</c>, <c> 2017.</c>), or -1.</summary>
    private int YearAfter(int i)
    {
        var k = SkipSpaces(i);
        if (k < _text.Length && _text[k] == ',')
        {
            k = SkipSpaces(k + 1);
        }

        if (k + 4 > _text.Length || _linkAt[k] >= 0 || !(_text[k] == '1' && _text[k + 1] == '9' || _text[k] == '2' && _text[k + 1] == '0')
            || !char.IsDigit(_text[k + 2]) || !char.IsDigit(_text[k + 3]))
        {
            return -1;
        }

        return k + 4 == _text.Length || _text[k + 4] is ' ' or '.' or ',' or ';' or ':' or ')' ? k + 4 : -1;
    }

    /// <summary>Whether italic text is short enough to name a venue and reads as no list of names: <c>ICCD</c>, <c>EuroS&amp;P</c>.</summary>
    private bool IsVenueName(int start, int end)
    {
        var inner = _text.Substring(start, end - start).Trim().TrimEnd(TextRuns.SentenceEnd);
        return inner.Length > 0 && TextRuns.WordCount(inner) <= 8 && !LooksLikeAuthors(inner) && VenueParser.YearOnly(inner) == 0;
    }

    /// <summary>Whether a group holds a field of its own: a venue, a date, an institution, a short name, links.</summary>
    private bool IsFieldGroup(int start, int end, bool parenthesised)
    {
        var inner = _text.Substring(start, end - start).Trim();
        return ContainsLink(start, end) || (parenthesised && inner.StartsWith("@", StringComparison.Ordinal)) || VenueParser.YearOnly(inner) > 0 || IsDateText(inner)
            || VenueParser.LooksLikeVenue(inner);
    }

    /// <summary>Whether italic text reads as a field (a venue with a year, a list of names) rather than words of a sentence.</summary>
    private bool IsFieldText(int start, int end)
    {
        var inner = _text.Substring(start, end - start).Trim().TrimEnd(TextRuns.SentenceEnd);
        return (VenueParser.LooksLikeVenue(inner) && HasYearOrKnown(inner)) || LooksLikeAuthors(inner);
    }

    /// <summary>Whether the text before <paramref name="i"/> ends a sentence or a list item (<c>.</c>, <c>,</c>, <c>;</c>, <c>|</c>) or starts the run.</summary>
    private bool AfterSeparator(int i)
    {
        var j = i - 1;
        while (j >= 0 && _text[j] == ' ')
        {
            j--;
        }

        // "Circuits Conf. (ISSCC)": the full stop of an abbreviation separates nothing.
        return j < 0 || _text[j] is ',' or ';' or '|' or ':' or '-' or '\u2013' or '\u2014' || (_text[j] == '.' && !EndsWithVenueAbbreviation(j + 1));
    }

    private bool HasAnyBut(FieldRole role)
    {
        foreach (var part in _parts.Parts)
        {
            if (part.Role != role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bracketed or parenthesised group after the title.</summary>
    private void ReadGroup(int start, int end, bool parenthesised)
    {
        var inner = _text.Substring(start, end - start).Trim();
        if (inner.Length == 0)
        {
            return;
        }

        if (ContainsLink(start, end))
        {
            // ([OSDI 2022](…)), [[arXiv](…)]: a venue with its link; \[[Paper](…)]: links, kept as they are.
            if (SingleLinkIn(start, end) is { } link && !_parts.Has(FieldRole.Venue) && _content.Links[link.Link].Label is var label
                && (parenthesised ? VenueParser.LooksLikeVenue(label) : VenueParser.ReadsAsVenue(label) && HasYearOrKnown(label)))
            {
                Add(FieldRole.Venue, start, end);
            }

            return;
        }

        if (parenthesised && AkaEnd(inner) is var akaEnd && akaEnd > 0)
        {
            // "(aka: GROVER; NeurIPS 2020)", "(aka: Chemrop, D-MPNN; J Chem Inf Model 2019)": the names the paper goes by, then its venue.
            var namesStart = SkipSpaces(SkipSpaces(start) + akaEnd);
            var semicolon = _text.IndexOf(';', namesStart, end - namesStart);
            var namesEnd = semicolon > namesStart ? semicolon : end;
            if (!_parts.Has(FieldRole.ShortName))
            {
                Add(FieldRole.ShortName, namesStart, Trim(namesStart, namesEnd).End);
            }

            if (semicolon > namesStart && SkipSpaces(semicolon + 1) is var venueStart && venueStart < end)
            {
                var venue = _text.Substring(venueStart, end - venueStart).Trim();
                Add(VenueParser.LooksLikeVenue(venue) && !_parts.Has(FieldRole.Venue) ? FieldRole.Venue : FieldRole.Remarks, venueStart, Trim(venueStart, end).End);
            }

            return;
        }

        if (inner.StartsWith("@", StringComparison.Ordinal))
        {
            Add(FieldRole.Institutions, start + (inner.Length > 0 ? _text.IndexOf('@', start) - start + 1 : 0), end);
        }
        else if (parenthesised && StrongStartingAt(SkipSpaces(start)) is { } alias && alias.End >= end - 1 && !_parts.Has(FieldRole.ShortName)
            && !(VenueParser.ReadsAsVenue(inner) && HasYearOrKnown(inner)))
        {
            // (**ICLR 2026**) is the venue, in bold.
            // (**B2T2**): the short name the list gives the paper.
            Add(FieldRole.ShortName, alias.Start, alias.End);
        }
        else if (VenueParser.YearOnly(inner) > 0 || IsDateText(inner))
        {
            AddOnce(FieldRole.Date, start, end);
        }
        else if (parenthesised && !_parts.Has(FieldRole.Authors) && AuthorYearAt(start, end) is var yearAt && yearAt > start)
        {
            // "(Hitaj et al., 2017)", "(Leino and Fredrikson, 2020)": an author-year citation, names and the year;
            // "（Gao et al., 2021, EMNLP, **Condenser**）": then the venue and the short name.
            AddOnce(FieldRole.Authors, SkipSpaces(start), TrimEndPunctuation(start, _text.LastIndexOf(',', yearAt)));
            AddOnce(FieldRole.Date, yearAt, yearAt + 4);
            ReadCitationParts(yearAt + 4, end);
        }
        else if (parenthesised && !_parts.Has(FieldRole.Authors) && EtAlVenueAt(start, end) is var namesEnd && namesEnd > start)
        {
            // "(Wei Yuan et al., WSDM 2023)": the first author, then the venue and its year.
            AddOnce(FieldRole.Authors, SkipSpaces(start), TrimEndPunctuation(start, namesEnd));
            ReadCitationParts(namesEnd, end);
        }
        else if (parenthesised && SkipSpaces(start) is var first && first + 5 < end && IsFourDigits(first) && _text[first + 4] == ','
            && VenueParser.YearOnly(_text.Substring(first, 4)) > 0)
        {
            // "（1998, **QL**）": the year, then the short name or the venue.
            AddOnce(FieldRole.Date, first, first + 4);
            ReadCitationParts(first + 4, end);
        }
        else if (VenueParser.LooksLikeVenue(inner) && !_parts.Has(FieldRole.Venue))
        {
            Add(FieldRole.Venue, start, end);
        }
        else if (!parenthesised && TextRuns.WordCount(inner) <= 4)
        {
            Add(FieldRole.Tags, start, end);
        }
        else
        {
            Add(FieldRole.Remarks, start - 1, end + 1);
        }
    }

    private void ReadEmphasis(int start, int end)
    {
        var inner = _text.Substring(start, end - start).Trim().TrimEnd(TextRuns.SentenceEnd);
        if (inner.Length == 0)
        {
            return;
        }

        if (LooksLikeAuthors(inner, single: true) && !_parts.Has(FieldRole.Authors))
        {
            Add(FieldRole.Authors, start, TrimEndPunctuation(start, end));
        }
        else if (!_parts.Has(FieldRole.Authors) && !_parts.Has(FieldRole.Venue) && TryReadEtAlVenue(start, end))
        {
            // Read: "*Jane Doe (Fast University) et al. ACL.*" gave the first author, her institution and the venue.
        }
        else if (VenueParser.LooksLikeVenue(inner) && !_parts.Has(FieldRole.Venue))
        {
            Add(FieldRole.Venue, start, TrimEndPunctuation(start, end));
        }
        else
        {
            Add(FieldRole.Remarks, start, end);
        }
    }

    /// <summary>
    /// A byline that names the first author and then the venue, <c>Jane Doe et al. ACL</c>, <c>Jane Doe et al.arXiv</c>,
    /// <c>Jane Doe (Fast University) et al. IVA '20</c>: authors, an institution in parentheses, and the venue.
    /// </summary>
    private bool TryReadEtAlVenue(int start, int end)
    {
        var text = _text.Substring(start, end - start);
        var at = text.IndexOf(" et al", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return false;
        }

        var venueStart = at + 6;
        while (venueStart < text.Length && text[venueStart] is '.' or ' ' or ',')
        {
            venueStart++;
        }

        var venue = text.Substring(venueStart).Trim().TrimEnd(TextRuns.SentenceEnd);
        var names = text.Substring(0, at);
        var open = names.IndexOf('(');
        var close = open > 0 ? names.IndexOf(')', open) : -1;
        var person = (open > 0 ? names.Substring(0, open) : names).Trim();
        if (venue.Length == 0 || !VenueParser.LooksLikeVenue(venue) || !(IsPlainPersonName(person) || LooksLikeAuthors(person + " et al.")) || (open > 0 && close < 0))
        {
            return false;
        }

        Add(FieldRole.Authors, start, start + (open > 0 ? open : at + 6));
        if (close > open + 1)
        {
            Add(FieldRole.Institutions, start + open + 1, start + close);
        }

        // The byline's full stop is not the venue's ("ACL.").
        var venueEnd = Trim(start + venueStart, end).End;
        while (venueEnd > start + venueStart && _text[venueEnd - 1] is '.' or ',' or ';')
        {
            venueEnd--;
        }

        Add(FieldRole.Venue, start + venueStart, venueEnd);
        return true;
    }

    /// <summary>
    /// A run of text after the title: a separator and a note (<c>- Clean, minimal reproduction</c>), a byline
    /// (<c>, by Jane Doe</c>), authors (<c>J. Doe et al.</c>), a venue (<c>IEEE Transactions on … (2019)</c>), or sentences of them.
    /// </summary>
    /// <param name="trailer">The first text after the title on its line, where a venue that ends in a year stands.</param>
    private void ReadTextRun(int start, int end, bool trailer)
    {
        start = SkipSpacesAndSeparators(start, ",.:;|-\u2013\u2014");
        (start, end) = Trim(start, end);
        if (end <= start)
        {
            return;
        }

        if (trailer && WithoutTrailingPages(start, end) is var locatorsAt && locatorsAt < end)
        {
            // "IEEE Conf. … (CVPRW), 2012, pp. 35-40.": the pages are where in the venue, not part of its name.
            ReadTextRun(start, locatorsAt, trailer);
            Add(FieldRole.Remarks, SkipSpacesAndSeparators(locatorsAt, ","), end);
            return;
        }

        var run = _text.Substring(start, end - start).TrimEnd(RunTrim);
        var inLength = run.StartsWith("in: ", StringComparison.OrdinalIgnoreCase) ? 4 : run.StartsWith("in ", StringComparison.Ordinal) ? 3 : 0;
        if (inLength > 0 && run.Length > inLength && (char.IsUpper(run[inLength]) || inLength == 4) && run.Substring(inLength) is var inVenue
            && VenueParser.LooksLikeVenue(inVenue) && HasYearOrKnown(inVenue))
        {
            // "…, in Nature Communications 2023.", "*B. Yu, D. Tao*, in: ECCV, 2018.": "in" is the sentence's, not the venue's.
            start = SkipSpaces(start + inLength);
            run = inVenue;
        }

        if (!_parts.Has(FieldRole.Date) && DateOpeningRun(start, end) is var dateEnd && dateEnd > start)
        {
            // "[[pdf]](…) `2024-09-01` `Lean`": a full date after the title, then what follows it.
            AddOnce(FieldRole.Date, start, dateEnd);
            ReadTextRun(dateEnd, end, trailer);
            return;
        }

        if (!_parts.Has(FieldRole.Venue) && TypeMarkAtEnd(start, end) is var markAt && markAt > start)
        {
            // "Siino M, Croce D, et al. IEEE Access [J].": GB/T 7714's type mark ([J] journal, [C] proceedings) after
            // the venue's name, the last sentence before it; what comes before is read on its own.
            var venueEnd = Trim(start, markAt).End;
            var sentence = _text.LastIndexOf(". ", venueEnd - 1, venueEnd - start, StringComparison.Ordinal);
            var venueStart = sentence > start ? SkipSpaces(sentence + 1) : start;
            AddOnce(FieldRole.Venue, venueStart, venueEnd);
            if (venueStart > start)
            {
                ReadTextRun(start, sentence + 1, trailer);
            }

            return;
        }

        if (!_parts.Has(FieldRole.Venue) && InProceedingsEnd(start, end) is var proceedingsEnd && proceedingsEnd > start)
        {
            // "In Proceedings of the 16th ACM Workshop on … (HotStorage '24). Association for …": a reference's venue, its sentence.
            AddOnce(FieldRole.Venue, start + 3, proceedingsEnd);
            var rest = SkipSpacesAndSeparators(proceedingsEnd, ".");
            if (rest < end)
            {
                Add(FieldRole.Remarks, rest, end);
            }

            return;
        }

        if (run.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            if (LooksLikeAuthors(run.Substring(3), single: true))
            {
                AddOnce(FieldRole.Authors, start + 3, TrimEndPunctuation(start, end));
                return;
            }

            if (ReadByline(SkipSpaces(start + 3), end))
            {
                return;
            }
        }

        if (ApostropheYearAtEnd(start, end) is var yearAt && yearAt > start)
        {
            // "Decker C, Russell R, Osuntokun O. '18.": names, then the year's last two digits; "Bonneau J. FC '16.":
            // names, then a venue's acronym and its year.
            var lastWord = LastWord(start, yearAt);
            var venueAt = Trim(start, yearAt).End - lastWord.Length;
            var acronym = lastWord.Length >= 2 && IsAcronym(lastWord);
            var namesEnd = acronym ? venueAt : Trim(start, yearAt).End;
            if (namesEnd > start && LooksLikeAuthors(_text.Substring(start, namesEnd - start).Trim().TrimEnd('.'), single: true))
            {
                AddOnce(FieldRole.Authors, start, Trim(start, namesEnd).End);
                AddOnce(acronym ? FieldRole.Venue : FieldRole.Date, acronym ? venueAt : yearAt, TrimEndPunctuation(yearAt, end));
                return;
            }
        }

        if (trailer && YearGroupAtEnd(start, end) is var group && group > start && _text.Substring(start, group - start).Trim() is var named
            && (LooksLikeAuthors(named) || (LooksLikeAuthors(named, single: true) && !VenueParser.ReadsAsVenue(named) && !NamesASubject(named))))
        {
            // "Farrokh Vatan, Colin Williams (2003)": names, and the year in parentheses.
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, group));
            AddOnce(FieldRole.Date, group + 1, group + 5);
            return;
        }

        if (VenueGroupAtEnd(start, end, out var groupEnd) is var venueGroup && venueGroup > start
            && _text.Substring(start, venueGroup - start).Trim().TrimEnd(',', '.') is var people && LooksLikeAuthors(people, single: true) && !VenueParser.ReadsAsVenue(people))
        {
            // "Sven Kreiss, Lorenzo Bertoni, Alexandre Alahi (CVPR 2019)": names, and the venue in parentheses.
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, venueGroup));
            AddOnce(FieldRole.Venue, venueGroup + 1, groupEnd);
            return;
        }

        if (trailer && CommaYearAtEnd(start, end) is var yearStart && yearStart > start
            && _text.Substring(start, yearStart - start).Trim().TrimEnd(',') is var listed && !VenueParser.LooksLikeVenue(listed) && !NamesASubject(listed)
            && (LooksLikeAuthors(listed) || IsFamilyCommaGiven(listed)))
        {
            // "Kusner, Matt J and Loftus, Joshua, 2017" (BibTeX's author field), "Ethayarajh, Kawin, 2020": names, then the year.
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, _text.LastIndexOf(',', yearStart)));
            AddOnce(FieldRole.Date, yearStart, yearStart + 4);
            return;
        }

        if (!_parts.Has(FieldRole.Venue) && VenueSentenceBeforeYear(start, end) is var venueDot && venueDot > start)
        {
            // "Proceedings of the IEEE International Conference on Computer Vision. 2019: 5875-5884." (GB/T 7714 after
            // [C]//): the venue's sentence, then the year and the pages.
            var venueYear = SkipSpaces(venueDot + 1);
            AddOnce(FieldRole.Venue, start, venueDot);
            AddOnce(FieldRole.Date, venueYear, venueYear + 4);
            if (SkipSpacesAndSeparators(venueYear + 4, ",.:;") is var pages && pages < end)
            {
                Add(FieldRole.Remarks, pages, end);
            }

            return;
        }

        if (!_parts.Has(FieldRole.Authors) && BreakAt(start) && NameParser.FamilyGivenPairs(run) is not null)
        {
            // "**Title**, arXiv, 2024.␠␠" over "Hu, Yafei, Geng, Junyi, …, others.": a line of names, family first, in pairs.
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, end));
            return;
        }

        if (ReadSentences(start, end))
        {
            return;
        }

        if (VenueThenAuthors(start, end) is var namesAt && namesAt > start)
        {
            // "MSR'22, Fu, M., & Tantithamthavorn, C.": a venue, then the names.
            AddOnce(FieldRole.Venue, start, TrimEndPunctuation(start, namesAt));
            AddOnce(FieldRole.Authors, SkipSpacesAndSeparators(namesAt, ","), TrimEndPunctuation(namesAt, end));
            return;
        }

        if (AuthorsThenVenue(start, end) is var at && at > start)
        {
            // "Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018", "Alexander Novikov et al. Nature 2022".
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, at));
            AddOnce(FieldRole.Venue, SkipCitationIn(SkipSpacesAndSeparators(at, ",."), end), TrimEndPunctuation(at, end));
            return;
        }

        if (VenueParser.LooksLikeVenue(run) && HasYearOrKnown(run) && !LooksLikeAuthors(run))
        {
            AddOnce(FieldRole.Venue, SkipCitationIn(start, end), TrimEndPunctuation(start, end));
            return;
        }

        if (LooksLikeAuthors(run) || IsInitialledName(run))
        {
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, end));
            return;
        }

        if (trailer && EndsWithYear(run) && TextRuns.WordCount(run) <= 16 && !_parts.Has(FieldRole.Venue))
        {
            // "ACM on Interactive, Mobile, Wearable and Ubiquitous Technologies (2020)": what ends in a year after
            // the title, and is no list of names, is where the paper appeared.
            AddOnce(FieldRole.Venue, SkipCitationIn(start, end), TrimEndPunctuation(start, end));
            return;
        }

        Add(FieldRole.Remarks, start, end);
    }

    /// <summary>
    /// Where the venue of <c>In Proceedings of … (HPDC '22). …</c> ends (its sentence, less a page range <c>(pp. 147-162)</c>):
    /// a sentence that opens with "In " and names proceedings, a conference, a symposium or a workshop; or -1.
    /// </summary>
    private int InProceedingsEnd(int start, int end)
    {
        if (end - start < 12 || string.CompareOrdinal(_text, start, "In ", 0, 3) != 0 || !(char.IsUpper(_text[start + 3]) || char.IsDigit(_text[start + 3])))
        {
            return -1;
        }

        var sentenceEnd = end;
        for (var j = start + 3; j + 1 < end; j++)
        {
            if (_text[j] == '.' && _text[j + 1] == ' ' && !EndsWithAbbreviation(start, j + 1) && !(j > start && _text[j - 1] == 'p' && _text[j - 2] is 'p' or '('))
            {
                sentenceEnd = j;
                break;
            }
        }

        var venueEnd = Trim(start, sentenceEnd).End;
        var pages = _text.LastIndexOf(" (pp.", venueEnd - 1, venueEnd - start, StringComparison.Ordinal);
        venueEnd = pages > start ? pages : venueEnd;
        var venue = _text.Substring(start + 3, venueEnd - start - 3);
        foreach (var word in ProceedingsWords)
        {
            if (venue.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return venueEnd;
            }
        }

        return -1;
    }

    private static readonly string[] ProceedingsWords = { "Proceedings", "Conference", "Symposium", "Workshop", "Journal", "Transactions" };

    /// <summary>Where a GB/T 7714 type mark that ends <c>text[start, end)</c> starts (<c>[J]</c>, <c>[C]</c>, <c>[J/OL]</c>, <c>[D]</c>, <c>[M]</c>), after a name; or -1.</summary>
    private int TypeMarkAtEnd(int start, int end)
    {
        var close = Trim(start, end).End;
        while (close > start && _text[close - 1] is '.' or ',' or ' ')
        {
            close--;
        }

        if (close - start < 6 || _text[close - 1] != ']')
        {
            return -1;
        }

        var open = _text.LastIndexOf('[', close - 1, close - start);
        var mark = open > start ? _text.Substring(open + 1, close - open - 2) : string.Empty;
        return IsTypeMark(mark) && char.IsLetter(_text[Trim(start, open).End - 1]) ? open : -1;
    }

    /// <summary>
    /// Where the first sentence of <c>text[start, end)</c> ends when it names a venue without a year and the next one opens
    /// with the year (<c>Proceedings of … Vision. 2019: 5875-5884.</c>, <c>… Letters. 2020, 5(2): 1-8.</c>), or -1.
    /// </summary>
    private int VenueSentenceBeforeYear(int start, int end)
    {
        for (var j = start + 8; j + 6 < end; j++)
        {
            if (_text[j] != '.' || _text[j + 1] != ' ' || EndsWithAbbreviation(start, j + 1))
            {
                continue;
            }

            var year = SkipSpaces(j + 1);
            if (year + 4 > end || !IsFourDigits(year) || _text[year] is not ('1' or '2') || (year + 4 < end && _text[year + 4] is not (':' or ',' or '.' or ';')))
            {
                return -1;
            }

            // "…Letters (RA-L), 3(4):3177-3184, Oct. 2018": a sentence with numbers is a venue's details, its date after them.
            var sentence = _text.Substring(start, j - start).Trim();
            return !HasDigit(sentence) && VenueParser.LooksLikeVenue(sentence) && !HasYearOrKnown(sentence) && !LooksLikeAuthors(sentence) ? j : -1;
        }

        return -1;
    }

    /// <summary>GB/T 7714's marks of what a reference is: [J] a journal article, [C] in proceedings, [D] a thesis, [M] a book, …</summary>
    private static bool IsTypeMark(string mark) => mark is "J" or "C" or "D" or "M" or "A" or "R" or "J/OL" or "C/OL" or "M/OL" or "EB/OL";

    /// <summary>
    /// Where a type mark right after the title ends, with the <c>//</c> that puts proceedings after it
    /// (<c>[**Title**](…)[C]//Proceedings of … . **2021**: 15598-15607.</c>), or -1.
    /// </summary>
    private int TypeMarkAfterTitleEnd(int i)
    {
        var close = i + 1;
        while (close < _text.Length && close - i <= 6 && _text[close] != ']' && _text[close] != '[')
        {
            close++;
        }

        if (close >= _text.Length || _text[close] != ']' || !IsTypeMark(_text.Substring(i + 1, close - i - 1)))
        {
            return -1;
        }

        var end = close + 1;
        return end + 1 < _text.Length && _text[end] == '/' && _text[end + 1] == '/' ? end + 2 : end;
    }

    /// <summary>Where a date with its month (<c>2024-09-01</c>, <c>2023.05</c>) that opens <c>text[start, end)</c> ends, or -1; a bare year may open a venue's name.</summary>
    private int DateOpeningRun(int start, int end)
    {
        var tokenEnd = start;
        while (tokenEnd < end && _text[tokenEnd] != ' ' && _linkAt[tokenEnd] < 0)
        {
            tokenEnd++;
        }

        var token = _text.Substring(start, tokenEnd - start).TrimEnd(RunTrim);
        // "2023.05", "2024-09-01", and "2018.9" (a year and a month of one digit).
        return (token.Length >= 7 || (token.Length == 6 && token[4] is '.' or '-' or '/')) && char.IsDigit(token[0]) && token.IndexOfAny(DateSeparators) > 0 && IsDateText(token) ? start + token.Length : -1;
    }

    /// <summary>
    /// The names after "by", then where and when: "by Jane Doe and John Roe, 2002.", "by Jane Doe, John Roe. ICML 2018.",
    /// "by Doe J, Roe R, et al. arXiv, 2017." Returns false when no list of names opens the text.
    /// </summary>
    private bool ReadByline(int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            // An initial ends the names when a venue follows it: "by Littman, Michael L. ICML, 1994."
            var sentenceEnd = _text[j] == '.' && j + 1 < end && _text[j + 1] == ' '
                && (!EndsWithAbbreviation(start, j + 1) || _text.Substring(j + 1, end - j - 1).Trim().TrimEnd(TextRuns.SentenceEnd) is var venueAfter
                    && VenueParser.LooksLikeVenue(venueAfter) && HasYearOrKnown(venueAfter) && !LooksLikeAuthors(venueAfter));
            var yearEnd = _text[j] == ',' ? YearAfter(j) : -1;
            var yearEndsText = yearEnd > 0 && yearEnd <= end && _text.Substring(yearEnd, end - yearEnd).Trim().TrimEnd(RunTrim).Length == 0;
            if ((sentenceEnd || yearEndsText) && LooksLikeAuthors(_text.Substring(start, j - start), single: true))
            {
                AddOnce(FieldRole.Authors, start, sentenceEnd && EndsWithAbbreviation(start, j + 1) ? j + 1 : TrimEndPunctuation(start, j));
                if (yearEndsText)
                {
                    AddOnce(FieldRole.Date, yearEnd - 4, yearEnd);
                }
                else
                {
                    ReadTextRun(j + 1, end, trailer: false);
                }

                return true;
            }
        }

        if (AuthorsThenVenue(start, end) is var venueAt && venueAt > start)
        {
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, venueAt));
            AddOnce(FieldRole.Venue, SkipSpacesAndSeparators(venueAt, ",."), TrimEndPunctuation(venueAt, end));
            return true;
        }

        return false;
    }

    /// <summary>Sentences of authors and a venue: "Jaehoon Koo, Mary Hall. Arxiv.org, 2021." Returns false when none is.</summary>
    private bool ReadSentences(int start, int end)
    {
        var sentenceStart = start;
        var split = false;
        for (var j = start; j < end; j++)
        {
            if (_text[j] == '.' && j + 1 < end && _text[j + 1] == ' ' && (!EndsWithAbbreviation(sentenceStart, j + 1) || EndsNamesWithInitials(sentenceStart, j)))
            {
                var sentence = _text.Substring(sentenceStart, j - sentenceStart).Trim();
                if (LooksLikeAuthors(sentence) || (VenueParser.LooksLikeVenue(sentence) && HasYearOrKnown(sentence)))
                {
                    split = true;
                }
                else if (!split && sentenceStart == start && IsPlainPersonName(sentence) && !VenueAbbreviations.Contains(LastWord(sentenceStart, j)) && LooksLikeAuthors(sentence, single: true) && !VenueParser.LooksLikeVenue(sentence) && !NamesASubject(sentence)
                    && _text.Substring(j + 1, end - j - 1).Trim().TrimEnd(TextRuns.SentenceEnd) is var rest
                    && rest.IndexOf(". ", StringComparison.Ordinal) < 0 && VenueParser.LooksLikeVenue(rest) && HasYearOrKnown(rest) && !LooksLikeAuthors(rest))
                {
                    // "Peng Lin. `ToN 2022`.": one name (the first author), then the venue, the last sentence.
                    AddOnce(FieldRole.Authors, sentenceStart, TrimEndPunctuation(sentenceStart, j));
                    ReadSentence(j + 1, end);
                    return true;
                }

                if (split)
                {
                    ReadSentence(sentenceStart, j);
                    sentenceStart = j + 1;
                }
            }
        }

        if (split)
        {
            ReadSentence(sentenceStart, end);
        }

        return split;
    }

    /// <summary>
    /// Whether <c>text[start, dot)</c> is names that end with initials after the family name (<c>Bhat P, Dutta K</c>, Vancouver's
    /// style), so the full stop at <paramref name="dot"/> ends their sentence, not an initial.
    /// </summary>
    private bool EndsNamesWithInitials(int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && char.IsUpper(_text[wordStart - 1]))
        {
            wordStart--;
        }

        if (dot - wordStart is < 1 or > 3 || wordStart - 2 <= start || _text[wordStart - 1] != ' ' || !char.IsLower(_text[wordStart - 2]))
        {
            return false;
        }

        var names = _text.Substring(start, dot - start).Trim();
        if (names.IndexOf(',') < 0 || !LooksLikeAuthors(names))
        {
            return false;
        }

        foreach (var name in names.Split(','))
        {
            // Every name ends in its initials ("Dutta K"); "Adrian V. Dalca" has a middle initial, and its name goes on.
            var words = name.Trim().Split(' ');
            var initials = words[words.Length - 1];
            if (words.Length < 2 || initials.Length is < 1 or > 3 || TextRuns.Capitals(initials) != initials.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Peng Lin", "Rubén Pérez-Jove", "Jane M. Doe": two to four words, each a capital and small letters or an initial;
    /// no acronym (<c>IEEE Conf</c>) and no abbreviation (<c>Int. Conf</c>), which open venues.
    /// </summary>
    private static bool IsPlainPersonName(string text)
    {
        var words = text.Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            var initial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
            if (!initial && (word.Length < 2 || !char.IsUpper(word[0]) || word.IndexOf('.') >= 0 || !char.IsLower(word[1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the names start after a venue in one run (at its first comma), or -1.</summary>
    private int VenueThenAuthors(int start, int end)
    {
        var comma = _text.IndexOf(',', start, end - start);
        if (comma <= start)
        {
            return -1;
        }

        var venue = _text.Substring(start, comma - start).Trim();
        var names = _text.Substring(comma + 1, end - comma - 1).Trim().TrimEnd(TextRuns.SentenceEnd);
        return VenueParser.ReadsAsVenue(venue) && names.Length > 0 && LooksLikeAuthors(names, single: true) ? comma : -1;
    }

    /// <summary>Where a venue starts after a list of names in one run (at a comma or after <c>et al.</c>), or -1.</summary>
    private int AuthorsThenVenue(int start, int end)
    {
        // From the right: the longest list of names that a venue follows.
        for (var j = end - 2; j > start; j--)
        {
            var comma = _text[j] == ',';
            var etAl = _text[j] == '.' && j >= start + 2 && _text[j - 1] == 'l' && _text[j - 2] == 'a' && j + 1 < end && _text[j + 1] == ' ';
            // "…, & Li, H. In CVPR 2017": the citation's "In" opens the venue after the last initial's full stop.
            var citationIn = _text[j] == '.' && j + 4 < end && _text[j + 1] == ' ' && string.CompareOrdinal(_text, j + 2, "In ", 0, 3) == 0;
            if (!comma && !etAl && !citationIn)
            {
                continue;
            }

            var namesEnd = comma ? j : j + 1;
            var names = _text.Substring(start, namesEnd - start).Trim();
            var rest = _text.Substring(j + 1, end - j - 1).Trim().TrimEnd(TextRuns.SentenceEnd);
            if (rest.Length > 0 && LooksLikeAuthors(names) && VenueParser.LooksLikeVenue(rest) && HasYearOrKnown(rest) && !LooksLikeAuthors(rest))
            {
                return namesEnd;
            }
        }

        return -1;
    }

    /// <summary>
    /// A bracketed link in front of a title whose label is an acronym (<c>[[MM](…)]</c>, <c>[[ECCVW](…)]</c>, <c>[[TOG](…)]</c>):
    /// a venue the parser does not know, as the known ones in the same place are; not a label such as <c>PDF</c>.
    /// </summary>
    private bool IsVenueTagLink((int Start, int End, int Link) link, int innerStart, int innerEnd)
    {
        var label = LinkLabels.Unbracket(_content.Links[link.Link].Label).Trim();
        if (link.Start > SkipSpaces(innerStart) || Trim(link.End, innerEnd).Start < innerEnd || label.Length < 2 || label.Length > 8
            || LinkLabels.IsGeneric(label) || _content.Links[link.Link].LabelIsImage)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in label)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// A bracketed link in front of text whose label names a thing (<c>[[SynthCity](…)]</c>, <c>[[Lyft Level 5](…)]</c>):
    /// one to three words, no label of a kind of link, no icon; the link's range, or null.
    /// </summary>
    private (int Start, int End)? NameTagLinkAt(int innerStart, int innerEnd, int groupEnd)
    {
        if (SingleLinkIn(innerStart, innerEnd) is not { } link || link.Start > SkipSpaces(innerStart) || Trim(link.End, innerEnd).Start < innerEnd
            || SkipSpaces(groupEnd) >= _text.Length || !char.IsLetterOrDigit(_text[SkipSpaces(groupEnd)]))
        {
            return null;
        }

        var label = _content.Links[link.Link];
        var text = LinkLabels.Unbracket(label.Label).Trim();
        return !label.LabelIsImage && text.Length > 0 && TextRuns.WordCount(text) <= 3 && HasLetterOrDigit(text) && !LinkLabels.IsGeneric(text)
            && !IsIconCode(text, 0, text.Length)
            ? (link.Start, link.End)
            : null;
    }

    private static bool IsAcronym(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private string LastWord(int start, int end)
    {
        var text = _text.Substring(start, end - start).TrimEnd();
        return text.Substring(text.LastIndexOf(' ') + 1);
    }

    /// <summary>Where a <c>'18</c> that ends <c>text[start, end)</c> starts, after a space, or -1.</summary>
    private int ApostropheYearAtEnd(int start, int end)
    {
        while (end > start && _text[end - 1] is '.' or ' ')
        {
            end--;
        }

        var at = end - 3;
        return at > start && _text[at] is '\'' or '\u2019' && _text[at - 1] == ' ' && char.IsDigit(_text[at + 1]) && char.IsDigit(_text[at + 2]) ? at : -1;
    }

    /// <summary>Where a <c>(2003)</c> that ends <c>text[start, end)</c> opens, or -1.</summary>
    private int YearGroupAtEnd(int start, int end)
    {
        while (end > start && _text[end - 1] is '.' or ',' or ' ')
        {
            end--;
        }

        var open = end - 6;
        return open > start && _text[end - 1] == ')' && _text[open] == '(' && VenueParser.YearOnly(_text.Substring(open + 1, 4)) > 0 ? open : -1;
    }

    /// <summary>Where a venue with its year in parentheses (<c>(CVPR 2019)</c>) that ends <c>text[start, end)</c> opens, or -1; <paramref name="innerEnd"/> is where its text ends.</summary>
    private int VenueGroupAtEnd(int start, int end, out int innerEnd)
    {
        innerEnd = -1;
        while (end > start && _text[end - 1] is '.' or ',' or ' ')
        {
            end--;
        }

        var open = end > start + 1 && _text[end - 1] == ')' && _linkAt[end - 1] < 0 ? _text.LastIndexOf('(', end - 2, end - 1 - start) : -1;
        if (open <= start || end - open > 60)
        {
            return -1;
        }

        var inner = _text.Substring(open + 1, end - open - 2).Trim();
        innerEnd = end - 1;
        // "(CVPR 2019)", not a remark on the year ("CVPR (2019 oral)").
        return inner.Length > 0 && char.IsLetter(inner[0]) && VenueParser.LooksLikeVenue(inner) && HasYearOrKnown(inner) ? open : -1;
    }

    /// <summary>Where the year of a <c>, 2017</c> that ends <c>text[start, end)</c> starts, or -1.</summary>
    private int CommaYearAtEnd(int start, int end)
    {
        while (end > start && _text[end - 1] is '.' or ' ')
        {
            end--;
        }

        // ", 2017", and ",2017" as some lists write it.
        var at = end - 4;
        var comma = at - 1 > start && _text[at - 1] == ',' ? at - 1 : at - 2;
        return comma > start && _text[comma] == ',' && (comma == at - 1 || _text[at - 1] == ' ') && VenueParser.YearOnly(_text.Substring(at, 4)) > 0 ? at : -1;
    }

    /// <summary>The parts after a citation's year, between commas: a short name in bold, a venue, or remarks.</summary>
    private void ReadCitationParts(int start, int end)
    {
        for (var partStart = start; partStart < end;)
        {
            partStart = SkipSpacesAndSeparators(partStart, ",");
            var partEnd = partStart < end && _text.IndexOf(',', partStart, end - partStart) is var comma && comma >= 0 ? comma : end;
            if (partEnd > partStart)
            {
                var part = _text.Substring(partStart, partEnd - partStart).Trim();
                var role = StrongStartingAt(partStart) is { } strong && strong.End >= partEnd - 1 ? FieldRole.ShortName
                    : VenueParser.LooksLikeVenue(part) && !_parts.Has(FieldRole.Venue) ? FieldRole.Venue : FieldRole.Remarks;
                Add(role, partStart, Trim(partStart, partEnd).End);
            }

            partStart = partEnd + 1;
        }
    }

    /// <summary>Where the year of an author-year citation that opens <c>text[start, end)</c> starts (<c>Doe et al., 2017</c>, then more parts or none), or -1.</summary>
    private int AuthorYearAt(int start, int end)
    {
        var comma = _text.IndexOf(',', start, end - start);
        while (comma > start)
        {
            var year = SkipSpaces(comma + 1);
            if (year + 4 <= end && IsFourDigits(year) && (year + 4 == end || _text[year + 4] is ',' or ' ') && VenueParser.YearOnly(_text.Substring(year, 4)) > 0
                && _text.Substring(year + 4, end - year - 4).Trim().TrimEnd('.') is var after && (after.Length == 0 || after[0] == ',')
                && IsAuthorYearNames(_text.Substring(start, comma - start).Trim()))
            {
                return year;
            }

            comma = comma + 1 < end ? _text.IndexOf(',', comma + 1, end - comma - 1) : -1;
        }

        return -1;
    }

    /// <summary>Where the names start in <c>aka: GROVER</c> or <c>a.k.a. GROVER</c> (after the marker), or -1.</summary>
    private static int AkaEnd(string inner)
    {
        foreach (var marker in AkaMarkers)
        {
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase) && inner.Length > marker.Length + 1)
            {
                return marker.Length;
            }
        }

        return -1;
    }

    private static readonly string[] AkaMarkers = { "aka:", "a.k.a.", "a.k.a:", "aka " };

    /// <summary>Where the names end (the comma) of <c>Doe et al., VENUE …</c> in <c>text[start, end)</c>: a first author, <c>et al.</c>, then a venue; or -1.</summary>
    private int EtAlVenueAt(int start, int end)
    {
        var comma = _text.IndexOf(',', start, end - start);
        if (comma <= start)
        {
            return -1;
        }

        var names = _text.Substring(start, comma - start).Trim();
        var next = comma + 1 < end ? _text.IndexOf(',', comma + 1, end - comma - 1) : -1;
        var venue = _text.Substring(comma + 1, (next > comma ? next : end) - comma - 1).Trim();
        return names.IndexOf("et al", StringComparison.OrdinalIgnoreCase) > 0 && IsAuthorYearNames(names)
            && VenueParser.LooksLikeVenue(venue) && HasYearOrKnown(venue)
            ? comma
            : -1;
    }

    /// <summary>
    /// The names of an author-year citation: <c>Hitaj et al.</c>, <c>Song C. et al.</c>, <c>Leino and Fredrikson</c>,
    /// <c>Ganev and De Cristofaro</c>; family names only, so no venue (<c>ICML</c>) and no subject.
    /// </summary>
    private static bool IsAuthorYearNames(string text)
    {
        if (text.Length == 0 || VenueParser.ReadsAsVenue(text) || NamesASubject(text))
        {
            return false;
        }

        foreach (var marker in EtAlMarkers)
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                var names = text.Substring(0, at).Trim().TrimEnd(',');
                return text.Substring(at + marker.Length).Trim().TrimEnd('.').Length == 0 && TextRuns.WordCount(names) <= 3
                    && IsFamilyNames(names) && !VenueParser.ReadsAsVenue(names);
            }
        }

        var and = text.IndexOf(" and ", StringComparison.Ordinal) is var a && a > 0 ? (a, 5) : text.IndexOf(" & ", StringComparison.Ordinal) is var amp && amp > 0 ? (amp, 3) : (-1, 0);
        return and.Item1 > 0 && text.Substring(0, and.Item1).Trim() is var first && text.Substring(and.Item1 + and.Item2).Trim() is var second
            && TextRuns.WordCount(first) <= 3 && TextRuns.WordCount(second) <= 3 && IsFamilyNames(first) && IsFamilyNames(second)
            && !VenueParser.ReadsAsVenue(first) && !VenueParser.ReadsAsVenue(second);
    }

    private static bool IsFamilyNames(string text)
    {
        if (text.Length == 0 || text.IndexOf(',') >= 0)
        {
            return false;
        }

        // Each word as a part of a list of names takes it (IsNameWord), with no word only an institution has.
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf(' ', start) is var space && space >= 0 ? space : text.Length;
            if (end > start && (!IsNameWord(text, start, end) || IsInstitutionWord(text, start, end)))
            {
                return false;
            }

            start = end + 1;
        }

        return true;
    }

    /// <summary>One name written family name first, <c>Ethayarajh, Kawin</c>: two words that name no venue or subject.</summary>
    private static bool IsFamilyCommaGiven(string text)
    {
        var comma = text.IndexOf(',');
        if (comma <= 0 || text.IndexOf(',', comma + 1) >= 0)
        {
            return false;
        }

        var family = text.Substring(0, comma).Trim();
        var given = text.Substring(comma + 1).Trim();
        return TextRuns.WordCount(family) is >= 1 and <= 2 && TextRuns.WordCount(given) is >= 1 and <= 3
            && LooksLikeAuthors(given + " " + family, single: true) && !VenueParser.ReadsAsVenue(family) && !VenueParser.ReadsAsVenue(given)
            && !NamesASubject(text);
    }

    private static bool EndsWithYear(string text)
    {
        var value = text.TrimEnd(YearTrim);
        return value.Length >= 6 && VenueParser.YearOnly(value.Substring(value.Length - 4)) > 0 && !char.IsLetterOrDigit(value[value.Length - 5]);
    }

    private void ReadSentence(int start, int end)
    {
        (start, end) = Trim(start, end);
        if (end <= start)
        {
            return;
        }

        var sentence = _text.Substring(start, end - start).TrimEnd(TextRuns.SentenceEnd);
        if (LooksLikeAuthors(sentence))
        {
            AddOnce(FieldRole.Authors, start, TrimEndPunctuation(start, end));
        }
        else if (VenueParser.LooksLikeVenue(sentence) && HasYearOrKnown(sentence))
        {
            AddOnce(FieldRole.Venue, SkipCitationIn(start, end), TrimEndPunctuation(start, end));
        }
        else
        {
            Add(FieldRole.Remarks, start, end);
        }
    }

    /// <summary>A labelled line: <c>Authors: …</c>, <c>🏛️ Institutions: …</c>, <c>📅 Date: …</c>, <c>📑 Publisher: …</c>, <c>Key: …</c>.</summary>
    private bool TryReadLabelled(int i)
    {
        if (LabelColon(i) is not (> 0 and var colon))
        {
            return false;
        }

        var label = _text.Substring(i, colon - i).Trim().ToLowerInvariant();
        var value = SkipSpaces(colon + 1);
        if (label.Length == 0 || TextRuns.WordCount(label) > 3)
        {
            return false;
        }

        if (value >= _text.Length)
        {
            // "📝 Note:" with nothing after it: a field the list left empty.
            return LabelRole(label) is not null;
        }

        var role = LabelRole(label) ?? FieldRole.Remarks;
        if (role == FieldRole.Venue && label == "publisher" && _text.Substring(value) is var publisher && NamesAnInstitution(publisher) && !VenueParser.LooksLikeVenue(publisher))
        {
            // "Publisher: Fast University, Quick Lab": the people behind the paper, not where it appeared.
            role = FieldRole.Institutions;
        }

        if (role == FieldRole.Remarks)
        {
            Add(FieldRole.Remarks, i, _text.Length);
        }
        else
        {
            Add(role, value, TrimEndPunctuation(value, _text.Length));
        }

        return true;
    }

    /// <summary>Where the colon of a label in front (<c>Authors:</c>, <c>作者：</c>) is, or -1.</summary>
    private int LabelColon(int i)
    {
        for (var j = i; j < _text.Length && j < i + 30; j++)
        {
            if (_linkAt[j] >= 0)
            {
                return -1;
            }

            if (_text[j] is ':' or '\uFF1A')
            {
                return j > i ? j : -1;
            }

            if (!(char.IsLetter(_text[j]) || _text[j] is ' ' or '&' or '/' or '-' or '(' or ')' or ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a line is one field of a paper, labelled as such (<c>Authors: …</c>, <c>🔗 链接：[…](…)</c>, <c>📝 Note:</c>):
    /// under a heading that is a paper's title, such lines are the paper's fields, not papers.
    /// </summary>
    public bool IsLabelledField(FieldContent content)
    {
        Begin(content);
        var i = SkipDecoration(0);
        return LabelColon(i) is > 0 and var colon && LabelRole(_text.Substring(i, colon - i).Trim().ToLowerInvariant()) is not null;
    }

    /// <summary>
    /// The label of a line that is a label and links only (<c>Homepage: https://…</c>, <c>代码（即将开源）：https://…</c>,
    /// <c>Paper(Highlight): [arXiv](…)</c>), with where its links start; null for any other line. The label, not a
    /// bare URL, names such a link.
    /// </summary>
    public string? LinkLabel(FieldContent content, out int valueStart)
    {
        Begin(content);
        valueStart = -1;
        var i = SkipDecoration(0);
        var colon = -1;
        for (var j = i; j < _text.Length && j < i + 30 && _linkAt[j] < 0; j++)
        {
            if (_text[j] is ':' or '\uFF1A')
            {
                colon = j;
                break;
            }

            if (!(char.IsLetterOrDigit(_text[j]) || _text[j] is ' ' or '&' or '/' or '-' or '(' or ')' or '\uFF08' or '\uFF09'))
            {
                return null;
            }
        }

        if (colon <= i || content.Links.Count == 0)
        {
            return null;
        }

        for (var j = colon + 1; j < _text.Length; j++)
        {
            if (_linkAt[j] < 0 && char.IsLetterOrDigit(_text[j]))
            {
                return null;
            }
        }

        // "Authors: [Jane Doe](…)": a field whose value is linked, not a link.
        var label = _text.Substring(i, colon - i).Trim();
        if (LabelRole(label.ToLowerInvariant()) is FieldRole.Authors or FieldRole.Institutions or FieldRole.Date or FieldRole.Venue)
        {
            return null;
        }

        valueStart = colon + 1;
        return label;
    }

    /// <summary>The field a label before a colon names (<c>Authors:</c>, <c>Venue:</c>), in lower case; null for any other word.</summary>
    private static FieldRole? LabelRole(string label) => label switch
    {
        "author" or "authors" or "by" or "writer" or "writers" or "作者" => FieldRole.Authors,
        "institution" or "institutions" or "affiliation" or "affiliations" or "organization" or "organizations" or "org" or "lab" or "单位" or "机构" => FieldRole.Institutions,
        "date" or "published" or "year" or "time" or "release" or "released" or "publish date" or "publication date" or "日期" or "时间" => FieldRole.Date,
        "venue" or "publisher" or "publication" or "conference" or "journal" or "published in" or "accepted" or "accepted by" or "in" or "pub" or "会议" or "期刊" => FieldRole.Venue,
        "title" or "paper" or "papers" or "note" or "notes" or "summary" or "tldr" or "abstract" or "说明" or "备注" or "摘要" => FieldRole.Remarks,
        "链接" => FieldRole.Links,
        _ => null,
    };

    // ---- What a piece of text reads as.

    /// <summary>
    /// Whether the text is a list of people's names: <c>Jane Doe, John Smith</c>, <c>J. Doe et al.</c>, <c>Doe, Jane, et al.</c>,
    /// <c>Jasdeep Singh, Bryan McCann, and Caiming Xiong</c>; with <paramref name="single"/>, one name is enough.
    /// </summary>
    internal static bool LooksLikeAuthors(string text, bool single = false)
    {
        // Names broken over two lines ("Haoliang Wang,\n Tong Yu") are one list; "Xuran Xu(Nanjing University)" is a name and where they work.
        var value = NameParser.WithoutAttachedAffiliations((text.IndexOf('\n') >= 0 ? text.Replace('\n', ' ') : text).Trim()).TrimEnd(TextRuns.SentenceEndOrSemicolon);
        if (NameParser.BibTexNames(value) is { Count: >= 2 } || NameParser.IsFamilyInitialsList(value) || NameParser.FamilyFirstBySemicolons(value) is not null)
        {
            return true;
        }

        var etAl = false;
        foreach (var marker in EtAlMarkers)
        {
            // The marker ends the text, or all but its last character.
            var at = EndsWithAt(value, marker, value.Length) ? value.Length - marker.Length
                : EndsWithAt(value, marker, value.Length - 1) ? value.Length - 1 - marker.Length : -1;
            if (at >= 0)
            {
                etAl = true;
                value = value.Substring(0, at).TrimEnd(EtAlTrim);
                break;
            }
        }

        if (value.Length == 0 || value.Length > 2000)
        {
            return false;
        }

        // The parts between commas, semicolons, " and " and " & ", read in place: this runs for every candidate run of text.
        var names = 0;
        var handles = 0;
        var rawParts = 0;
        var runs = default(OneWordRuns);
        var afterComma = false;
        var partStart = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var separator = i == value.Length ? 1 : SeparatorAt(value, i);
            if (separator == 0)
            {
                continue;
            }

            if (i > partStart)
            {
                rawParts++;
                var part = ReadNamePart(value, partStart, i);
                if (part != NamePart.OneWord && part != NamePart.Empty)
                {
                    runs.Flush();
                }

                switch (part)
                {
                    case NamePart.NotAName:
                        return false;
                    case NamePart.OneWord:
                        runs.Add(IsInitialsPart(value, partStart, i), afterComma);
                        break;
                    case NamePart.Name:
                        names++;
                        break;
                    case NamePart.Handle:
                        handles++;
                        break;
                }
            }

            afterComma = i < value.Length && value[i] == ',';
            i += separator - 1;
            partStart = i + 1;
        }

        runs.Flush();
        var (pairedNames, oneWord) = runs.Names(names > 0 || etAl);
        names += pairedNames;

        // A person has a given name and a family name ("Doe, Jane" is two parts of one name): parts of one word
        // each, as UIUC and FriendliAI are, name institutions.
        if (names == 0 || (!etAl && oneWord * 2 > names) || handles * 4 > names)
        {
            return false;
        }

        // One name needs a sign that it is one: "et al.", a place where only authors stand, or initials.
        return names >= 2 || etAl || (single && rawParts == 1 && TextRuns.WordCount(value) is >= 2 and <= 4);
    }

    /// <summary>
    /// The runs of one-word parts of a list. An even run is family and given names in pairs, each pair one name, when
    /// the given names are initials (<c>Orchard, G., Benosman, R.</c>) or the list also has names of two words or says
    /// "et al." (<c>Neumann, Thomas, and Alfons Kemper</c>); otherwise (<c>UIUC, CMU</c>) its parts are names of one word.
    /// </summary>
    private struct OneWordRuns
    {
        private int _run;
        private bool _givenAreInitials;
        private bool _pairable;
        private int _initialsPairs;
        private int _otherPairs;
        private int _otherPairedParts;
        private int _singles;

        public void Add(bool initials, bool afterComma)
        {
            // The given name is the second of each pair, after a comma ("Doe, Jane"; "Stanford & UCSD" is no pair).
            _givenAreInitials = (_run == 0 || _givenAreInitials) && (_run % 2 == 0 || initials);
            _pairable = (_run == 0 || _pairable) && (_run % 2 == 0 || afterComma);
            _run++;
        }

        public void Flush()
        {
            if (_run >= 2 && _run % 2 == 0 && _pairable)
            {
                if (_givenAreInitials)
                {
                    _initialsPairs += _run / 2;
                }
                else
                {
                    _otherPairs += _run / 2;
                    _otherPairedParts += _run;
                }
            }
            else
            {
                _singles += _run;
            }

            (_run, _givenAreInitials, _pairable) = (0, false, false);
        }

        /// <summary>How many names the runs make, and how many of them are one word.</summary>
        public (int Names, int OneWord) Names(bool withOtherNames) =>
            withOtherNames || _initialsPairs > 0
                ? (_initialsPairs + _otherPairs + _singles, _singles)
                : (_initialsPairs + _otherPairedParts + _singles, _otherPairedParts + _singles);
    }

    private static bool IsInitialsPart(string text, int start, int end)
    {
        (start, end) = TrimRange(text, start, end, InitialsTrim);
        // "R. C. W." is one given name of initials, as "R.C.W." is.
        return end > start && NameParser.IsInitials(text.Substring(start, end - start).Replace(" ", string.Empty));
    }

    private static readonly char[] InitialsTrim = { ' ', ',', ';' };

    private enum NamePart
    {
        Empty,
        NotAName,
        OneWord,
        Name,
        Handle,
    }

    /// <summary>The length of the separator of names at <paramref name="i"/>, or 0.</summary>
    private static int SeparatorAt(string text, int i) =>
        text[i] is ',' or ';' ? 1
        : text[i] != ' ' || i + 2 >= text.Length ? 0
        : text[i + 1] == '&' && text[i + 2] == ' ' ? 3
        : text[i + 1] == 'a' && string.CompareOrdinal(text, i, " and ", 0, 5) == 0 ? 5
        : 0;

    /// <summary>What <c>text[start, end)</c>, one part of a list, is: a person's name of up to five words, a handle, or neither.</summary>
    private static NamePart ReadNamePart(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == start || (end - start == 3 && string.CompareOrdinal(text, start, "and", 0, 3) == 0))
        {
            return NamePart.Empty;
        }

        if (end - start > 4 && string.CompareOrdinal(text, start, "and ", 0, 4) == 0)
        {
            start += 4;
        }

        var words = 0;
        var (firstStart, firstEnd) = (-1, -1);
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                continue;
            }

            var wordEnd = text.IndexOf(' ', i, end - i);
            wordEnd = wordEnd < 0 ? end : wordEnd;
            if (++words > 5)
            {
                return NamePart.NotAName;
            }

            (firstStart, firstEnd) = words == 1 ? (i, wordEnd) : (firstStart, firstEnd);
            i = wordEnd;
        }

        if (words == 0)
        {
            return NamePart.NotAName;
        }

        if (words == 1 && IsHandle(text, firstStart, firstEnd))
        {
            // "yaowang": a name written as a handle, among names.
            return NamePart.Handle;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                continue;
            }

            var wordEnd = text.IndexOf(' ', i, end - i);
            wordEnd = wordEnd < 0 ? end : wordEnd;
            if ((!IsNameWord(text, i, wordEnd) && !IsFamilyNameAfterGiven(text, i, wordEnd, words, end)) || IsInstitutionWord(text, i, wordEnd))
            {
                return NamePart.NotAName;
            }

            i = wordEnd;
        }

        // "Z. H." after "Deng,": initials alone are the given name of the family name before them, as "Z." is.
        return words == 1 || IsInitialsPart(text, start, end) ? NamePart.OneWord : NamePart.Name;
    }

    private static bool EndsWithAt(string text, string marker, int end) =>
        end - marker.Length >= 0 && string.Compare(text, end - marker.Length, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static readonly string[] EtAlMarkers = { "et al", "and others", "et. al" };
    private static readonly char[] EtAlTrim = { ' ', ',', '.' };
    private static readonly char[] DateSeparators = { '-', '.', '/' };
    private static readonly char[] NamesTrim = { ',', '.', ':', ';', '-', ' ' };
    private static readonly char[] RunTrim = { '.', ',', ';', '|' };
    private static readonly char[] YearTrim = { ')', '.', ' ', ',' };
    private static readonly char[] InstitutionWordTrim = { '(', ')', ',' };
    private static readonly char[] NameWordTrim = { '*', '_', '(', ')', '"', '\u201c', '\u201d' };

    private static readonly WordSet InstitutionWords = new(
        "university", "univ", "univ.", "institute", "inst", "inst.", "lab", "labs", "laboratory", "laboratories", "college", "school",
        "research", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "technologies", "technology", "academy",
        "center", "centre", "group", "foundation", "department", "dept", "ai", "deepmind", "google", "microsoft", "meta", "nvidia",
        "amazon", "apple", "ibm", "intel", "alibaba", "tencent", "baidu", "bytedance", "huawei", "openai", "anthropic", "sciences",
        "national", "state", "polytechnic", "tech",
        "universidad", "universidade", "università", "universität", "université", "universite", "universiteit", "uniwersytet",
        "institut", "instituto", "istituto", "politecnico", "politécnica", "polytechnique", "hochschule", "école", "ecole",
        "akademie", "laboratoire", "laboratorio");

    /// <summary>
    /// Whether a text has a word only an institution has: an acronym (<c>UC Berkeley</c>, <c>ICL</c>, <c>SJTU</c>) or a
    /// word such as University or Lab. "Jane Doe &amp; John Roe" has none.
    /// </summary>
    internal static bool NamesAnInstitution(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var end = i;
            var capitals = 0;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                capitals += char.IsUpper(text[end]) ? 1 : 0;
                end++;
            }

            if ((capitals >= 2 && capitals == end - i) || IsInstitutionWord(text, i, end))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    private static bool IsInstitutionWord(string text, int start, int end)
    {
        (start, end) = TrimRange(text, start, end, InstitutionWordTrim);
        // "Meta AI" names a lab; "Wei Ai" a person, written as names are.
        return InstitutionWords.Contains(text, start, end - start) && !(end - start == 2 && char.IsUpper(text[start]) && char.IsLower(text[start + 1]));
    }

    private static bool IsHandle(string text, int start, int end)
    {
        if (end - start < 3 || end - start > 20 || NonNameWords.Contains(text, start, end - start))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Rui An": a family name that is also a small word of sentences, capitalised, after a given name. Only the
    /// second of two words, which no part of a title split at commas ends with.
    /// </summary>
    private static bool IsFamilyNameAfterGiven(string text, int start, int end, int words, int partEnd) =>
        words == 2 && end == partEnd && char.IsUpper(text[start]) && NonNameWords.Contains(text, start, end - start);

    private static bool IsNameWord(string text, int start, int end)
    {
        (start, end) = TrimRange(text, start, end, NameWordTrim);
        if (end == start || (end - start == 1 && char.IsUpper(text[start])))
        {
            // Nothing left, or an initial ("Rosenthal A"), which no word of a sentence is ("A" is "a" to the sets).
            return true;
        }

        if (NonNameWords.Contains(text, start, end - start))
        {
            return false;
        }

        if (NameParticles.Contains(text, start, end - start))
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsDigit(c) || c is '@' or ':' or '/' or '#' or '+' or '=')
            {
                return false;
            }
        }

        // A name starts with a capital (J., McCann, O'Boyle, Jégou), or is a family name written in capitals; CJK names have no case.
        var first = text[start];
        return char.IsUpper(first) || (!char.IsLower(first) && char.IsLetter(first)) || (end - start <= 3 && text[end - 1] == '.');
    }

    private static (int Start, int End) TrimRange(string text, int start, int end, char[] trim)
    {
        while (start < end && Array.IndexOf(trim, text[start]) >= 0)
        {
            start++;
        }

        while (end > start && Array.IndexOf(trim, text[end - 1]) >= 0)
        {
            end--;
        }

        return (start, end);
    }

    private static bool HasYearOrKnown(string text) => VenueParser.Read(text, out var venue, out _) != VenueReading.Kept || venue.Name is not null || venue.Year > 0 || VenueParser.LooksLikeVenue(text) && TextRuns.WordCount(text) <= 6;

    /// <summary>A date as lists write one in front of a title or in a group: <c>2023-02</c>, <c>2025.05.12</c>, <c>2017</c>, <c>Jun 2017</c>.</summary>
    internal static bool IsDateText(string text)
    {
        var value = text.Trim();
        if (value.Length < 4 || value.Length > 20 || !char.IsDigit(value[0]) && !char.IsLetter(value[0]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is not ('-' or '.' or '/' or ' ') && !char.IsLetter(c))
            {
                return false;
            }
        }

        return digits >= 4 && DateParser.TryParse(value, out _, out _, out _) && (digits > 4 || value.Length == 4 || char.IsLetter(value[0]));
    }

    private bool IsOnlyMarks(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            // Brackets, a dash, and the punctuation of CJK text ("；", "，"): a name of other symbols ("???") is a name that
            // makes no identifier, which is the builder's to report.
            var c = _text[k];
            if (c is not ('[' or ']' or '(' or ')' or '-' or '|' or ':' or ',' or '.' or ';' or ' ' or '\\' or '/' or '*' or '_' or '~')
                && !(c > '\u2000' && (char.IsPunctuation(c) || char.IsWhiteSpace(c))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Four digits, then digits and separators (<c>2023-13</c>): written as a date, whether or not it is one.</summary>
    private static bool IsDateShape(string text)
    {
        var value = text.Trim();
        if (value.Length < 6 || value.Length > 10)
        {
            return false;
        }

        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (!(char.IsDigit(c) && c < 128) && !(k >= 4 && c is '-' or '.' or '/'))
            {
                return false;
            }
        }

        return value[4] is '-' or '.' or '/';
    }

    // ---- Text scanning.

    private static bool IsSymbol(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Surrogate
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || c is '\u00a0';

    private static bool IsQuote(char c) => c is '"' or '\u201c';

    private int QuoteEnd(int open)
    {
        var close = _text[open] == '\u201c' ? '\u201d' : '"';
        for (var j = open + 1; j < _text.Length; j++)
        {
            if (_text[j] == close || (close == '\u201d' && _text[j] == '"'))
            {
                return j > open + 1 ? j + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The end (after the closer) of the group opened at <paramref name="open"/>; links inside do not count their brackets.</summary>
    private int GroupEnd(int open, char opener, char closer)
    {
        var depth = 0;
        for (var j = open; j < _text.Length; j++)
        {
            if (_linkAt[j] >= 0 && j > open)
            {
                j = LinkEndAt(j) - 1;
                continue;
            }

            if (_text[j] == opener)
            {
                depth++;
            }
            else if (_text[j] == closer && --depth == 0)
            {
                return j + 1;
            }
        }

        return -1;
    }

    private int LinkEndAt(int i)
    {
        foreach (var link in _links)
        {
            if (link.Start <= i && i < link.End)
            {
                return link.End;
            }
        }

        return i + 1;
    }

    private (int Start, int End, int Link)? LinkStartingAt(int i)
    {
        foreach (var link in _links)
        {
            if (link.Start == i && link.End > link.Start)
            {
                return link;
            }
        }

        return null;
    }

    private (int Start, int End, int Link)? SingleLinkIn(int start, int end)
    {
        (int, int, int)? found = null;
        foreach (var link in _links)
        {
            if (link.Start >= start && link.End <= end && link.End > link.Start)
            {
                if (found is not null)
                {
                    return null;
                }

                found = link;
            }
        }

        return found;
    }

    private bool ContainsLink(int start, int end)
    {
        for (var j = Math.Max(0, start); j < end && j < _text.Length; j++)
        {
            if (_linkAt[j] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private int FirstLinkFrom(int i)
    {
        for (var j = i; j < _text.Length; j++)
        {
            if (_linkAt[j] >= 0)
            {
                return j;
            }
        }

        return _text.Length;
    }

    private const byte StrongStart = 1;
    private const byte EmphasisStart = 2;
    private const byte ImageStart = 4;

    private void AddSpan(List<(int Start, int End)> spans, (int Start, int End) span, byte kind)
    {
        spans.Add(span);
        if (span.Start >= 0 && span.Start < _text.Length)
        {
            _spanStarts[span.Start] |= kind;
        }
    }

    private (int Start, int End)? StrongStartingAt(int i) => SpanStartingAt(_strong, i, StrongStart);

    /// <summary>Bold text whose decoration in front was skipped (<c>**⭐Title**</c>): the rest of it, from <paramref name="i"/>.</summary>
    private (int Start, int End)? StrongAfterDecoration(int i)
    {
        foreach (var span in _strong)
        {
            if (span.Start < i && i < span.End && !HasLetterOrDigit(_text, span.Start, i))
            {
                return (i, span.End);
            }
        }

        return null;
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private (int Start, int End)? EmphasisStartingAt(int i) => SpanStartingAt(_emphasis, i, EmphasisStart);

    private (int Start, int End)? ImageAt(int i) => SpanStartingAt(_images, i, ImageStart);

    private (int Start, int End)? SpanStartingAt(List<(int Start, int End)> spans, int i, byte kind)
    {
        if ((uint)i < (uint)_text.Length && (_spanStarts[i] & kind) == 0)
        {
            return null;
        }

        foreach (var span in spans)
        {
            if (span.Start == i && span.End > span.Start)
            {
                return span;
            }
        }

        return null;
    }

    private int SkipSpaces(int i)
    {
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private int SkipSpacesAndSeparators(int i, string separators)
    {
        while (i < _text.Length && (_text[i] == ' ' || (separators.IndexOf(_text[i]) >= 0 && _linkAt[i] < 0)))
        {
            i++;
        }

        return i;
    }

    /// <summary>Without spaces at its ends, and without the no-break spaces lists pad with (<c>&amp;nbsp;</c>).</summary>
    private (int Start, int End) Trim(int start, int end)
    {
        (start, end) = FieldContent.TrimSpaces(_text, start, end);
        while (start < end && _text[start] is '\u00a0' or ' ')
        {
            start++;
        }

        while (end > start && _text[end - 1] is '\u00a0' or ' ')
        {
            end--;
        }

        return (start, end);
    }

    private int TrimEndPunctuation(int start, int end)
    {
        (start, end) = Trim(start, end);
        while (end > start && _text[end - 1] is '.' or ',' or ';' or ':' && !EndsWithAbbreviation(start, end))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether the text ends with an initial or abbreviation whose full stop belongs to it (<c>J.</c>, <c>et al.</c>, <c>Inc.</c>).</summary>
    private bool EndsWithAbbreviation(int start, int end)
    {
        if (end <= start || _text[end - 1] != '.')
        {
            return false;
        }

        var wordStart = end - 1;
        while (wordStart > start && _text[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        var word = _text.Substring(wordStart, end - wordStart);
        return word is "al." or "pp." or "p." or "vol." or "Vol." or "no." or "Inc." or "Ltd." or "Corp." or "Co." or "Univ." or "Jr." or "Sr." or "etc." || (word.Length >= 2 && NameParser.IsInitials(word)) || EndsWithVenueAbbreviation(end);
    }

    /// <summary>Whether the text before <paramref name="end"/> ends with an abbreviated word of a venue's name (<c>Conf.</c>, <c>Int.</c>, <c>Trans.</c>).</summary>
    private bool EndsWithVenueAbbreviation(int end)
    {
        var wordStart = end - 1;
        while (wordStart > 0 && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        return end - wordStart >= 3 && char.IsUpper(_text[wordStart]) && VenueAbbreviations.Contains(_text, wordStart, end - 1 - wordStart);
    }

    /// <summary>"In ICLR 2021", "in the 38th Annual …", "IN WWW'21": a citation's preposition is no part of the venue.</summary>
    private int SkipCitationIn(int start, int end) =>
        end - start > 3 && string.Compare(_text, start, "in ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 ? SkipSpaces(start + 3) : start;

    private void AddOnce(FieldRole role, int start, int end)
    {
        if (!_parts.Has(role))
        {
            Add(role, start, end);
        }
        else
        {
            Add(FieldRole.Remarks, start, end);
        }
    }

    /// <summary>The end of <c>:name:</c>, an emoji code GitHub shows as an icon, or -1.</summary>
    private int IconCodeEnd(int i)
    {
        var j = i + 1;
        while (j < _text.Length && j - i <= 40 && (char.IsLetterOrDigit(_text[j]) || _text[j] is '_' or '+' or '-'))
        {
            j++;
        }

        return j < _text.Length && _text[j] == ':' && j > i + 1 ? j + 1 : -1;
    }

    private static bool IsIconCode(string text, int start, int end) =>
        end - start >= 3 && text[start] == ':' && text[end - 1] == ':' && text.IndexOf(' ', start, end - start) < 0;

    /// <summary>Digits with no letter (<c>2022</c>, <c>25, 24</c>): a year or a count, no title.</summary>
    private static bool IsNumber(string text) => !HasLetter(text) && text.IndexOfAny(Digits) >= 0;

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that numbers an entry in its cell (<c>1)</c>, <c>12.</c>): where the text after it starts, or -1.</summary>
    private int NumberingEnd(int i)
    {
        var j = i;
        while (j < _text.Length && char.IsDigit(_text[j]) && j - i < 4)
        {
            j++;
        }

        return j < _text.Length - 1 && _text[j] is ')' or '.' && _text[j + 1] == ' ' && j > i && j - i < 4 ? j + 2 : -1;
    }

    /// <summary>A date written bare at <paramref name="i"/> and followed by a space or a colon (<c>2023.05.12 </c>), or -1.</summary>
    private int DateWordEnd(int i)
    {
        var j = i;
        while (j < _text.Length && (char.IsDigit(_text[j]) || _text[j] is '-' or '.' or '/') && _linkAt[j] < 0)
        {
            j++;
        }

        var end = j;
        while (end > i && _text[end - 1] is '.' or '-' or '/')
        {
            end--;
        }

        return end - i >= 7 && j < _text.Length && _text[j] is ' ' or ':' && IsDateText(_text.Substring(i, end - i)) ? end : -1;
    }
}
