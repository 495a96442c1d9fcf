using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// The title: a link's label, bold text, a quoted title or the text before the first link, and a short name beside it.
internal sealed partial class PaperText
{
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
}
