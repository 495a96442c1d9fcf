using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Diagnostics;

namespace PaperCatalog.Generator.Parsing;

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
internal sealed class Suppressions
{
    private const string Prefix = "papercatalog-";

    private readonly List<Directive> _directives;

    private Suppressions(List<Directive> directives) => _directives = directives;

    public static Suppressions Read(string text, LineIndex lines)
    {
        var directives = new List<Directive>();
        var at = text.IndexOf("<!--", StringComparison.Ordinal);
        while (at >= 0)
        {
            var close = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            var body = text.Substring(at + 4, close - at - 4).Trim();
            if (body.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                var words = body.Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries);
                var kind = words[0].Substring(Prefix.Length).ToLowerInvariant();
                var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 1; i < words.Length; i++)
                {
                    ids.Add(words[i]);
                }

                if (kind is "disable" or "enable" or "disable-line" or "disable-next-line" or "disable-file")
                {
                    directives.Add(new Directive(kind, lines.LineOf(at), lines.LineOf(close), ids));
                }
            }

            at = text.IndexOf("<!--", close + 3, StringComparison.Ordinal);
        }

        return new Suppressions(directives);
    }

    public bool IsSuppressed(DiagnosticInfo diagnostic)
    {
        if (_directives.Count == 0 || diagnostic.Location is null)
        {
            return false;
        }

        var line = diagnostic.Location.StartLine;
        var disabled = false;
        foreach (var directive in _directives)
        {
            if (!directive.Covers(diagnostic.Id))
            {
                continue;
            }

            switch (directive.Kind)
            {
                case "disable-file":
                    return true;
                case "disable-line" when line >= directive.StartLine && line <= directive.EndLine:
                    return true;
                case "disable-next-line" when line == directive.EndLine + 1:
                    return true;
                case "disable" when directive.StartLine <= line:
                    disabled = true;
                    break;
                case "enable" when directive.StartLine <= line:
                    disabled = false;
                    break;
            }
        }

        return disabled;
    }

    private sealed record Directive(string Kind, int StartLine, int EndLine, HashSet<string> Ids)
    {
        public bool Covers(string id) => Ids.Count == 0 || Ids.Contains(id);
    }
}
