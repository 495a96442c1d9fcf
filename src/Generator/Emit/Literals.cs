using System.Globalization;
using System.Text;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Escaping of Markdown text for the two places it reaches generated code. Nothing from Markdown is
/// ever written raw: every character that could end a line, a literal or a comment, or hide itself
/// (controls, bidi overrides, separators, lone surrogates), is escaped.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal (with quotes) whose value is exactly <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A string literal, or <c>null</c>.</summary>
    public static string StringOrNull(string? value) => value is null ? "null" : String(value);

    /// <summary>
    /// Text for an XML documentation comment: markup characters become entities, tabs and line ends
    /// (which would end the <c>///</c> line) become one space each, characters that hide or end a C#
    /// line (U+2028, bidi controls) become character references, and characters XML cannot hold at all
    /// become U+FFFD.
    /// </summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\t':
                case '\n':
                    builder.Append(' ');
                    break;
                case '\r':
                    builder.Append(' ');
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        // XML 1.0 cannot hold these even as references (C0 controls, lone surrogates).
                        builder.Append('\uFFFD');
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Characters that are not plainly visible ink or a plain space: controls (U+0085 ends a C# line),
    /// format characters (bidi overrides, zero-width joiners), line/paragraph separators, other spaces
    /// (U+00A0 looks like a space but is not one), surrogates, private-use and unassigned code points.
    /// </summary>
    private static bool NeedsEscape(char c)
    {
        if (c >= 0x20 && c < 0x7F)
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
