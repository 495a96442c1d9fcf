using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Tool.Checking;

/// <summary>
/// One edit of a diagnostic's fix, resolved against its file: replace <see cref="Length"/> characters at
/// <see cref="Start"/> (UTF-16 offsets) by <see cref="NewText"/>; lines and columns are one-based, the end column
/// after the last character, as SARIF's regions are.
/// </summary>
internal sealed record ToolFix(string FullPath, int Start, int Length, string NewText, int Line, int Column, int EndLine, int EndColumn)
{
    // The generator's FixEdit.PropertyPrefix: the diagnostic carries its edits in its properties.
    private const string PropertyPrefix = "PaperCatalog.Fix.";

    /// <summary>The edits of <paramref name="diagnostic"/>, in the text of its file; an edit whose text is no longer there is left out.</summary>
    public static IReadOnlyList<ToolFix> Of(Diagnostic diagnostic, string fullPath, string text)
    {
        var fixes = new List<ToolFix>();
        for (var i = 0; diagnostic.Properties.TryGetValue(PropertyPrefix + i.ToString(CultureInfo.InvariantCulture), out var value) && value is not null; i++)
        {
            // start,length,old length,old text then new text (FixEdit.ToProperties).
            var parts = value.Split(',', 4);
            if (parts.Length != 4 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var length) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var oldLength)
                || start < 0 || length < 0 || start + length > text.Length || oldLength > parts[3].Length)
            {
                continue;
            }

            var newText = parts[3].Substring(Math.Max(oldLength, 0));
            if (oldLength >= 0)
            {
                // Replace the old text where it stands inside the range (a link's URL inside the link).
                var found = text.IndexOf(parts[3].Substring(0, oldLength), start, length, StringComparison.Ordinal);
                if (found < 0)
                {
                    continue;
                }

                (start, length) = (found, oldLength);
            }

            var (line, column) = Position(text, start);
            var (endLine, endColumn) = Position(text, start + length);
            fixes.Add(new ToolFix(fullPath, start, length, newText, line, column, endLine, endColumn));
        }

        return fixes;
    }

    /// <summary>
    /// Applies the edits to the text, earliest first; an edit that overlaps one already taken waits for the next pass
    /// (<c>lint --fix</c> lints again and fixes what is left). Returns the text and how many edits were applied.
    /// </summary>
    public static (string Text, int Applied) Apply(string text, IEnumerable<ToolFix> fixes)
    {
        var taken = new List<ToolFix>();
        foreach (var fix in fixes.OrderBy(f => f.Start).ThenBy(f => f.Length))
        {
            if (taken.Count == 0 || fix.Start >= taken[^1].Start + taken[^1].Length)
            {
                taken.Add(fix);
            }
        }

        var builder = new System.Text.StringBuilder(text);
        for (var i = taken.Count - 1; i >= 0; i--)
        {
            builder.Remove(taken[i].Start, taken[i].Length).Insert(taken[i].Start, taken[i].NewText);
        }

        return (builder.ToString(), taken.Count);
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
