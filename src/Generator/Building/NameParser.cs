using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperCatalog.Generator.Building;

/// <summary>What a name cell or a title says, taken apart (see <see cref="NameParser.Parse"/>).</summary>
/// <param name="Name">The entry's name: short, no decoration.</param>
/// <param name="Title">The whole title, decoration, tag and institution suffix removed.</param>
/// <param name="Tag">A bracketed tag that is not the name (<c>[Continuous Batching]</c>), or null.</param>
/// <param name="Institution">The <c>(@…)</c> suffix without <c>etc</c>, or null.</param>
/// <param name="Authors">The authors of a citation the title ends in (<c>FGSM (Goodfellow et al., 2015)</c>), or null.</param>
/// <param name="Year">The year of that citation, or 0.</param>
internal readonly record struct NameParts(string Name, string Title, string? Tag, string? Institution, string? Authors = null, int Year = 0);

/// <summary>The rules that take names apart: a paper's short name in its title, authors in a byline.</summary>
internal static class NameParser
{
    private static readonly string[] AuthorSeparators = { ",", ";", " and ", " & " };

    private static readonly string[] Abbreviations = { "Inc.", "Ltd.", "Corp.", "Co.", "Univ.", "Inst.", "Lab.", "Labs.", "al.", "etc.", "vs.", "Jr.", "Sr." };

    // An institution's name is a few words; a piece longer than this is a sentence.
    private const int MaxInstitutionWords = 6;

    private static readonly char[] AuthorMarks = { '*', '\u2020', '\u2021', '#' };

    private static readonly string[] EtcEndings = { " etc.", " etc" };

    private static readonly string[] AuthorListEndings = { "et al.", "et al", "et. al.", "and others", "etc.", "etc" };

    private static readonly string[] AmpersandSeparator = { " & " };

    private static readonly string[] DashSeparators = { " -- ", " - ", " \u2013 ", " \u2014 " };

    // A name before a dash is a few words (Firmalice - Automatic Detection …); a longer part is a title of its own.
    private const int MaxDashNameWords = 4;

