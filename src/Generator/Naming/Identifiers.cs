using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperCatalog.Generator.Naming;

/// <summary>
/// The identifier rule: the name is cut into words at every character that cannot be part of a C#
/// identifier (spaces, punctuation, symbols, underscores); each word's first letter is upper-cased
/// (invariant culture) and the rest kept; the words are joined. A result that starts with a digit gets
/// a leading underscore. <c>LLaMA 2</c> → <c>LLaMA2</c>, <c>Deja Vu</c> → <c>DejaVu</c>,
/// <c>DeepSpeed-Inference</c> → <c>DeepSpeedInference</c>, <c>3FS</c> → <c>_3FS</c>.
/// </summary>
internal static class Identifiers
{
    /// <summary>C#'s limit on the length of an identifier (CS0645).</summary>
    public const int MaxLength = 512;

    /// <summary>The identifier for <paramref name="name"/>, or null when it makes none (see <see cref="TryFromName"/>).</summary>
    public static string? FromName(string name) => TryFromName(name, out var identifier, out _) ? identifier : null;

    /// <summary>
    /// Makes the identifier for <paramref name="name"/>. A name with an invisible control (a bidi
    /// override, a zero-width character: the Trojan Source attack, CVE-2021-42574) makes none, so code
    /// never reads differently from the catalog; nor does a name without letters or digits, or one
    /// whose identifier would pass C#'s length limit. <paramref name="problem"/> says which.
    /// </summary>
    public static bool TryFromName(string name, out string identifier, out string problem)
    {
        identifier = string.Empty;
        foreach (var c in name)
        {
            if (IsInvisibleControl(c))
            {
                problem = $"it contains the invisible character U+{(int)c:X4}, which could make code read differently from what it does";
                return false;
            }
        }

        var built = Build(name);
        if (built is null)
        {
            problem = "it has no letter or digit";
            return false;
        }

        if (built.Length > MaxLength)
        {
            problem = $"its identifier would have {built.Length} characters, more than C# allows ({MaxLength})";
            return false;
        }

        identifier = built;
        problem = string.Empty;
        return true;
    }

    /// <summary>Controls and format characters other than the whitespace that reading collapses.</summary>
    public static bool IsInvisibleControl(char c)
    {
        if (c is '\t' or '\n' or '\r' or '\f')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static string? Build(string name)
    {
        var builder = new StringBuilder(name.Length);
        var wordStart = true;
        foreach (var c in name)
        {
            if (!IsWordChar(c))
            {
                wordStart = true;
                continue;
            }

            if (wordStart)
            {
                // A combining mark cannot begin a word: it stays attached to what precedes it.
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && builder.Length == 0)
                {
                    continue;
                }

                builder.Append(char.ToUpperInvariant(c));
                wordStart = false;
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

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> can be used as a C# identifier as it is.</summary>
    public static bool IsValid(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None && !HasFormatCharacter(value);

    /// <summary>Whether <paramref name="value"/> is a dotted namespace name (or empty, the global namespace).</summary>
    public static bool IsValidNamespace(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        foreach (var part in value.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    // Letters, digits and combining marks make words; '_' and the invisible formatting characters
    // (Cf, which C# would accept) do not, so a Trojan Source bidi control never reaches an identifier.
    private static bool IsWordChar(char c) =>
        c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

    private static bool HasFormatCharacter(string value)
    {
        foreach (var c in value)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
