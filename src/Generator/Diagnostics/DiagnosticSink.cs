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

    /// <summary>PCAT204 at <paramref name="location"/>, the name that gives way; <paramref name="other"/> is where the member it collides with is written, if anywhere.</summary>
    /// <inheritdoc cref="DiagnosticArguments.MemberCollision"/>
    public void ReportMemberCollision(LocationInfo location, LocationInfo? other, string named, string section, string identifier, string collidesWith, string outcome)
    {
        var arguments = DiagnosticArguments.MemberCollision(named, section, identifier, collidesWith, outcome);
        _diagnostics.Add(other is null
            ? DiagnosticInfo.Create(DiagnosticDescriptors.MemberCollision, location, arguments)
            : DiagnosticInfo.Create(DiagnosticDescriptors.MemberCollision, location, other, arguments));
    }
}