    /// <summary>
    /// The title's part before its first <c>": "</c> (or a short one before a dash, <c>Firmalice - Automatic …</c>), or the
    /// whole title when it has none: <c>Orca: A Distributed Serving System…</c> is Orca. Quotes around the whole name
    /// are no part of it.
    /// </summary>
    public static string BeforeFirstColon(string title)
    {
        var cut = title.IndexOf(": ", StringComparison.Ordinal);
        foreach (var dash in DashSeparators)
        {
            var at = title.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at < cut) && TextRuns.WordCount(title.Substring(0, at)) <= MaxDashNameWords)
            {
                cut = at;
            }
        }

        var name = cut > 0 ? title.Substring(0, cut).Trim() : title;
        if (cut > 0 && title.IndexOf(": ", StringComparison.Ordinal) == cut && IsKindPrefix(name) && title.Substring(cut + 2).Trim() is { Length: > 0 } rest)
        {
            // "Poster: Fast Things for IoT", "SoK: Fast Things", "EACL24: Fast Things": what kind of paper, or where it was given, not its name.
            return BeforeFirstColon(rest);
        }

        if (name.Length > 2 && name[0] is '"' or '\u201c' && name[name.Length - 1] is '"' or '\u201d' && name.IndexOf('"', 1, name.Length - 2) < 0)
        {
            name = name.Substring(1, name.Length - 2).Trim();
        }

        return name.Length > 0 ? name : title;
    }

    /// <summary>
    /// Takes a name cell or a title apart, as popular lists write them
    /// (<c>🔥[**vLLM**] Efficient Memory Management for Large Language Model Serving with PagedAttention(@UC Berkeley etc)</c>):
    /// decoration in front (emoji, symbols) is dropped; a trailing <c>(@…)</c> names an institution; a leading
    /// bracketed tag is a candidate name, and so is the title's part before its first <c>": "</c>. The shorter of
    /// the two names the entry (<c>[YOCO] You Only Cache Once: …</c> is YOCO, <c>[Continuous Batching] Orca: …</c> is
    /// Orca) and a tag that is not the name is kept; without either, the name is the whole title.
    /// </summary>
    public static NameParts Parse(string text) => Parse(text, tag: null);

    /// <summary>
    /// The same rule, for a title whose leading tag was read apart (<paramref name="tag"/>: a list item's
    /// <c>[Tag] Title</c>), or null. A citation the title ends in (<c>(Goodfellow et al., 2015)</c>) is cut off too.
    /// </summary>
    public static NameParts Parse(string text, string? tag)
    {
        var rest = TrimDecoration(text);
        string? institution = null;
        if (rest.EndsWith(")", StringComparison.Ordinal) && rest.LastIndexOf("(@", StringComparison.Ordinal) is var at && at >= 0)
        {
            institution = WithoutEtc(rest.Substring(at + 2, rest.Length - at - 3).Trim());
            institution = institution.Length > 0 ? institution : null;
            rest = rest.Substring(0, at).Trim();
        }

        string? authors = null;
        var year = 0;
        if (CitationSuffix(rest) is { } citation)
        {
            (authors, year) = (citation.Authors, citation.Year);
            rest = rest.Substring(0, citation.Start).Trim();
        }

        string? trailingTag = null;
        if (rest.EndsWith("]", StringComparison.Ordinal) && rest.LastIndexOf('[') is var open && open > 0 && rest.Substring(open + 1, rest.Length - open - 2).Trim() is { Length: > 0 } trailing
            && TextRuns.WordCount(trailing) <= 4 && trailing.IndexOf('[') < 0)
        {
            // "WebMall -- A Multi-Shop Benchmark … [Technical Report]": a tag after the title.
            trailingTag = trailing;
            rest = rest.Substring(0, open).Trim();
        }

        // "**Emergent Abilities of Large Language Models.**": the full stop ends the sentence, not the title.
        if (rest.Length > 1 && rest[rest.Length - 1] == '.' && !rest.EndsWith("..", StringComparison.Ordinal) && !EndsWithAbbreviation(rest) && !EndsWithInitial(rest))
        {
            rest = rest.Substring(0, rest.Length - 1).TrimEnd();
        }

        if (tag is null && rest.StartsWith("[", StringComparison.Ordinal) && rest.IndexOf(']') is var close && close > 1)
        {
            tag = rest.Substring(1, close - 1).Trim();
            rest = rest.Substring(close + 1).Trim();
        }

        tag = tag is { Length: > 0 } ? tag : null;
        if (tag is not null && rest.Length > 0 && IsKindTag(tag))
        {
            // [Video], [Survey], [Oral]: a tag that says what kind of entry it is names none.
            var kind = tag;
            var parsed = Parse(rest, tag: string.Empty);
            return parsed with { Tag = kind };
        }

        var title = rest.Length > 0 ? rest : tag ?? string.Empty;
        var beforeColon = BeforeFirstColon(title);
        string name;
        if (tag is null)
        {
            name = beforeColon;
        }
        else if (beforeColon == title && rest.Length > 0)
        {
            // No colon: the tag is the short name of a long title ([FlexGen] High-Throughput …).
            name = tag;
        }
        else
        {
            name = tag.Length <= beforeColon.Length ? tag : beforeColon;
        }

        if (name.Length == 0)
        {
            // Nothing but decoration (a lone 🚀): the name is what is written, which makes no identifier (PCAT202).
            return new NameParts(text.Trim(), text.Trim(), null, null);
        }

        return new NameParts(name, title, tag is not null && tag != name ? tag : trailingTag, institution, authors, year);
    }

    private static readonly string[] KindTags =
    {
        "video", "videos", "blog", "paper", "code", "survey", "review", "tutorial", "talk", "slides", "book", "thesis", "dataset",
        "benchmark", "news", "new", "hot", "oral", "spotlight", "poster", "workshop", "preprint", "report", "tech report", "demo",
        "project", "tool", "library", "framework", "position", "vision", "short", "long", "full", "best paper", "award", "highlight",
    };

    private static readonly string[] KindPrefixes = { "abstract", "extended abstract", "sok", "wip", "work in progress", "invited talk", "keynote", "short paper" };

    private static bool IsKindPrefix(string text) =>
        IsKindTag(text) || Array.IndexOf(KindPrefixes, text.Trim().ToLowerInvariant()) >= 0
        || (TextRuns.WordCount(text) == 1 && VenueParser.Read(text, out var venue, out _) == VenueReading.Parsed && venue.Name is not null && venue.Year > 0);

    /// <summary>A bracketed tag that says what kind of entry it is (<c>[Video]</c>, <c>[Oral]</c>) rather than naming it.</summary>
    public static bool IsKindTag(string tag) => Array.IndexOf(KindTags, tag.Trim().ToLowerInvariant()) >= 0;

    /// <summary>A name cell that holds no name: <c>N/A</c>, <c>-</c>, <c>TBD</c>.</summary>
    /// <summary>Whether a name cell holds no name: a placeholder, or only marks (<c>*</c>, <c>...</c>, <c>·</c>).</summary>
    public static bool HoldsNoName(string name) => IsPlaceholderName(name) || (name.Trim().Length > 0 && !HasLetterOrDigit(name));

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

    public static bool IsPlaceholderName(string name) =>
        name.Trim().ToLowerInvariant() is "n/a" or "na" or "-" or "--" or "\u2014" or "\u2013" or "tbd" or "tba" or "none" or "?" or "null" or "/";

    /// <summary><c>UC Berkeley etc</c> is UC Berkeley: "etc" says there are more.</summary>
    public static string WithoutEtc(string institution)
    {
        var text = institution.Trim();
        foreach (var etc in EtcEndings)
        {
            if (text.EndsWith(etc, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(0, text.Length - etc.Length).TrimEnd(TextRuns.CommaOrSpace);
            }
        }

        return text;
    }

    /// <summary>A trailing <c>(Authors, Year)</c> or <c>(Authors et al., Year)</c>: where it starts, the authors and the year.</summary>
    private static (int Start, string Authors, int Year)? CitationSuffix(string text)
    {
        if (!text.EndsWith(")", StringComparison.Ordinal))
        {
            return null;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return null;
        }

        var inner = text.Substring(open + 1, text.Length - open - 2);
        var comma = inner.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var yearText = inner.Substring(comma + 1).Trim();
        var who = inner.Substring(0, comma).Trim();
        if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2099
            || !(who.IndexOf("et al", StringComparison.OrdinalIgnoreCase) >= 0 || PaperText.LooksLikeAuthors(who, single: true) || who.IndexOf(' ') < 0 && char.IsUpper(who[0])))
        {
            return null;
        }

        return (open, who, year);
    }

    /// <summary>Decoration around a name: emoji and other symbols, their modifiers, and spaces.</summary>
    public static string TrimDecoration(string text)
    {
        var i = 0;
        while (i < text.Length && IsDecoration(text[i]))
        {
            i++;
        }

        // "ASTGCN🔥", "RevIN🌟🔥": an emoji after the name, as before it, is decoration.
        var end = text.Length;
        while (end > i && IsDecoration(text[end - 1]))
        {
            end--;
        }

        return i == 0 && end == text.Length ? text : text.Substring(i, end - i);
    }

    private static bool IsDecoration(char c) =>
        c == ' ' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    /// <summary>
    /// BibTeX's author field: <c>Wang, Haiming and Xin, Huajian and Liu, Zhengying</c>, each name family first with
    /// one comma, " and " between them; read given name first (<c>Haiming Wang</c>). Null when the text is not one.
    /// </summary>
    internal static List<string>? BibTexNames(string byline)
    {
        // Asked of every candidate list of names: without a comma and " and " it is no BibTeX field, and nothing is split.
        if (byline.IndexOf(',') < 0 || byline.IndexOf(" and ", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var names = byline.Split(BibTexSeparator, StringSplitOptions.None);
        var authors = new List<string>(names.Length);
        foreach (var name in names)
        {
            // "Chen, Yu, Diethe, Tom and Lawrence, Neil": commas between the names too, so the pieces go in pairs.
            var pieces = name.Split(',');
            if (pieces.Length % 2 != 0 || pieces.Length > 40)
            {
                return null;
            }

            for (var p = 0; p < pieces.Length; p += 2)
            {
                var family = pieces[p].Trim();
                var given = pieces[p + 1].Trim().TrimEnd(AuthorMarks).Trim();
                // "Le, Quoc V", "van der Berg, Jan": a family name of up to three words, given names or initials after it.
                if (family.Length == 0 || given.Length == 0 || family.Split(' ').Length > 3 || given.Split(' ').Length > 4
                    || !char.IsUpper(given[0]) || !(char.IsUpper(family[0]) || char.IsLower(family[0]) && family.IndexOf(' ') > 0))
                {
                    return null;
                }

                authors.Add(given + " " + family);
            }
        }

        return authors;
    }

    private static readonly string[] BibTexSeparator = { " and " };

    /// <summary>
    /// The names of a byline or an author list: <c>by Roy Levin and David D. Redell</c> is two; <c>et al.</c> says there
    /// are more, and is no name.
    /// </summary>
    public static List<string> SplitAuthors(string text)
    {
        var byline = text.Trim().TrimEnd(TextRuns.ListSeparators);
        if (byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline.Substring(3);
        }

        if (BibTexNames(byline) is { } bibTex)
        {
            return bibTex;
        }

        if (FamilyFirstBySemicolons(byline) is { } familyFirst)
        {
            return familyFirst;
        }

        if (IsFamilyInitialsList(byline.TrimEnd('.')))
        {
            // "Kirkland, P., Di Caterina, G.": each family, then its initials.
            var parts = byline.TrimEnd(',', ' ').Split(',');
            var people = new List<string>(parts.Length / 2);
            for (var p = 0; p + 1 < parts.Length; p += 2)
            {
                people.Add(parts[p + 1].Trim() + " " + parts[p].Trim());
            }

            return people;
        }

        if (FamilyGivenPairs(byline) is { } pairs)
        {
            return pairs;
        }

        byline = WithoutAttachedAffiliations(byline);
        var authors = new List<string>();
        foreach (var part in byline.Split(AuthorSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            // "Leyi Wei*", "Jane Doe†": marks of the corresponding author or of equal contribution.
            var author = part.Trim().TrimEnd(AuthorMarks).Trim();
            foreach (var more in AuthorListEndings)
            {
                if (author.EndsWith(more, StringComparison.OrdinalIgnoreCase))
                {
                    author = author.Substring(0, author.Length - more.Length).Trim();
                }
            }

            if (author.StartsWith("and ", StringComparison.Ordinal))
            {
                author = author.Substring(4).Trim();
            }

            if (author.EndsWith(".", StringComparison.Ordinal) && !EndsWithInitialsWord(author))
            {
                // "Zhiyu Li." ends the list's sentence; "Alex J." keeps its initial.
                author = author.Substring(0, author.Length - 1);
            }

            if (author.Length > 0 && VenueParser.YearOnly(author) == 0)
            {
                // "Li et al., 2016": an author-year citation's year is no name.
                authors.Add(author);
            }
        }

        if (authors.Count > 1 && authors[authors.Count - 1].EndsWith(".", StringComparison.Ordinal) && EndsWithBareInitial(authors[0]))
        {
            // "Doe J, Roe A.": initials without full stops, so the last one is the sentence's.
            authors[authors.Count - 1] = authors[authors.Count - 1].TrimEnd('.');
        }

        return PairSurnames(authors, byline.IndexOf(',') >= 0);
    }

    /// <summary>
    /// <c>Hu, Yafei, Geng, Junyi, Wang, Chen, others.</c>: names family first with commas between all the pieces, so they go in
    /// pairs; read given name first. Each pair has a one-word piece (a list of full names, <c>Jane Doe, John Roe</c>, has none),
    /// every piece is one to three capitalised words. Null for any other list.
    /// </summary>
    internal static List<string>? FamilyGivenPairs(string byline)
    {
        if (byline.IndexOf(';') >= 0 || byline.IndexOf(" and ", StringComparison.Ordinal) >= 0 || byline.IndexOf(" & ", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var pieces = byline.TrimEnd(' ', ',').Split(',');
        for (var p = 0; p < pieces.Length; p++)
        {
            // "…, Scherer, Sebastian." ends the sentence, "Mahony., R." is a slip; "…, Benosman, R." keeps its initial.
            var piece = pieces[p].Trim();
            pieces[p] = piece.EndsWith(".", StringComparison.Ordinal) && !EndsWithInitialsWord(piece) ? piece.Substring(0, piece.Length - 1) : piece;
        }

        var count = pieces.Length;
        if (pieces[count - 1] is "others" or "et al" or "etc")
        {
            count--;
        }

        if (count < 4 || count % 2 != 0 || count > 80)
        {
            return null;
        }

        var names = new List<string>(count / 2);
        for (var p = 0; p < count; p += 2)
        {
            var family = pieces[p];
            var given = pieces[p + 1];
            var familyWords = TextRuns.WordCount(family);
            var givenWords = TextRuns.WordCount(given);
            if (family.Length == 0 || given.Length == 0 || familyWords > 3 || givenWords > 3 || (familyWords > 1 && givenWords > 1)
                || !IsNamePiece(family) || !IsNamePiece(given))
            {
                return null;
            }

            names.Add(given + " " + family);
        }

        return names;
    }

    /// <summary>A piece of a name between commas: capitalised words (particles allowed), no digits, brackets or quotes.</summary>
    private static bool IsNamePiece(string piece)
    {
        foreach (var c in piece)
        {
            if (char.IsDigit(c) || c is '(' or ')' or ':' or '"' or '[' or ']')
            {
                return false;
            }
        }

        return char.IsUpper(piece[0]) && AllWordsCapitalised(piece);
    }

    /// <summary>
    /// <c>Tang, Xinyu; Wang, Xiaolei; Zhao, Wayne Xin</c> (Zotero's and Scopus's export): names family first, one comma each,
    /// between semicolons; read given name first, as BibTeX's are. Null for any other list.
    /// </summary>
    internal static List<string>? FamilyFirstBySemicolons(string byline)
    {
        if (byline.IndexOf(';') < 0)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var part in byline.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            var comma = name.IndexOf(',');
            if (comma <= 0 || comma != name.LastIndexOf(',') || comma == name.Length - 1 || TextRuns.WordCount(name) > 6 || !AllWordsCapitalised(name))
            {
                // "…this issue; however, a detailed analysis": a sentence, not names.
                return null;
            }

            names.Add(name.Substring(comma + 1).Trim() + " " + name.Substring(0, comma).Trim());
        }

        return names.Count >= 2 ? names : null;
    }

    /// <summary>Whether every word of a name opens with a capital (<c>Huang, Thomas S.</c>) or is a particle, as no phrase of a sentence does.</summary>
    private static bool AllWordsCapitalised(string name)
    {
        foreach (var word in name.Split(NameWordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            // "van der Berg, Jan": a family's particles are the lower-case words a name may hold.
            if (char.IsLetter(word[0]) && !char.IsUpper(word[0]) && !FamilyParticles.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] NameWordSeparators = { ' ', ',' };

    /// <summary>
    /// The list without affiliations written onto a name (<c>Xuran Xu(Nanjing University), Tong Zhang</c>, <c>Weifeng Zhang(PKU)</c>):
    /// a group in parentheses with no space before it, after a letter, is where the author works, not part of the name.
    /// </summary>
    internal static string WithoutAttachedAffiliations(string byline)
    {
        var open = byline.IndexOf('(');
        if (open <= 0)
        {
            return byline;
        }

        var text = new System.Text.StringBuilder(byline.Length);
        var i = 0;
        while (open > 0)
        {
            var close = byline.IndexOf(')', open);
            if (close < 0 || !char.IsLetter(byline[open - 1]) || close - open < 3)
            {
                break;
            }

            text.Append(byline, i, open - i);
            i = close + 1;
            open = byline.IndexOf('(', i);
        }

        return i == 0 ? byline : text.Append(byline, i, byline.Length - i).ToString();
    }

    private static bool EndsWithBareInitial(string author)
    {
        var space = author.LastIndexOf(' ');
        var last = author.Substring(space + 1);
        return space > 0 && last.IndexOf('.') < 0 && IsInitials(last);
    }

    /// <summary>
    /// A citation writes the family name first (<c>Doe, Jane, Roe, Rick</c>): one-word parts that come in an even run
    /// are family and given names, read as <c>Jane Doe</c>, <c>Rick Roe</c>. Names of two words or more stay as written.
    /// </summary>
    /// <summary>
    /// <c>Kirkland, P., Di Caterina, G., Soraghan, J.</c>: families of one to three capitalised words, each followed by
    /// its initials, all set off by commas (a family of two words, <c>Di Caterina</c>, is what the word-by-word reading
    /// cannot pair).
    /// </summary>
    private static readonly char[] Digits = "0123456789".ToCharArray();

    private static readonly HashSet<string> FamilyParticles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "di", "da", "del", "le", "la", "du", "dos", "ter" };

    internal static bool IsFamilyInitialsList(string text)
    {
        // Asked of every candidate list of names: count the commas before splitting (two names need three).
        var commas = 0;
        foreach (var c in text)
        {
            commas += c == ',' ? 1 : 0;
        }

        if (commas < 3 || text.IndexOf('.') < 0)
        {
            return false;
        }

        var parts = text.TrimEnd(',', ' ').Split(',');
        if (parts.Length < 4 || parts.Length % 2 != 0)
        {
            return false;
        }

        for (var p = 0; p < parts.Length; p += 2)
        {
            var family = parts[p].Trim();
            var words = family.Split(' ');
            // The last initial may have lost its full stop to the sentence.
            if (words.Length > 3 || !IsInitials(parts[p + 1].Trim()) || (parts[p + 1].Trim().IndexOf('.') < 0 && p + 2 < parts.Length))
            {
                return false;
            }

            for (var w = 0; w < words.Length; w++)
            {
                // "de Tournemire, P.", "van Gemert, J.": a small particle may open the family name.
                var word = words[w];
                if (w < words.Length - 1 && FamilyParticles.Contains(word))
                {
                    continue;
                }

                if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[word.Length - 1]) || word.IndexOfAny(Digits) >= 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<string> PairSurnames(List<string> parts, bool hasComma)
    {
        var paired = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var run = 0;
            // "R. C. W." is one given name of initials, as "R.C.W." is.
            while (i + run < parts.Count && (parts[i + run].IndexOf(' ') < 0 || IsInitials(parts[i + run].Replace(" ", string.Empty))))
            {
                run++;
            }

            // Pairs come from "Doe, Jane, Roe, John"; "Cong and Mahdavi" is two family names.
            if (run >= 2 && run % 2 == 0 && hasComma)
            {
                for (var k = 0; k < run; k += 2)
                {
                    paired.Add(parts[i + k + 1] + " " + parts[i + k]);
                }

                i += run - 1;
                continue;
            }

            if (run == 1 && parts.Count == 2 && i == 0 && hasComma && parts[1].Split(' ').Length <= 3)
            {
                // "Scheikl, Paul Maria, et al.": one author, family name first, given names after it ("Doe and De Roe" are two).
                paired.Add(parts[1] + " " + parts[0]);
                break;
            }

            if (run % 2 == 1 && i + run < parts.Count && EndsWithInitials(parts[i + run]) && !IsInitials(parts[i + run - 1]))
            {
                // "Haas, Laura M.", "Ports, Dan RK": the last of the run is a family name, given names and initials follow.
                for (var k = 0; k < run - 1; k++)
                {
                    paired.Add(parts[i + k]);
                }

                paired.Add(parts[i + run] + " " + parts[i + run - 1]);
                i += run;
                continue;
            }

            for (var k = 0; k < Math.Max(run, 1); k++)
            {
                paired.Add(parts[i + k]);
            }

            i += Math.Max(run, 1) - 1;
        }

        return paired;
    }

    /// <summary>"Alex J.", "S.-C.", "A.N.": the full stop is the initial's, not the sentence's.</summary>
    private static bool EndsWithInitialsWord(string author)
    {
        var space = author.LastIndexOf(' ');
        return IsInitials(author.Substring(space + 1));
    }

    private static bool EndsWithInitials(string part)
    {
        var space = part.LastIndexOf(' ');
        return space > 0 && IsInitials(part.Substring(space + 1));
    }

    /// <summary>A word of initials: <c>M.</c>, <c>RK</c>, <c>S.-C.</c> (one to three capitals, dots and hyphens between).</summary>
    internal static bool IsInitials(string word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return capitals is >= 1 and <= 3;
    }

    /// <summary>
    /// Whether a tag in front names the entry: one written as a name is (<c>[vLLM]</c>, <c>[YOCO]</c>, <c>[GPT-4]</c>);
    /// a plain word (<c>[security]</c>, <c>[Application]</c>) is a topic when the title has a name of its own
    /// (<c>Chainspace: A Sharded …</c>).
    /// </summary>
    public static bool TagNamesEntry(string tag, string title)
    {
        for (var i = 0; i < tag.Length; i++)
        {
            if (char.IsDigit(tag[i]) || (i > 0 && char.IsUpper(tag[i])))
            {
                return true;
            }
        }

        var own = Parse(title, null);
        return own.Name.Length == 0 || string.Equals(own.Name, own.Title, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a list item's first sub-item names institutions (<c>UMich SymbioticLab &amp; NVIDIA &amp; Meta</c>,
    /// <c>DBOS, Inc.</c>) rather than saying something (<c>Transparently enable co-operative … applications.</c>):
    /// no colon, no sentence's full stop, and every part between <c>&amp;</c> a few words at most.
    /// </summary>
    public static bool LooksLikeInstitutions(string text)
    {
        if (text.Length == 0 || text.IndexOf(": ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        if (text.EndsWith(".", StringComparison.Ordinal) && !EndsWithAbbreviation(text))
        {
            return false;
        }

        foreach (var part in text.Split(AmpersandSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Split(TextRuns.Space, StringSplitOptions.RemoveEmptyEntries).Length > MaxInstitutionWords)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithInitial(string text) =>
        text.Length >= 2 && char.IsUpper(text[text.Length - 2]) && (text.Length == 2 || text[text.Length - 3] is ' ' or '.');

    private static bool EndsWithAbbreviation(string text)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (text.EndsWith(" " + abbreviation, StringComparison.Ordinal) || text == abbreviation)
            {
                return true;
            }
        }

        return false;
    }
}
