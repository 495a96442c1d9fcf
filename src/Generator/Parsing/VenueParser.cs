using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Parsing;

/// <summary>A venue cut into its parts: <c>MLSys 2022 Workshop on Cloud Intelligence</c> → MLSys, 2022, the rest.</summary>
internal readonly struct VenueParts
{
    public VenueParts(string? name, int year, string? arxivId, string? detail)
    {
        Name = name;
        Year = year;
        ArxivId = arxivId;
        Detail = detail;
    }

    /// <summary>The venue's name (<c>OSDI</c>, <c>DLP-KDD</c>, <c>USENIX ATC</c>), or null for a preprint.</summary>
    public string? Name { get; }

    /// <summary>The year, or 0 when unknown (an arXiv id gives its year).</summary>
    public int Year { get; }

    /// <summary>The arXiv identifier of a preprint (<c>2305.05920</c>), or null.</summary>
    public string? ArxivId { get; }

    /// <summary>What follows the year (<c>Workshop on Cloud Intelligence / AIOps</c>), or null.</summary>
    public string? Detail { get; }
}

/// <summary>
/// The venue grammar: <c>arXiv &lt;id&gt;</c> for a preprint, or <c>&lt;name&gt; &lt;year&gt; [&lt;detail&gt;]</c>,
/// where the name is one or more words and the year has four digits (19xx or 20xx).
/// </summary>
internal static class VenueParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string text, out VenueParts venue, out string problem)
    {
        venue = default;
        problem = string.Empty;
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            problem = "it is empty";
            return false;
        }

        if (words[0].StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseArxiv(words, out venue, out problem);
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!IsYear(words[i]))
            {
                continue;
            }

            if (i == 0)
            {
                problem = "it has no name before the year; write it as 'OSDI 2022'";
                return false;
            }

            var detail = i + 1 < words.Length ? string.Join(" ", words, i + 1, words.Length - i - 1) : null;
            venue = new VenueParts(string.Join(" ", words, 0, i), int.Parse(words[i], System.Globalization.CultureInfo.InvariantCulture), null, detail);
            return true;
        }

        foreach (var word in words)
        {
            if (LooksLikeYear(word))
            {
                problem = $"'{word}' is not a year; write four digits, as in 'OSDI 2022'";
                return false;
            }
        }

        problem = "it has no year; write it as '<name> <year>' (as in 'OSDI 2022'), or a preprint as 'arXiv 2305.05920'";
        return false;
    }

    /// <summary>The arXiv identifier in <paramref name="url"/> (an arxiv.org abs or pdf link), or null.</summary>
    public static string? ArxivIdFromUrl(string url)
    {
        var marker = url.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase);
        if (marker < 0)
        {
            return null;
        }

        var path = url.Substring(marker + "arxiv.org/".Length);
        foreach (var prefix in new[] { "abs/", "pdf/" })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var id = path.Substring(prefix.Length);
                var end = id.IndexOfAny(new[] { '?', '#' });
                id = end >= 0 ? id.Substring(0, end) : id;
                if (id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    id = id.Substring(0, id.Length - 4);
                }

                id = StripVersion(id.TrimEnd('/'));
                return IsArxivId(id) ? id : null;
            }
        }

        return null;
    }

    private static bool TryParseArxiv(string[] words, out VenueParts venue, out string problem)
    {
        venue = default;
        string id;
        var first = words[0];
        if (first.Length > "arXiv".Length)
        {
            // "arXiv:2305.05920"
            id = first.Substring("arXiv".Length).TrimStart(':');
        }
        else if (words.Length >= 2)
        {
            id = words[1].TrimStart(':');
        }
        else
        {
            problem = "it names arXiv but no identifier; write it as 'arXiv 2305.05920'";
            return false;
        }

        var bare = StripVersion(id);
        if (!IsArxivId(bare))
        {
            problem = $"'{id}' is not an arXiv identifier, which has the form YYMM.NNNNN (as in 'arXiv 2305.05920')";
            return false;
        }

        var restStart = first.Length > "arXiv".Length ? 1 : 2;
        var detail = restStart < words.Length ? string.Join(" ", words, restStart, words.Length - restStart) : null;
        venue = new VenueParts(null, ArxivYear(bare), bare, detail);
        problem = string.Empty;
        return true;
    }

    /// <summary>New-style identifiers (YYMM.NNNN before 2015, YYMM.NNNNN since) and old-style ones (<c>cs/0112017</c>).</summary>
    public static bool IsArxivId(string id)
    {
        var dot = id.IndexOf('.');
        if (dot == 4 && AllDigits(id, 0, 4) && (id.Length - 5 == 4 || id.Length - 5 == 5) && AllDigits(id, 5, id.Length - 5))
        {
            var month = ((id[2] - '0') * 10) + (id[3] - '0');
            return month is >= 1 and <= 12;
        }

        var slash = id.IndexOf('/');
        return slash > 0 && id.Length - slash - 1 == 7 && AllDigits(id, slash + 1, 7) && IsArchiveName(id.Substring(0, slash));
    }

    private static int ArxivYear(string id)
    {
        var digits = id.IndexOf('/') is var slash && slash >= 0 ? id.Substring(slash + 1, 2) : id.Substring(0, 2);
        var yy = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    private static string StripVersion(string id)
    {
        var v = id.LastIndexOf('v');
        return v > 0 && v < id.Length - 1 && AllDigits(id, v + 1, id.Length - v - 1) ? id.Substring(0, v) : id;
    }

    private static bool IsArchiveName(string name)
    {
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or '-' or '.' or >= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && AllDigits(word, 0, 4) && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    /// <summary>
    /// A word that was meant as a year but is not one: a letter standing in for a digit (<c>2O22</c>),
    /// a digit too many or too few (<c>202</c>, <c>20222</c>), an abbreviation (<c>'22</c>), or four
    /// digits outside 1900–2099.
    /// </summary>
    private static bool LooksLikeYear(string word)
    {
        var body = word.StartsWith("'", StringComparison.Ordinal) ? word.Substring(1) : word;
        var digits = 0;
        var lookalikes = 0;
        foreach (var c in body)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is 'O' or 'o' or 'I' or 'l')
            {
                lookalikes++;
            }
            else
            {
                return false;
            }
        }

        if (digits < 2)
        {
            return false;
        }

        return lookalikes > 0
            || body.Length != word.Length
            || body.Length is 3 or 5 or 4;
    }

    private static bool AllDigits(string text, int start, int length)
    {
        if (length <= 0 || start + length > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
