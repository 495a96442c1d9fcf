using System.Text;
using PaperCatalog.Generator.Diagnostics;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// Markdown with expected diagnostic spans marked in it as <c>{|PCAT101:text|}</c>, the markup of
/// Roslyn's testing library: the marks are removed and each becomes an expected (ID, start, end).
/// </summary>
internal static class Marked
{
    public static (string Text, List<(string Id, int Start, int End)> Spans) Parse(string marked)
    {
        var text = new StringBuilder();
        var spans = new List<(string Id, int Start, int End)>();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                var colon = marked.IndexOf(':', i);
                open.Push((marked.Substring(i + 2, colon - i - 2), text.Length));
                i = colon;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                spans.Add((id, start, text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return (text.ToString(), spans);
    }

    /// <summary>Parses the marked Markdown and asserts exactly the marked diagnostics, at exactly the marked spans.</summary>
    public static IReadOnlyList<DiagnosticInfo> AssertDiagnostics(string marked)
    {
        var (text, spans) = Parse(marked);
        var diagnostics = Catalogs.Parse(text).Reported().ToList();
        var actual = diagnostics.Select(d => (d.Id, d.Location!.Start, d.Location.Start + d.Location.Length)).OrderBy(d => d.Start).ThenBy(d => d.Id);
        Assert.Equal(spans.OrderBy(s => s.Start).ThenBy(s => s.Id).Select(Describe), actual.Select(Describe));
        return diagnostics;

        string Describe((string Id, int Start, int End) d) => $"{d.Id} at {d.Start}-{d.End} '{text.Substring(d.Start, d.End - d.Start)}'";
    }
}
