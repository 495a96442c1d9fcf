using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>A venue cut into its parts: <c>MLSys 2022 Workshop on Cloud Intelligence</c> → MLSys, 2022, the rest.</summary>
internal readonly struct VenueParts
{
    public VenueParts(string? name, int year, VenueKind kind, string? arxivId, string? detail)
    {
        Name = name;
        Year = year;
        Kind = kind;
        ArxivId = arxivId;
        Detail = detail;
    }

    /// <summary>The venue's name with known spellings normalized (<c>OSDI</c>, <c>EuroSys</c>, <c>arXiv</c>), or null when none can be told.</summary>
    public string? Name { get; }

    /// <summary>The year written with the venue (a preprint's from its arXiv identifier), or 0.</summary>
    public int Year { get; }

    public VenueKind Kind { get; }

    /// <summary>The arXiv identifier of a preprint (<c>2305.05920</c>), or null.</summary>
    public string? ArxivId { get; }

    /// <summary>What follows the year (<c>Workshop on Cloud Intelligence / AIOps</c>, <c>Findings</c>), or null.</summary>
    public string? Detail { get; }
}

/// <summary>What the venue grammar makes of a venue as written.</summary>
internal enum VenueReading : byte
{
    /// <summary>A name and a year (or an arXiv identifier): <c>OSDI 2022</c>, <c>ICLR'25</c>, <c>2022 Nature Methods</c>.</summary>
    Parsed,

    /// <summary>Not of the form <c>&lt;name&gt; &lt;year&gt;</c>, and not claiming it: <c>Blog</c>, <c>ICML (Oral)</c>, a report. Kept as written.</summary>
    Kept,

    /// <summary>It claims a form and breaks it: a truncated arXiv identifier, a known venue whose year is not a year (<c>OSDI 2O22</c>).</summary>
    Broken,
}

/// <summary>
/// The venue grammar, lenient as lists are: a venue is a name and a year in any of the ways lists write them
/// (<c>OSDI 2022</c>, <c>ICLR'25</c>, <c>SOSP' 23</c>, <c>CHI25</c>, <c>2022 Nature Methods</c>, <c>CVPR, June 2025</c>,
/// <c>IEEE Transactions on Mobile Computing (2019)</c>), or a preprint (<c>arXiv 2305.05920</c>, <c>arXiv</c>,
/// <c>Preprint'24</c>). Anything else is kept as written, with its name when a known venue opens it
/// (<c>ICML (Oral)</c> is ICML); only a text that claims a form and breaks it is an error. Known names are
/// normalized to one spelling and give the kind; a venue that mentions a workshop is one.
/// </summary>
internal static class VenueParser
{
    public const string ArxivName = "arXiv";

    private static readonly char[] Spaces = { ' ' };

    private const int MaxVenueWords = 12;

    private static readonly char[] WordTrim = { ',', ';', '(', ')', '[', ']', '*', '_' };

    private static readonly char[] ColonOrSpace = { ':', ' ' };

    /// <summary>Known venues: the spelling used, and the kind. Lookup ignores case, so <c>Eurosys</c> is EuroSys.</summary>
    /// <remarks>NIPS and NeurIPS stay distinct: the conference was renamed in 2018 and lists keep the name of the year.</remarks>
    private static readonly Dictionary<string, (string Name, VenueKind Kind)> Known = CreateKnown();

    private static readonly WordSet PreprintNames = new("arxiv", "preprint", "corr", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "arxiv.org", "openreview", "arvix", "axriv");

    private static readonly WordSet JournalWords = new("transactions", "journal", "letters", "magazine", "review", "reviews");

    private static readonly WordSet ConferenceWords = new("conference", "symposium", "proceedings", "proc.", "congress", "meeting");

    private static readonly WordSet WorkshopWords = new("workshop", "workshops");

