using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// What C# accepts as a name: every stage checks names against the language generated code is written in
/// (item metadata, identifiers made from Markdown), so these facts sit below all of them.
/// </summary>
internal static class CSharpNames
{
    /// <summary>
    /// Controls and format characters other than the whitespace that reading collapses, the soft hyphen (a
    /// hyphenation hint PDFs leave in titles) and the zero-width joiner of emoji (👨‍💻): those two change
    /// neither the order nor the look of text, and identifiers leave them out.
    /// </summary>
    public static bool IsInvisibleControl(char c)
    {
        if (c is '\t' or '\n' or '\r' or '\f' or '\u00AD' or '\u200D')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
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
