using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// The <c>&lt;!-- … --&gt;</c> comments of a Markdown text, where PaperCatalog reads its directives (suppressions, declared
/// orders): invisible on GitHub, so a list's authors can write them without changing the page.
/// </summary>
internal static class CommentScanner
{
    /// <summary>Every closed comment: its start, its end (after <c>--&gt;</c>) and its body, trimmed.</summary>
    public static IEnumerable<(int Start, int End, string Body)> Comments(string text)
    {
        var at = text.IndexOf("<!--", StringComparison.Ordinal);
        while (at >= 0)
        {
            var close = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                yield break;
            }

            yield return (at, close + 3, text.Substring(at + 4, close - at - 4).Trim());
            at = text.IndexOf("<!--", close + 3, StringComparison.Ordinal);
        }
    }
}
