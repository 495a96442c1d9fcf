using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Naming;

/// <summary>
/// The identifier rule: the name is cut into words at every character that cannot be part of a C#
/// identifier (spaces, punctuation, symbols, underscores); each word's first letter is upper-cased
/// (invariant culture) and the rest kept; the words are joined. A result that starts with a digit gets
/// a leading underscore. <c>LLaMA 2</c> → <c>LLaMA2</c>, <c>Deja Vu</c> → <c>DejaVu</c>,
/// <c>DeepSpeed-Inference</c> → <c>DeepSpeedInference</c>, <c>3FS</c> → <c>_3FS</c>. An identifier of more than
/// <see cref="MaxLength"/> characters keeps the words that fit (<c>Microsecond-scale Preemption for Concurrent
/// GPU-accelerated DNN Inferences</c> → <c>MicrosecondScalePreemptionForConcurrent</c>); a first word longer than
/// that is cut at the limit. The whole name stays what the catalog says (<c>Name</c>, <c>Title</c>).
/// </summary>
internal static class Identifiers
{
    /// <summary>The longest identifier the catalog makes for an entry or a section: long enough for a name, short enough to read and type.</summary>
    public const int MaxLength = 40;

    /// <summary>C#'s own limit (CS0645), for names that are keys and are not cut (a venue's or an institution's lookup class).</summary>
    public const int CSharpMaxLength = 512;

    /// <summary>The identifier for <paramref name="name"/>, or null when it makes none (see <see cref="TryFromName"/>).</summary>
    public static string? FromName(string name) => TryFromName(name, out var identifier, out _) ? identifier : null;

    /// <summary>The identifier for a name that must stay whole to stay unique (a lookup's key): cut only at C#'s limit.</summary>
    public static bool TryFromKey(string key, out string identifier, out string problem)
    {
        if (!TryFromName(key, out identifier, out problem, CSharpMaxLength + 1))
        {
            return false;
        }

        if (identifier.Length > CSharpMaxLength)
        {
            problem = $"its identifier would have more than the {CSharpMaxLength} characters C# allows";
            identifier = string.Empty;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Makes the identifier for <paramref name="name"/>. A name with an invisible control (a bidi
    /// override, a zero-width character: the Trojan Source attack, CVE-2021-42574) makes none, so code
    /// never reads differently from the catalog; nor does a name without letters or digits, or one
    /// whose identifier would pass C#'s length limit. <paramref name="problem"/> says which.
    /// </summary>
    public static bool TryFromName(string name, out string identifier, out string problem) => TryFromName(name, out identifier, out problem, MaxLength);

    private static bool TryFromName(string name, out string identifier, out string problem, int maxLength)
    {
        identifier = string.Empty;
        foreach (var c in name)
        {
            if (CSharpNames.IsInvisibleControl(c))
            {
                problem = $"it contains the invisible character U+{(int)c:X4}, which could make code read differently from what it does";
                return false;
            }
        }

        var built = Build(name, maxLength);
        if (built is null)
        {
            problem = "it has no letter or digit";
            return false;
        }

        identifier = built;
        problem = string.Empty;
        return true;
    }

    private static string? Build(string name, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(name.Length, maxLength + 1));
        var wordStart = true;
        var spaced = false;
        var wordStarts = new List<(int At, bool AfterSpace)>();
        foreach (var c in name)
        {
            if (!IsWordChar(c))
            {
                wordStart = true;
                spaced |= char.IsWhiteSpace(c);
                continue;
            }

            if (builder.Length >= maxLength + 1)
            {
                break;
            }

            if (wordStart)
            {
                // A combining mark cannot begin a word: it stays attached to what precedes it.
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && builder.Length == 0)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    wordStarts.Add((builder.Length, spaced));
                }

                builder.Append(char.ToUpperInvariant(c));
                wordStart = false;
                spaced = false;
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length == 0)
        {
            return null;
        }

        var prefix = 0;
        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
            prefix = 1;
        }

        if (builder.Length > maxLength && maxLength == MaxLength)
        {
            builder.Length = CutLength(builder, wordStarts, prefix);
        }

        return builder.ToString();
    }

    private static readonly string[] TrailingWords = { "A", "An", "The", "Of", "For", "And", "Or", "In", "On", "To", "With", "Via", "From", "By", "At", "As", "Into", "Towards" };

    /// <summary>
    /// Where a long identifier is cut: after the last whole word written between spaces that fits (a part of
    /// <c>Near-Optimal</c> is no word of its own), else after the last word that fits, else at the limit; a word such as
    /// <c>Of</c> or <c>With</c> does not end it. Never inside a surrogate pair.
    /// </summary>
    private static int CutLength(StringBuilder builder, List<(int At, bool AfterSpace)> wordStarts, int prefix)
    {
        var cut = -1;
        for (var pass = 0; pass < 2 && cut < 0; pass++)
        {
            for (var i = wordStarts.Count - 1; i >= 0; i--)
            {
                var end = wordStarts[i].At + prefix;
                if (end <= MaxLength && (pass == 1 || wordStarts[i].AfterSpace))
                {
                    cut = i;
                    break;
                }
            }
        }

        if (cut < 0)
        {
            var length = MaxLength;
            return char.IsHighSurrogate(builder[length - 1]) ? length - 1 : length;
        }

        // Drop trailing words that only join (…AcademyOf, …ModelsWith) while a word is left.
        while (cut > 0)
        {
            var wordStart = wordStarts[cut - 1].At + prefix;
            var word = builder.ToString(wordStart, wordStarts[cut].At + prefix - wordStart);
            if (Array.IndexOf(TrailingWords, word) < 0)
            {
                break;
            }

            cut--;
        }

        return wordStarts[cut].At + prefix;
    }

    // Letters, digits and combining marks make words; '_' and the invisible formatting characters
    // (Cf, which C# would accept) do not, so a Trojan Source bidi control never reaches an identifier.
    private static bool IsWordChar(char c) =>
        c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
