using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>A link written so that GitHub shows it as text: where (end exclusive), what is written, why it is no link, and what to write instead.</summary>
internal readonly record struct BrokenLinkSyntax(int Start, int End, string Written, string Why, string Fix);

/// <summary>
/// Finds links that look right in the Markdown and are text on GitHub: a space between the label and the target
/// (<c>[[pdf]] (https://…)</c>) and label and target swapped (<c>(Label)[https://…]</c>). Fenced code blocks and
/// code spans are skipped: what they show is meant as written.
/// </summary>
internal static class LinkSyntaxCheck
{
    private static readonly char[] Significant = { '`', ']', ')' };

    public static List<BrokenLinkSyntax> Find(string text)
    {
        var found = new List<BrokenLinkSyntax>();
        var fenced = false;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var trimmed = lineStart;
            while (trimmed < lineEnd && text[trimmed] == ' ')
            {
                trimmed++;
            }

            if (string.CompareOrdinal(text, trimmed, "```", 0, 3) == 0 || string.CompareOrdinal(text, trimmed, "~~~", 0, 3) == 0)
            {
                fenced = !fenced;
            }
            else if (!fenced)
            {
                FindInLine(text, lineStart, lineEnd, found);
            }

            lineStart = lineEnd + 1;
        }

        return found;
    }

    private static void FindInLine(string text, int start, int end, List<BrokenLinkSyntax> found)
    {
        var inCode = false;
        for (var i = start; i < end; i++)
        {
            // Every line of the file is scanned: jump to the next character that can matter.
            i = text.IndexOfAny(Significant, i, end - i);
            if (i < 0)
            {
                return;
            }

            var c = text[i];
            if (c == '`')
            {
                inCode = !inCode;
                continue;
            }

            if (inCode || i == start || i + 9 >= end)
            {
                continue;
            }

            if (c == ']' && text[i + 1] == ' ' && text[i + 2] == '(' && IsWebAddress(text, i + 3)
                && OpeningBracket(text, start, i) is var open && open >= 0 && CloseOf(text, i + 2, end, ')') is var close && close > 0)
            {
                // "[[pdf]] (https://…)": the space ends the link before its target.
                var written = text.Substring(open, close + 1 - open);
                found.Add(new BrokenLinkSyntax(open, close + 1, written, "a space stands between its label and its target", text.Substring(open, i + 1 - open) + text.Substring(i + 2, close - i - 1)));
                i = close;
            }
            else if (c == ')' && text[i + 1] == '[' && IsWebAddress(text, i + 2) && text.LastIndexOf('(', i - 1, i - start) is var labelOpen && labelOpen >= start
                && text.IndexOf(')', labelOpen, i - labelOpen + 1) == i && CloseOf(text, i + 1, end, ']') is var targetClose && targetClose > 0
                && (labelOpen == start || text[labelOpen - 1] != ']'))
            {
                // "(Paper)[https://…]": label and target swapped.
                var label = text.Substring(labelOpen + 1, i - labelOpen - 1);
                var target = text.Substring(i + 2, targetClose - i - 2);
                found.Add(new BrokenLinkSyntax(labelOpen, targetClose + 1, text.Substring(labelOpen, targetClose + 1 - labelOpen), "its label and its target are swapped", "[" + label + "](" + target + ")"));
                i = targetClose;
            }
        }
    }

    private static bool IsWebAddress(string text, int at) =>
        string.CompareOrdinal(text, at, "https://", 0, 8) == 0 || string.CompareOrdinal(text, at, "http://", 0, 7) == 0;

    /// <summary>The <c>[</c> that opens the bracketed label ending at <paramref name="close"/> (<c>[[pdf]]</c> counts its nesting), or -1.</summary>
    private static int OpeningBracket(string text, int start, int close)
    {
        var depth = 0;
        for (var j = close; j >= start; j--)
        {
            depth += text[j] == ']' ? 1 : text[j] == '[' ? -1 : 0;
            if (depth == 0)
            {
                // "[label](…) (https://…)" is a link and a URL in parentheses, not a broken link.
                return j > start && text[j - 1] == ']' ? -1 : j;
            }
        }

        return -1;
    }

    private static int CloseOf(string text, int open, int end, char closer)
    {
        var close = text.IndexOf(closer, open + 1, end - open - 1);
        return close > open && text.IndexOf(' ', open + 1, close - open - 1) < 0 ? close : -1;
    }
}
