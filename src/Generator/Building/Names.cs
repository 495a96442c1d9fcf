using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Building;

/// <summary>The rules that take names apart: a paper's short name in its title, authors in a byline.</summary>
internal static class Names
{
    private static readonly string[] AuthorSeparators = { ",", ";", " and ", " & " };

    private static readonly string[] Abbreviations = { "Inc.", "Ltd.", "Corp.", "Co.", "Univ.", "Inst.", "Lab.", "Labs." };

    // An institution's name is a few words; a piece longer than this is a sentence.
    private const int MaxInstitutionWords = 6;

    /// <summary>
    /// The title's part before its first <c>": "</c>, or the whole title when it has none:
    /// <c>Orca: A Distributed Serving System…</c> is Orca.
    /// </summary>
    public static string BeforeFirstColon(string title)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return title;
        }

        var name = title.Substring(0, colon).Trim();
        return name.Length > 0 ? name : title;
    }

    /// <summary>The names of a byline: <c>by Roy Levin and David D. Redell</c> is two.</summary>
    public static List<string> SplitAuthors(string text)
    {
        var byline = text.Trim();
        if (byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline.Substring(3);
        }

        var authors = new List<string>();
        foreach (var part in byline.Split(AuthorSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var author = part.Trim();
            if (author.Length > 0)
            {
                authors.Add(author);
            }
        }

        return authors;
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

        foreach (var part in text.Split(new[] { " & " }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length > MaxInstitutionWords)
            {
                return false;
            }
        }

        return true;
    }

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
