using System;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>How alike two entries that share a paper key are: what decides whether they are one paper listed twice.</summary>
internal enum Likeness
{
    /// <summary>The same name or title: the same paper twice.</summary>
    Same,

    /// <summary>Two paper titles that differ: the paper retitled, or a link that is another paper's.</summary>
    Retitled,

    /// <summary>Things named apart that cite one paper (LLaMA-7B and LLaMA-13B, a dataset and its metric): not one paper twice.</summary>
    Apart,
}

/// <summary>
/// The one rule for two entries of one key, used where names meet (the namer, which leaves a duplicate's report to
/// the catalog's check) and by the check itself (PCAT208, PCAT209), so no pair falls between them.
/// </summary>
internal static class PaperLikeness
{
    // A paper's title has words enough to say what it does; a model's, a dataset's or a metric's name does not.
    private const int MinTitleWords = 4;

    public static Likeness Of(string firstName, string? firstTitle, string secondName, string? secondTitle, string key)
    {
        var first = PaperKeys.Normalized(firstTitle ?? firstName);
        var second = PaperKeys.Normalized(secondTitle ?? secondName);
        if (first == second || PaperKeys.Normalized(firstName) == PaperKeys.Normalized(secondName) || key.StartsWith(PaperKeys.Title, StringComparison.Ordinal))
        {
            return Likeness.Same;
        }

        return Words(first) >= MinTitleWords && Words(second) >= MinTitleWords ? Likeness.Retitled : Likeness.Apart;
    }

    /// <summary>Whether two entries of one key are one paper listed twice (<see cref="Likeness.Same"/> or <see cref="Likeness.Retitled"/>).</summary>
    public static bool IsOnePaper(string firstName, string? firstTitle, string secondName, string? secondTitle, string key) =>
        PaperKeys.IsEvidence(key) && Of(firstName, firstTitle, secondName, secondTitle, key) != Likeness.Apart;

    private static int Words(string normalized)
    {
        var words = normalized.Length == 0 ? 0 : 1;
        foreach (var c in normalized)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words;
    }
}
