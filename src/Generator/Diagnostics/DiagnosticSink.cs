using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>The diagnostics of one file as it is read, located from source ranges by the file's <see cref="LineIndex"/>.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public DiagnosticSink(LineIndex lines) => Lines = lines;

    public LineIndex Lines { get; }

    public List<DiagnosticInfo> Diagnostics => _diagnostics;

    public LocationInfo Locate((int Start, int End) span) => Lines.Locate(span.Start, span.End);

    public void Report(DiagnosticDescriptor descriptor, (int Start, int End) span, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(span), arguments));

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo other, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, other, arguments));

    public void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);
}
