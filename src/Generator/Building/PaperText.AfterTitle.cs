using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// After the title: what follows it on its line, group by group (bracketed tags, emphasis, citations, trailing venues and years).
internal sealed partial class PaperText
{
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
            && !(VenueParser.ReadsAsVenue(inner) && HasYearOrKnown(inner)) && VenueParser.YearOnly(inner) == 0 && !IsDateText(inner))
        {
            // (**ICLR 2026**) is the venue, in bold, and (**2020**) the year.
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
        else if (!_parts.Has(FieldRole.Authors) && NamesThenDate(start, end) is var dateOpen && dateOpen > start)
        {
            // "*Patel et al. (2025.08)*": the first author, then when, in parentheses.
            var close = _text.LastIndexOf(')', end - 1, end - dateOpen);
            Add(FieldRole.Authors, start, TrimEndPunctuation(start, dateOpen));
            AddOnce(FieldRole.Date, dateOpen + 1, close);
        }
        else if (_parts.Has(FieldRole.Authors) && !_parts.Has(FieldRole.Venue) && SkipSpaces(end) >= _text.Length
            && TextRuns.WordCount(inner) <= 3 && TextRuns.Capitals(inner) >= 2 && !HasDigit(inner))
        {
            // "Names. [Title](…). 2017. *ICWSM*": a citation's venue last, in italics, its name alone.
            Add(FieldRole.Venue, start, TrimEndPunctuation(start, end));
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

    /// <summary>Where the parenthesised date after a list of names opens (<c>Patel et al. (2025.08)</c>, <c>Doe and Roe (2021)</c>), or -1.</summary>
    private int NamesThenDate(int start, int end)
    {
        var (from, to) = Trim(start, end);
        if (to <= from || _text[to - 1] != ')' || _text.LastIndexOf('(', to - 1, to - from) is var open && open <= from)
        {
            return -1;
        }

        var inside = _text.Substring(open + 1, to - 1 - (open + 1)).Trim();
        var names = _text.Substring(from, open - from).Trim();
        return (IsDateText(inside) || VenueParser.YearOnly(inside) > 0) && LooksLikeAuthors(names, single: true) ? open : -1;
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
}
