using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// Names after the title: bylines, sentences of authors and venues, citation parts, author-year names.
internal sealed partial class PaperText
{
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
                // "Hitaj et al.", "Ziyao Guo & Kai Wang et al." (the first authors, who share the first place).
                var names = text.Substring(0, at).Trim().TrimEnd(',');
                if (text.Substring(at + marker.Length).Trim().TrimEnd('.').Length != 0)
                {
                    return false;
                }

                foreach (var person in names.Split(Ampersand, StringSplitOptions.None))
                {
                    if (TextRuns.WordCount(person) is < 1 or > 3 || !IsFamilyNames(person.Trim()) || VenueParser.ReadsAsVenue(person))
                    {
                        return false;
                    }
                }

                return true;
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

    /// <summary>
    /// A citation line that opens with its first author (<c>Fu, Xueyang etc. Title. (ICCV 2021)</c>, <c>Wang et al. Title. (2018 Arxiv)</c>):
    /// where the names end, and where the title sentence starts and ends; or (-1, -1, -1).
    /// </summary>
    private (int NamesEnd, int TitleStart, int TitleEnd) CitedTitleAfterNames(int i)
    {
        var none = (-1, -1, -1);
        var etAl = -1;
        foreach (var marker in CitationEtAlMarkers)
        {
            var at = _text.IndexOf(marker, i, Math.Min(_text.Length - i, 80), StringComparison.OrdinalIgnoreCase);
            if (at > i && (etAl < 0 || at < etAl))
            {
                etAl = at;
            }
        }

        if (etAl < 0 || ContainsLink(i, etAl) || !LooksLikeAuthors(_text.Substring(i, etAl - i).Trim() + " et al.", single: true))
        {
            return none;
        }

        var namesEnd = _text.IndexOf('.', etAl) + 1;
        var titleStart = SkipSpaces(namesEnd);
        // The title runs to the full stop before the closing group: "Title. (ICCV 2021)".
        var close = _text.LastIndexOf(". (", StringComparison.Ordinal);
        if (namesEnd <= 0 || close < titleStart || !_text.TrimEnd().EndsWith(")", StringComparison.Ordinal) || ContainsLink(titleStart, close)
            || TextRuns.WordCount(_text.Substring(titleStart, close - titleStart)) < 3)
        {
            return none;
        }

        return (etAl, titleStart, close + 1);
    }

    private static readonly string[] CitationEtAlMarkers = { " et al.", " etc." };
    private static readonly string[] Ampersand = { " & " };
}
