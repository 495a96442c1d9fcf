using System;
using System.Globalization;

namespace PaperCatalog.Generator.Building;

/// <summary>Dates of a Date column: <c>2017</c>, <c>2017-06</c>, <c>2017/06</c>, <c>2017-06-12</c>, <c>Jun 2017</c>, <c>June 2017</c>.</summary>
internal static class DateParser
{
    private static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static bool TryParse(string text, out int year, out int month, out string problem)
    {
        year = month = 0;
        problem = string.Empty;
        var value = text.Trim();
        var parts = value.Split(new[] { '-', '/', '.', ' ' }, StringSplitOptions.RemoveEmptyEntries);
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

        if (year is < 1900 or > 2099 || month is < 0 or > 12)
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
        var lower = word.TrimEnd('.').ToLowerInvariant();
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
