using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// What a piece of text reads as: people's names, institutions, dates.
internal sealed partial class PaperText
{
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
}
