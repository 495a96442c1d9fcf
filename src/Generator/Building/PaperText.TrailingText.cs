using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// A run of plain text after the title: a note, a venue sentence, a type mark, a date.
internal sealed partial class PaperText
{
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

        if (!_parts.Has(FieldRole.Date) && run.Length == 4 && VenueParser.YearOnly(run) > 0)
        {
            // "Names. [Title](…). 2017. *ICWSM*": a citation's year, a sentence of its own.
            AddOnce(FieldRole.Date, start, start + 4);
            return;
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
}
