using System;
using System.Globalization;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Dates of a Date column or a date in front of a title: <c>2017</c>, <c>2017-06</c>, <c>2017/06</c>, <c>2017.06</c>,
/// <c>2017-06-12</c>, <c>Jun 2017</c>, <c>June 2017</c>, <c>'17</c>. A text that is written as a date and is not one
/// (<c>2017-13</c>) is a problem; a text with no date in it (<c>N/A</c>, <c>TBD</c>) is none, and one that holds a
/// year in some other way (<c>2023-2024</c>, <c>Spring 2023</c>) gives that year.
/// </summary>
internal static class DateParser
{
    /// <summary>Reads <paramref name="text"/> leniently: false only when it is written as a date and is not one.</summary>
    public static bool TryRead(string text, out int year, out int month, out string problem)
    {
        if (TryParse(text, out year, out month, out problem))
        {
            return true;
        }

        year = month = 0;
        var value = text.Trim();
        if (LooksLikeNumericDate(value))
        {
            return false;
        }

        problem = string.Empty;
        year = value.Length == 3 && value[0] is '\'' or '\u2019' && IsNumber(value.Substring(1), 2)
            ? 2000 + int.Parse(value.Substring(1), CultureInfo.InvariantCulture)
            : FirstYear(value);
        return true;
    }

    // Digits and separators only, starting with four digits: written as a date.
    private static bool LooksLikeNumericDate(string value)
    {
        if (value.Length < 6 || !IsNumber(value.Substring(0, 4), 4) || value[4] is not ('-' or '/' or '.'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not (>= '0' and <= '9' or '-' or '/' or '.'))
            {
                return false;
            }
        }

        var parts = value.Split(DateSeparators);
        return parts.Length <= 3 && parts[1].Length <= 2;
    }

    private static int FirstYear(string value)
    {
        for (var i = 0; i + 4 <= value.Length; i++)
        {
            if ((i == 0 || !char.IsDigit(value[i - 1])) && (i + 4 == value.Length || !char.IsDigit(value[i + 4]))
                && IsNumber(value.Substring(i, 4), 4) && ((value[i] == '1' && value[i + 1] == '9') || (value[i] == '2' && value[i + 1] == '0')))
            {
                return int.Parse(value.Substring(i, 4), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static readonly char[] DateSeparators = { '-', '/', '.' };
    private static readonly char[] DateOrWordSeparators = { '-', '/', '.', ' ' };

    private static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static bool TryParse(string text, out int year, out int month, out string problem)
    {
        year = month = 0;
        problem = string.Empty;
        var value = text.Trim();
        var parts = value.Split(DateOrWordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 1 && parts.Length <= 3 && IsNumber(parts[0], 4))
        {
            year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (parts.Length >= 2 && !(IsNumber(parts[1], 1) || IsNumber(parts[1], 2)))
            {
                return Fail(value, out problem);
            }

            month = parts.Length >= 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            if (parts.Length == 3 && !(IsNumber(parts[2], 1) || IsNumber(parts[2], 2)))
            {
                return Fail(value, out problem);
            }
        }
        else if (parts.Length == 2 && IsNumber(parts[1], 4) && MonthOf(parts[0]) is var named && named > 0)
        {
            year = int.Parse(parts[1], CultureInfo.InvariantCulture);
            month = named;
        }
        else
        {
            return Fail(value, out problem);
        }

        if (year is < 1800 or > 2099 || month is < 0 or > 12)
        {
            return Fail(value, out problem);
        }

        return true;
    }

    private static bool Fail(string value, out string problem)
    {
        problem = $"'{value}' is not a date; write it as 2017-06 (year and month), 2017-06-12 or 2017";
        return false;
    }

    private static int MonthOf(string word)
    {
        var lower = word.TrimEnd(TextRuns.Dot).ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            if (lower.Length >= 3 && Months[i].StartsWith(lower, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsNumber(string text, int length)
    {
        if (text.Length != length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