    private static readonly WordSet MonthNames = new(
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

    /// <summary>
    /// Reads a venue as written. <see cref="VenueReading.Broken"/> comes with <paramref name="problem"/>, which says
    /// what is wrong and how to write it; a kept venue has its name when a known one opens it.
    /// </summary>
    public static VenueReading Read(string text, out VenueParts venue, out string problem)
    {
        var readings = VenueMemo.Current.Readings;
        if (readings.TryGet(text, out var known))
        {
            (venue, problem) = (known.Venue, known.Problem);
            return known.Reading;
        }

        var reading = ReadUncached(text, out venue, out problem);
        readings.Add(text, (reading, venue, problem));
        return reading;
    }

    private static VenueReading ReadUncached(string text, out VenueParts venue, out string problem)
    {
        venue = default;
        problem = string.Empty;
        var words = Words(text);
        if (words.Count == 0)
        {
            problem = "it is empty";
            return VenueReading.Broken;
        }

        if (IsPreprintName(words[0], out var attached))
        {
            return ReadPreprint(words, attached, out venue, out problem);
        }

        var yearAt = -1;
        var year = 0;
        for (var i = 0; i < words.Count && yearAt < 0; i++)
        {
            if (TryYear(words[i], out year) || IsYearMonth(words[i], out year))
            {
                yearAt = i;
            }
        }

        if (yearAt == 0 && words.Count == 1)
        {
            // A year alone: kept as written, with its year.
            venue = new VenueParts(null, year, VenueKind.Unknown, null, null);
            return VenueReading.Kept;
        }

        if (yearAt == 0)
        {
            // "2022 Nature Methods", "2023 bioRxiv": the year first.
            words.RemoveAt(0);
            if (IsPreprintName(words[0], out _))
            {
                var preprint = ReadPreprint(words, string.Empty, out venue, out problem);
                venue = new VenueParts(venue.Name, venue.Year > 0 ? venue.Year : year, venue.Kind, venue.ArxivId, venue.Detail);
                return preprint;
            }

            var (leading, leadingKind) = NameOf(words, words.Count);
            venue = new VenueParts(leading, year, KindOf(leading, leadingKind, null), null, null);
            return VenueReading.Parsed;
        }

        if (yearAt < 0)
        {
            // A name with the year's last two digits attached or after an apostrophe: ICLR'25, SOSP' 23, CHI25.
            for (var i = 0; i < words.Count && yearAt < 0; i++)
            {
                if (TrySuffixedYear(words, i, out var nameWord, out year, out var consumed))
                {
                    words[i] = nameWord;
                    words.RemoveRange(i + 1, consumed);
                    yearAt = i + 1;
                    words.Insert(yearAt, year.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        if (yearAt > 0)
        {
            var nameEnd = yearAt;
            while (nameEnd > 1 && IsMonth(words[nameEnd - 1]))
            {
                // "CVPR, June 2025": the month belongs to the date, not the name.
                nameEnd--;
            }

            var (name, kind) = NameOf(words, nameEnd);
            var detail = yearAt + 1 < words.Count ? string.Join(" ", words.GetRange(yearAt + 1, words.Count - yearAt - 1)) : null;
            venue = new VenueParts(name, year, KindOf(name, kind, detail), null, detail);
            return VenueReading.Parsed;
        }

        var (knownName, knownKind) = KnownPrefix(words);
        if (knownName is not null)
        {
            foreach (var word in words)
            {
                if (LooksLikeYear(word))
                {
                    problem = $"'{word}' is not a year; write four digits, as in 'OSDI 2022'";
                    return VenueReading.Broken;
                }
            }

            var nameWords = TextRuns.WordCount(knownName);
            var rest = words.Count > nameWords ? string.Join(" ", words.GetRange(nameWords, words.Count - nameWords)) : null;
            venue = new VenueParts(knownName, 0, KindOf(knownName, knownKind, rest), null, rest);
            return VenueReading.Kept;
        }

        venue = new VenueParts(null, 0, VenueKind.Unknown, null, null);
        return VenueReading.Kept;
    }

    /// <summary>Whether a cell's text is a venue on its own: one that parses, or a known venue's name (<c>CVPR</c>).</summary>
    public static bool ReadsAsVenue(string text) =>
        LooksLikeVenue(text) && Read(text, out var venue, out _) is var reading && (reading == VenueReading.Parsed || (reading == VenueReading.Kept && venue.Name is not null));

    /// <summary>Whether a short text reads as a venue: a known venue's name, a preprint, or a name with a year.</summary>
    public static bool LooksLikeVenue(string text)
    {
        var answers = VenueMemo.Current.LooksLike;
        if (!answers.TryGet(text, out var looksLike))
        {
            looksLike = LooksLikeVenueUncached(text);
            answers.Add(text, looksLike);
        }

        return looksLike;
    }

    private static bool LooksLikeVenueUncached(string text)
    {
        // Asked of every candidate part of an entry, most of them long: count before splitting (one more for "In").
        if (CountWords(text) > MaxVenueWords + 1)
        {
            return false;
        }

        var words = Words(text);
        if (words.Count == 0 || words.Count > MaxVenueWords)
        {
            return false;
        }

        if (IsPreprintName(words[0], out _))
        {
            return true;
        }

        var hasYear = false;
        foreach (var word in words)
        {
            hasYear |= TryYear(word, out _) || IsYearMonth(word, out _);
        }

        // A known venue opening a short text, or one with a year: "ICML (Oral)", "EMNLP Findings", not "Science of Deep Learning".
        if (KnownPrefix(words, asWritten: true).Name is not null && (words.Count <= 3 || hasYear))
        {
            return true;
        }

        var letters = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (TrySuffixedYear(words, i, out _, out _, out _) || IsVenueWord(words[i]))
            {
                return true;
            }

            letters |= words[i].Length > 1 && char.IsLetter(words[i][0]) && !IsMonth(words[i]);
        }

        // "2022 Nature Methods", "Nature 2021": a few words with a year in them.
        return hasYear && letters && words.Count <= 8;
    }

    /// <summary>
    /// The venue a heading names (<c>### NeurIPS 2025</c>, <c>## ICML 2024 (Oral)</c>): a known venue with its year, or
    /// false for any other heading (<c>## 2023</c>, <c>## Conference Papers 2023</c>).
    /// </summary>
    public static bool TryReadHeading(string heading, out VenueParts venue)
    {
        if (Read(heading, out venue, out _) == VenueReading.Parsed && venue.Year > 0 && venue.Name is { } name
            && (Known.ContainsKey(name) || venue.Kind == VenueKind.Preprint) && heading.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Length <= 5)
        {
            return true;
        }

        // "# INTERSPEECH-2023-Papers": a venue and its year in one word.
        if (heading.IndexOf(' ') < 0 && heading.IndexOf('-') > 0 && Read(heading.Replace('-', ' '), out venue, out _) == VenueReading.Parsed
            && venue.Year > 0 && venue.Name is { } glued && Known.ContainsKey(glued))
        {
            return true;
        }

        // "#### AAAI", "### TPAMI": a known venue's acronym alone. A word such as "Science" or "Nature" heads a topic as often.
        var trimmed = heading.Trim();
        if (Known.TryGetValue(trimmed, out var known) && CountCapitals(trimmed) >= 2 && trimmed.IndexOf(' ') < 0)
        {
            venue = new VenueParts(known.Name, 0, known.Kind, null, null);
            return true;
        }

        venue = default;
        return false;
    }

    private static int CountDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is >= '0' and <= '9' ? 1 : 0;
        }

        return count;
    }

    private static int CountCapitals(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsUpper(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the text starts with the name of a known venue (<c>OSDI 2O22</c> does), as a word.</summary>
    public static bool StartsWithKnownName(string text) => KnownPrefix(Words(text)).Name is not null;

    /// <summary>The year a heading opens with (<c>2018 MICCAI: Brain Tumor Segmentation</c>), or 0.</summary>
    public static int LeadingYear(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 6 && trimmed[4] == ' ' && char.IsLetter(trimmed[5]) && TryYear(trimmed.Substring(0, 4), out var year) && !OpensRange(trimmed.Substring(5)) ? year : 0;
    }

    // "2020 and before", "2019 and earlier": a range of years, which gives none.
    private static bool OpensRange(string rest) =>
        rest.StartsWith("and before", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("and earlier", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("and older", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("or earlier", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("and prior", StringComparison.OrdinalIgnoreCase);

    /// <summary>The year a text states as a year alone (<c>2017</c>, <c>(2017)</c>), or 0.</summary>
    public static int YearOnly(string text)
    {
        // Asked of every author name: most hold no four digits, and splitting them into words costs.
        if (CountDigits(text) < 4)
        {
            return 0;
        }

        var words = Words(text);
        return words.Count == 1 && TryYear(words[0], out var year) ? year : 0;
    }

    private static VenueReading ReadPreprint(List<string> words, string attached, out VenueParts venue, out string problem)
    {
        venue = default;
        problem = string.Empty;
        var first = words[0];
        var year = 0;
        var apostrophe = first.IndexOf('\'');
        if (apostrophe > 0 && TryApostropheYear(first, out var suffixed))
        {
            // "Preprint'24"
            year = suffixed;
            first = first.Substring(0, apostrophe);
        }

        var paren = first.IndexOf('(');
        var server = paren > 0 ? first.Substring(0, paren) : first;
        var name = server.StartsWith("arxiv", StringComparison.OrdinalIgnoreCase) || server.Equals("corr", StringComparison.OrdinalIgnoreCase)
            ? ArxivName
            : KnownName(server) ?? server;
        string? id = null;
        var rest = 1;
        if (attached.Length > 0)
        {
            id = attached;
        }
        else if (words.Count > 1 && LooksLikeArxivId(words[1]))
        {
            id = words[1].TrimStart(TextRuns.Colon);
            rest = 2;
        }

        string? arxivId = null;
        if (id is not null && name == ArxivName)
        {
            var bare = LinkClassifier.StripArxivVersion(id.StartsWith("abs/", StringComparison.OrdinalIgnoreCase) ? id.Substring(4) : id);
            if (!LinkClassifier.IsArxivId(bare))
            {
                problem = $"'{id}' is not an arXiv identifier, which has the form YYMM.NNNNN (as in 'arXiv 2305.05920')";
                return VenueReading.Broken;
            }

            arxivId = bare;
            year = LinkClassifier.ArxivYear(bare);
        }

        var detailWords = new List<string>();
        for (var i = rest; i < words.Count; i++)
        {
            if (year == 0 && (TryYear(words[i], out var written) || TryApostropheYear(words[i], out written) || StartsWithDateYear(words[i], out written)
                || (i > 0 && IsShortYearMonth(words[i], out written))))
            {
                year = written;
            }
            else if (year == 0 && i == 1 && words.Count == 2 && IsTwoDigits(words[i]))
            {
                // "Arxiv 24", "Arxiv23": the year's last two digits.
                year = 2000 + int.Parse(words[i], CultureInfo.InvariantCulture);
            }
            else if (!IsMonth(words[i]))
            {
                detailWords.Add(words[i]);
            }
        }

        var detail = detailWords.Count > 0 ? string.Join(" ", detailWords) : null;
        venue = new VenueParts(name, year, VenueKind.Preprint, arxivId, detail);
        return VenueReading.Parsed;
    }

    /// <summary>How many words <see cref="Words"/> finds in the text, before "In" is dropped, without splitting it.</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord && Array.IndexOf(WordTrim, c) < 0)
            {
                // A token counts once it has a character trimming leaves.
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>The text's words: spaces, commas and the brackets around a year or a venue do not count.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Replace('\u2019', '\'').Replace('\u2018', '\'').Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(WordTrim);
            if (word.EndsWith(".", StringComparison.Ordinal) && word.Length > 1 && !IsAbbreviation(word))
            {
                word = word.Substring(0, word.Length - 1);
            }

            if (word.Length > 5 && LooksLikeYear4(word, word.Length - 4) && char.IsLetter(word[word.Length - 5])
                && word.Substring(0, word.Length - 4) is var glued && (KnownName(glued) is not null || IsPreprintName(glued, out _)))
            {
                // "CVPR2022", "Arxiv2023": a known venue's name and its year in one word.
                words.Add(glued);
                words.Add(word.Substring(word.Length - 4));
            }
            else if (word.Length > 6 && word[word.Length - 5] == '-' && LooksLikeYear4(word, word.Length - 4) && char.IsLetter(word[word.Length - 6]))
            {
                // "Engineering-2022", "TPAMI-2023": the venue, a dash, then its year.
                words.Add(word.Substring(0, word.Length - 5));
                words.Add(word.Substring(word.Length - 4));
            }
            else if (word.Length > 3 && IsTwoDigits(word.Substring(word.Length - 2)) && char.IsLetter(word[word.Length - 3])
                && IsPreprintName(word.Substring(0, word.Length - 2), out _))
            {
                // "Arxiv23": a preprint server and the year's last two digits, as "Arxiv 23".
                words.Add(word.Substring(0, word.Length - 2));
                words.Add(word.Substring(word.Length - 2));
            }
            else if (word.Length > 6 && LooksLikeYear4(word.Substring(0, 4), 0) && word[4] is '-' or '_' && char.IsLetter(word[5]))
            {
                // "2023-ASE", "2024-arxiv": the year, then the venue, in one word.
                words.Add(word.Substring(0, 4));
                words.Add(word.Substring(5));
            }
            else if (word.IndexOf('(') is var open && open >= 2 && word.Length == open + 5 + (word.EndsWith(")", StringComparison.Ordinal) ? 1 : 0)
                && LooksLikeYear4(word.Substring(open + 1, 4), 0) && IsLetters(word.Substring(0, open)))
            {
                // "EMNLP(2019)": the name, and its year in parentheses with no space before them.
                words.Add(word.Substring(0, open));
                words.Add(word.Substring(open + 1, 4));
            }
            else if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        if (words.Count > 1 && words[0].Equals("In", StringComparison.OrdinalIgnoreCase))
        {
            // "In ICLR 2021": the preposition of a citation.
            words.RemoveAt(0);
        }

        return words;
    }

    private static bool IsAbbreviation(string word) => word.Length <= 5 && word.IndexOf('.') < word.Length - 1 || word is "Proc." or "Conf." or "Int." or "Trans.";

    /// <summary>arXiv and other preprint servers; <c>arXiv:2305.05920</c> has its identifier attached.</summary>
    private static bool IsPreprintName(string word, out string attached)
    {
        attached = string.Empty;
        if (word.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            attached = word.Substring(6).TrimStart(ColonOrSpace);
            return true;
        }

        if (word.Length > 7 && word.StartsWith("arxiv.", StringComparison.OrdinalIgnoreCase) && char.IsDigit(word[6]))
        {
            // "arXiv.2311.01460": the identifier as arXiv's DOI writes it (10.48550/arXiv.2311.01460).
            attached = word.Substring(6);
            return true;
        }

        var length = word.Length;
        var paren = word.IndexOf('(');
        if (paren > 0)
        {
            // "arXiv(v1)"
            length = paren;
        }

        var apostrophe = word.IndexOf('\'', 0, length);
        if (apostrophe > 0)
        {
            // "Preprint'24"
            length = apostrophe;
        }

        return PreprintNames.Contains(word, 0, length);
    }

    /// <summary>
    /// A date that starts with a year and a dot (<c>2025.08</c>, <c>2023.2/5</c>), which no arXiv identifier can be:
    /// its first four digits would be a month past 12. <c>2012.08</c> may be a truncated identifier of December 2020.
    /// </summary>
    private static bool StartsWithDateYear(string word, out int year)
    {
        year = 0;
        if (word.Length < 6 || word[4] != '.' || !char.IsDigit(word[5]) || !TryYear(word.Substring(0, 4), out var written)
            || int.Parse(word.Substring(2, 2), CultureInfo.InvariantCulture) <= 12)
        {
            return false;
        }

        year = written;
        return true;
    }

    /// <summary>
    /// <c>Arxiv 25.05</c>, <c>Arxiv 24.12</c>, <c>Arxiv 24.01.18</c>: a year's last two digits and a month (and a day),
    /// as lists date preprints; no arXiv identifier, which has four digits before its dot.
    /// </summary>
    private static bool IsShortYearMonth(string word, out int year)
    {
        year = 0;
        if (word.Length == 8 && word[5] == '.' && int.TryParse(word.Substring(6), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            word = word.Substring(0, 5);
        }

        if (word.Length is < 4 or > 5 || word[2] != '.' || !char.IsDigit(word[0]) || !char.IsDigit(word[1])
            || !int.TryParse(word.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var twoDigits = int.Parse(word.Substring(0, 2), CultureInfo.InvariantCulture);
        year = twoDigits >= 90 ? 1900 + twoDigits : 2000 + twoDigits;
        return true;
    }

    /// <summary>A year and a month (<c>2023.6</c>, <c>2024.12</c>) after a venue's name: <c>Cureus, 2023.6</c>.</summary>
    private static bool IsYearMonth(string word, out int year)
    {
        year = 0;
        var dot = word.IndexOf('.');
        if (dot != 4 || word.Length is < 6 or > 7 || !TryYear(word.Substring(0, 4), out var written)
            || !int.TryParse(word.Substring(5), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return false;
        }

        year = written;
        return true;
    }

    private static bool LooksLikeArxivId(string word)
    {
        var id = word.TrimStart(TextRuns.Colon);
        if (id.StartsWith("abs/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (StartsWithDateYear(id, out _) || IsShortYearMonth(id, out _))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in id)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
        }

        // "1404.599", "2305.05920v2", "cs/0112017": digits with a dot or a slash; a year alone is no identifier, nor
        // a year and the venue that took the preprint ("arxiv 2023/CVPR 2024").
        var slash = id.LastIndexOf('/');
        return digits >= 4 && (id.IndexOf('.') > 0 || (slash > 0 && slash + 1 < id.Length && char.IsDigit(id[slash + 1])));
    }

    private static bool TryYear(string word, out int year)
    {
        year = 0;
        if (word.Length != 4 || !(word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        year = int.Parse(word, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary><c>'24</c>: a year's last two digits after an apostrophe.</summary>
    private static bool TryApostropheYear(string word, out int year)
    {
        year = 0;
        var at = word.LastIndexOf('\'');
        if (at > 0 && word.Length - at - 1 == 4 && LooksLikeYear4(word, at + 1) && TryYear(word.Substring(at + 1), out year))
        {
            // "CVPR'2020": the whole year after the apostrophe.
            return true;
        }

        if (at < 0 || word.Length - at - 1 != 2 || !char.IsDigit(word[at + 1]) || !char.IsDigit(word[at + 2]) || word[at + 1] > '9' || word[at + 2] > '9')
        {
            return false;
        }

        year = 2000 + ((word[at + 1] - '0') * 10) + (word[at + 2] - '0');
        return true;
    }

    /// <summary>
    /// <c>ICLR'25</c>, <c>SOSP' 23</c>, <c>SOSP '23</c>, and a known name with two digits attached (<c>CHI25</c>): the name,
    /// the year, and how many words after <paramref name="i"/> the year took.
    /// </summary>
    private static bool TrySuffixedYear(List<string> words, int i, out string name, out int year, out int consumed)
    {
        name = words[i];
        consumed = 0;
        year = 0;
        var word = words[i];
        var apostrophe = word.IndexOf('\'');
        if (apostrophe > 0 && apostrophe < word.Length - 1 && TryApostropheYear(word, out year))
        {
            name = word.Substring(0, apostrophe);
            return true;
        }

        if (apostrophe > 0 && apostrophe == word.Length - 1 && i + 1 < words.Count && IsTwoDigits(words[i + 1]))
        {
            name = word.Substring(0, apostrophe);
            year = 2000 + int.Parse(words[i + 1], CultureInfo.InvariantCulture);
            consumed = 1;
            return true;
        }

        if (i + 1 < words.Count && words[i + 1].Length == 3 && words[i + 1][0] == '\'' && IsTwoDigits(words[i + 1].Substring(1)) && char.IsLetter(word[0]))
        {
            year = 2000 + int.Parse(words[i + 1].Substring(1), CultureInfo.InvariantCulture);
            consumed = 1;
            return true;
        }

        if (word.Length >= 7 && LooksLikeYear4(word, word.Length - 4) && char.IsLetter(word[word.Length - 5]) && word.Substring(0, word.Length - 4) is var glued
            && (AcronymOrKnownName(glued) is { } gluedName || (i > 0 && char.IsUpper(glued[0]) && IsLetters(glued) && (gluedName = glued) is not null)))
        {
            // "ICIP2022", "CVPR Workshop2020": the name with four digits of a year glued to it.
            name = gluedName;
            year = int.Parse(word.Substring(word.Length - 4), CultureInfo.InvariantCulture);
            return true;
        }

        var digits = word.Length > 0 && word[0] == '\'' ? 1 : 0;
        if (word.Length > digits + 4 && word[digits + 2] == '-' && IsTwoDigits(word.Substring(digits, 2)) && AcronymOrKnownName(word.Substring(digits + 3)) is { } named)
        {
            // "'16-IJCV", "15-CVPR": a year's last two digits, a dash, then the venue's name.
            name = named;
            var twoDigits = int.Parse(word.Substring(digits, 2), CultureInfo.InvariantCulture);
            year = twoDigits >= 90 ? 1900 + twoDigits : 2000 + twoDigits;
            return true;
        }

        var dash = word.LastIndexOf('-');
        if (dash > 0 && dash == word.Length - 3 && IsTwoDigits(word.Substring(dash + 1)) && KnownName(word.Substring(0, dash)) is { } dashed)
        {
            // "CVPR-22", "Interspeech-22": a known name, a dash, a year's last two digits.
            name = dashed;
            year = 2000 + int.Parse(word.Substring(dash + 1), CultureInfo.InvariantCulture);
            return true;
        }

        if (i + 2 == words.Count && IsTwoDigits(words[i + 1]) && KnownName(word) is { } knownBefore && (i == 0 || !IsJournal(knownBefore)))
        {
            // "SIGMOD 18", "[VLDBJ 26]": a known name, then a year's last two digits. A journal cited with its publisher
            // ("IEEE T-RO 31. 5(2015): 1147–1163") gives its volume there.
            name = knownBefore;
            year = 2000 + int.Parse(words[i + 1], CultureInfo.InvariantCulture);
            consumed = 1;
            return true;
        }

        if (word.Length > 2 && word[word.Length - 1] is >= '0' and <= '9' && word[word.Length - 2] is >= '0' and <= '9' && !char.IsDigit(word[word.Length - 3])
            && KnownName(word.Substring(0, word.Length - 2)) is { } known)
        {
            name = known;
            year = 2000 + ((word[word.Length - 2] - '0') * 10) + (word[word.Length - 1] - '0');
            return true;
        }

        return false;
    }

    // An alias's name is a known name too ("USENIX ATC" is ATC), but an unknown one must not throw.
    private static bool IsJournal(string knownName) => Known.TryGetValue(knownName, out var known) && known.Kind == VenueKind.Journal;

    /// <summary>A known venue's name, or a word of capitals (<c>IJCV</c>, <c>TPAMI</c>, <c>NeurIPS</c> is known), or null.</summary>
    private static string? AcronymOrKnownName(string word)
    {
        if (KnownName(word) is { } known)
        {
            return known;
        }

        var capitals = TextRuns.Capitals(word);
        return IsLetters(word) && capitals >= 2 && capitals * 2 >= word.Length ? word : null;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeYear4(string word, int at) =>
        at >= 0 && at + 4 == word.Length && (word[at] == '1' && word[at + 1] == '9' || word[at] == '2' && word[at + 1] == '0') && char.IsDigit(word[at + 2]) && char.IsDigit(word[at + 3]);

    private static bool IsTwoDigits(string word) => word.Length == 2 && word[0] is >= '0' and <= '9' && word[1] is >= '0' and <= '9';

    private static bool IsMonth(string word)
    {
        var length = word.Length;
        while (length > 0 && word[length - 1] == '.')
        {
            length--;
        }

        return MonthNames.Contains(word, 0, length);
    }

    private static bool IsVenueWord(string word) => JournalWords.Contains(word) || ConferenceWords.Contains(word) || WorkshopWords.Contains(word);

    /// <summary>The name before the year (<paramref name="end"/> words), normalized when it is known.</summary>
    private static (string Name, VenueKind Kind) NameOf(List<string> words, int end)
    {
        var written = string.Join(" ", words.GetRange(0, end));
        return Known.TryGetValue(written, out var known) ? known : (written, VenueKind.Unknown);
    }

    /// <summary>The kind: a known venue's, a workshop when one is named, a journal or conference by its words.</summary>
    private static VenueKind KindOf(string name, VenueKind known, string? detail)
    {
        if (Mentions(name, "workshop") || (detail is not null && Mentions(detail, "workshop")))
        {
            return VenueKind.Workshop;
        }

        if (known != VenueKind.Unknown)
        {
            return known;
        }

        foreach (var word in name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            if (JournalWords.Contains(lower))
            {
                return VenueKind.Journal;
            }

            if (ConferenceWords.Contains(lower))
            {
                return VenueKind.Conference;
            }
        }

        // A name and a year: read as a conference, as most venues of paper lists are.
        return VenueKind.Conference;
    }

    /// <summary>A known venue that opens the words (one or two words: <c>USENIX Security</c>), or null.</summary>
    /// <param name="asWritten">
    /// Only as the venue spells itself, or in capitals: to tell whether a text is a venue at all, <c>Fast Things</c> is no
    /// FAST and <c>Science of …</c> no Science; a text already read as a venue matches in any case (<c>Eurosys 2019</c>).
    /// </param>
    private static (string? Name, VenueKind Kind) KnownPrefix(List<string> words, bool asWritten = false)
    {
        if (words.Count > 1 && words[0] + " " + words[1] is var pair && Known.TryGetValue(pair, out var two) && (!asWritten || SpelledAs(pair, two.Name)))
        {
            return two;
        }


        return words.Count > 0 && Known.TryGetValue(words[0], out var one) && (!asWritten || SpelledAs(words[0], one.Name)) ? one : (null, VenueKind.Unknown);
    }

    private static bool SpelledAs(string written, string known) =>
        string.Equals(written, known, StringComparison.Ordinal) || (written.Length > 1 && written.ToUpperInvariant() == written);

    /// <summary>Whether the text is a known venue's name and nothing else (<c>ICLR</c>, <c>Nature</c>), in any case.</summary>
    public static bool IsKnownName(string text) => Known.ContainsKey(text.Trim());

    private static string? KnownName(string word) => Known.TryGetValue(word, out var known) ? known.Name : null;

    private static bool Mentions(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A word that was meant as a year but is not one: a letter standing in for a digit (<c>2O22</c>),
    /// a digit too many or too few (<c>202</c>, <c>20222</c>), an abbreviation with a letter in it
    /// (<c>'2O</c>), or four digits outside 1900–2099.
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

        return digits >= 2 && (lookalikes > 0 || (body.Length != word.Length && body.Length != 2) || body.Length is 3 or 4 or 5);
    }

    private static Dictionary<string, (string Name, VenueKind Kind)> CreateKnown()
    {
        var known = new Dictionary<string, (string, VenueKind)>(StringComparer.OrdinalIgnoreCase);
        void Add(VenueKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                known[name] = (name, kind);
            }
        }

        Add(VenueKind.Conference,
            "OSDI", "SOSP", "NSDI", "ATC", "EuroSys", "ASPLOS", "ISCA", "MICRO", "HPCA", "SC", "PPoPP", "SoCC", "MLSys",
            "ICML", "NeurIPS", "NIPS", "ICLR", "KDD", "SIGCOMM", "VLDB", "SIGMOD", "FAST", "IISWC", "ICDE", "WWW", "AAAI",
            "IJCAI", "ACL", "EMNLP", "NAACL", "CVPR", "ICCV", "ECCV", "Middleware", "HPDC", "ICS", "IPDPS", "CLUSTER", "DAC",
            "ICDCS", "INFOCOM", "MobiCom", "MobiSys", "CIKM", "RecSys", "SIGIR", "WSDM", "PACT", "CGO", "PLDI", "POPL",
            "OOPSLA", "SIGMETRICS", "IMC", "CoNEXT", "DSN", "Euro-Par", "PODC", "SPAA", "ICPP", "ISPASS", "USENIX Security",
            "CCS", "S&P", "NDSS", "COLING", "EACL", "COLT", "AISTATS", "UAI", "CoRL", "RSS", "ICRA", "IROS", "CHI", "UIST",
            "CSCW", "IUI", "Ubicomp", "ICSE", "FSE", "ASE", "ISSTA", "CAV", "ICDM", "SDM", "ACM MM", "WACV", "BMVC",
            "ICASSP", "Interspeech", "ISMB", "RECOMB", "ICLP", "SIGGRAPH", "SIGGRAPH Asia", "ECML", "ACSAC", "RAID", "ESORICS",
            "ICCAD", "FPGA", "ICPE", "MASCOTS", "SIGSPATIAL", "PODS", "CIDR", "EDBT", "ICDT", "SoCG", "STOC", "FOCS",
            "SODA", "ICALP", "LICS", "CONCUR", "TACAS", "ESOP", "ECOOP", "ICFP", "SPLASH", "LCTES", "HotChips", "IV", "ITSC");
        Add(VenueKind.Workshop, "HotOS", "HotCloud", "HotNets", "HotStorage", "DLP-KDD", "DLRS", "EuroMLSys", "APSys", "WOOT");
        Add(VenueKind.Journal,
            "CSUR", "TOCS", "TPDS", "TC", "TOS", "TACO", "JMLR", "VLDBJ", "PVLDB", "TKDE", "TMLR", "CACM", "JSAC", "TON", "TOPLAS",
            "TPAMI", "IJCV", "TIP", "TNNLS", "TOG", "IMWUT", "TACL", "Nature", "Science", "PNAS", "Cell", "Bioinformatics",
            "Nature Methods", "Nature Communications", "Nature Biotechnology", "Nature Machine Intelligence", "TSE", "TOSEM",
            "TIFS", "TDSC", "TMC", "TWC", "JACM", "SICOMP", "RA-L", "T-RO", "IJRR", "T-ITS");

        // Other spellings of the same venue.
        known["USENIX ATC"] = ("ATC", VenueKind.Conference);
        known["Proc. VLDB"] = ("PVLDB", VenueKind.Journal);
        known["IEEE S&P"] = ("S&P", VenueKind.Conference);
        known["Oakland"] = ("S&P", VenueKind.Conference);
        return known;
    }
}
