using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// Text scanning: spans at a position, groups, quotes, spaces and punctuation.
internal sealed partial class PaperText
{
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
    private const byte BreakStart = 8;

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
