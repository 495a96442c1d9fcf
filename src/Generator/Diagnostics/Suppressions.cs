using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// Suppression comments in the Markdown itself, in markdownlint's style and invisible on GitHub:
/// <list type="bullet">
/// <item><c>&lt;!-- papercatalog-disable-line PCAT101 --&gt;</c> anywhere on a line (inside a pipe row, in a cell);</item>
/// <item><c>&lt;!-- papercatalog-disable-next-line PCAT302 --&gt;</c> on the line before (a one-line HTML table, a heading);</item>
/// <item><c>&lt;!-- papercatalog-disable PCAT401 --&gt;</c> … <c>&lt;!-- papercatalog-enable PCAT401 --&gt;</c> around any lines;</item>
/// <item><c>&lt;!-- papercatalog-disable-file PCAT402 --&gt;</c> anywhere.</item>
/// </list>
/// IDs are separated by spaces or commas; without IDs a comment covers every PaperCatalog diagnostic.
/// </summary>
/// <remarks>
/// Read once per file (<see cref="Read"/>) and applied in one place, to the diagnostics of every step
/// (the file's own, the whole catalog's, the links across files) before they are reported (<see cref="Apply"/>).
/// </remarks>
internal static class Suppressions
{
    private const string Prefix = "papercatalog-";

    public static EquatableArray<SuppressionDirective> Read(string text, LineIndex lines)
    {
        var directives = new List<SuppressionDirective>();
        foreach (var (start, end, body) in CommentScanner.Comments(text))
        {
            if (body.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                var words = body.Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries);
                var ids = new string[words.Length - 1];
                for (var i = 1; i < words.Length; i++)
                {
                    ids[i - 1] = words[i].ToUpperInvariant();
                }

                if (KindOf(words[0].Substring(Prefix.Length)) is { } kind)
                {
                    directives.Add(new SuppressionDirective(kind, lines.LineOf(start), lines.LineOf(end - 3), ids.ToEquatableArray()));
                }
            }
        }

        return directives.ToEquatableArray();
    }

    /// <summary>Every diagnostic of <paramref name="sets"/> that no comment of the file it is located in suppresses, in order.</summary>
    public static EquatableArray<DiagnosticInfo> Apply(IEnumerable<EquatableArray<DiagnosticInfo>> sets, IEnumerable<FileSuppressions> files)
    {
        var byPath = new Dictionary<string, EquatableArray<SuppressionDirective>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!file.Directives.IsEmpty)
            {
                byPath[file.FilePath] = file.Directives;
            }
        }

        var reported = new List<DiagnosticInfo>();
        foreach (var set in sets)
        {
            foreach (var diagnostic in set)
            {
                if (diagnostic.Location is not { } location
                    || !byPath.TryGetValue(location.FilePath, out var directives)
                    || !IsSuppressed(directives, diagnostic.Id, location.StartLine))
                {
                    reported.Add(diagnostic);
                }
            }
        }

        return reported.ToEquatableArray();
    }

    private static bool IsSuppressed(EquatableArray<SuppressionDirective> directives, string id, int line)
    {
        var disabled = false;
        foreach (var directive in directives)
        {
            if (!directive.Covers(id))
            {
                continue;
            }

            switch (directive.Kind)
            {
                case SuppressionKind.DisableFile:
                    return true;
                case SuppressionKind.DisableLine when line >= directive.StartLine && line <= directive.EndLine:
                    return true;
                case SuppressionKind.DisableNextLine when line == directive.EndLine + 1:
                    return true;
                case SuppressionKind.Disable when directive.StartLine <= line:
                    disabled = true;
                    break;
                case SuppressionKind.Enable when directive.StartLine <= line:
                    disabled = false;
                    break;
            }
        }

        return disabled;
    }

    private static SuppressionKind? KindOf(string word) => word.ToLowerInvariant() switch
    {
        "disable" => SuppressionKind.Disable,
        "enable" => SuppressionKind.Enable,
        "disable-line" => SuppressionKind.DisableLine,
        "disable-next-line" => SuppressionKind.DisableNextLine,
        "disable-file" => SuppressionKind.DisableFile,
        _ => null,
    };
}
