using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>The diagnostics of one file as it is read, located from source ranges by the file's <see cref="LineIndex"/>.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public DiagnosticSink(LineIndex lines, string text)
    {
        Lines = lines;
        Text = text;
    }

    public LineIndex Lines { get; }

    /// <summary>The file's text, for fixes that must name what is written (escapes and all).</summary>
    public string Text { get; }

    public List<DiagnosticInfo> Diagnostics => _diagnostics;

    public LocationInfo Locate((int Start, int End) span) => Lines.Locate(span.Start, span.End);

    public void Report(DiagnosticMessage message, (int Start, int End) span) => _diagnostics.Add(message.At(Locate(span)));

    /// <param name="other">Where the other party is written (the first of two entries), if anywhere.</param>
    public void Report(DiagnosticMessage message, LocationInfo location, LocationInfo? other = null) => _diagnostics.Add(message.At(location, other));

    public void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);
}
