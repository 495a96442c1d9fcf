using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// Before the title: decoration, a date, tags and venue tags, a label such as "Paper:".
internal sealed partial class PaperText
{
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

            if (_text[i] is '.' or '\u2026' && PlaceholderEnd(i) is var placeholderEnd && placeholderEnd > i)
            {
                // "`...`[Doe et al.][arxiv 2024]**Title**": a name left to fill in, no name.
                i = SkipSpaces(placeholderEnd);
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
                else if (open == '[' && !_parts.Has(FieldRole.Authors) && !_parts.Has(FieldRole.Venue) && NamesThenVenueAt(innerStart, innerEnd) is var namesEnd && namesEnd > innerStart)
                {
                    // "`SFAD` [Jiao et al., IEEE TII 2022] **Title**", "[Lee and Lee, Proc. SPIE … 2023]": who, then where.
                    Add(FieldRole.Authors, innerStart, namesEnd);
                    Add(FieldRole.Venue, SkipSpacesAndSeparators(namesEnd, ","), innerEnd);
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
                else if (open == '[' && !_parts.Has(FieldRole.Authors) && inner.IndexOf("et al", StringComparison.OrdinalIgnoreCase) >= 0 && LooksLikeAuthors(inner))
                {
                    // "`Name` [Graham et al.][CVPR 2023]**Title**": the first author in front, in brackets.
                    Add(FieldRole.Authors, innerStart, innerEnd);
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

            if (!_parts.Has(FieldRole.ShortName) && NameBeforeTagsEnd(i) is var nameEnd && nameEnd > i)
            {
                // "`DenoDiff` [Graham et al.][CVPR 2023]**Denoising Diffusion Models for …**": the method's name, its tags, the bold title.
                Add(FieldRole.ShortName, i, nameEnd);
                i = SkipSpaces(nameEnd);
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Where a name of at most three words ends when bracketed tags, then a bold title of three words or more, follow it; or -1.</summary>
    private int NameBeforeTagsEnd(int i)
    {
        var bracket = _text.IndexOf('[', i);
        if (bracket <= i || ContainsLink(i, bracket) || StrongStartingAt(i) is not null)
        {
            return -1;
        }

        var (start, nameEnd) = Trim(i, bracket);
        var name = _text.Substring(start, nameEnd - start);
        if (TextRuns.WordCount(name) is < 1 or > 3 || !HasLetter(name) || name.IndexOfAny(NameStops) >= 0)
        {
            return -1;
        }

        var j = bracket;
        var groups = 0;
        while (j < _text.Length && _text[j] == '[' && _linkAt[j] < 0 && GroupEnd(j, '[', ']') is var end && end > j && !ContainsLink(j, end))
        {
            groups++;
            j = SkipSpaces(end);
        }

        return groups > 0 && StrongStartingAt(j) is { } bold && TextRuns.WordCount(_text.Substring(bold.Start, bold.End - bold.Start)) >= 3 ? nameEnd : -1;
    }

    /// <summary>Where the names end in a bracketed <c>Jiao et al., IEEE TII 2022</c> or <c>Kim and Shim, Proc. CVPR 2025</c>, or -1.</summary>
    private int NamesThenVenueAt(int innerStart, int innerEnd)
    {
        var comma = _text.IndexOf(", ", innerStart, innerEnd - innerStart, StringComparison.Ordinal);
        if (comma <= innerStart || ContainsLink(innerStart, innerEnd))
        {
            return -1;
        }

        var names = _text.Substring(innerStart, comma - innerStart).Trim();
        var venue = _text.Substring(comma + 1, innerEnd - comma - 1).Trim();
        return IsAuthorYearNames(names) && VenueParser.ReadsAsVenue(venue) && HasYearOrKnown(venue) ? comma : -1;
    }

    /// <summary>Where a run of dots or ellipses (<c>...</c>) ends when a bracket or a space follows it, or -1.</summary>
    private int PlaceholderEnd(int i)
    {
        var j = i;
        while (j < _text.Length && _text[j] is '.' or '\u2026')
        {
            j++;
        }

        return (j - i >= 3 || _text[i] == '\u2026') && j < _text.Length && _text[j] is ' ' or '[' ? j : -1;
    }

    private static readonly char[] NameStops = { '(', ')', ':', ',', '|', '"', '\u201c' };

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
}
