using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using PaperCatalog.Tool.Input;

namespace PaperCatalog.Tool.Checking;

/// <summary>What a lint found: every reported diagnostic in path, line and column order, and the counts the summary gives.</summary>
internal sealed record LintResult(CatalogRun Check, IReadOnlyList<ToolDiagnostic> Diagnostics, int Entries)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}

/// <summary>Runs the generator (<see cref="GeneratorHost"/>) and applies the user's severities, as a build applies .globalconfig.</summary>
internal static class Linter
{
    public static LintResult Run(IReadOnlyList<CatalogInput> inputs, SeverityRules severities, Workspace workspace, CancellationToken cancellationToken)
    {
        var check = GeneratorHost.Run(inputs, workspace.CurrentDirectory, cancellationToken);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            texts[Path.GetFullPath(input.Path, workspace.CurrentDirectory)] = input.Text;
        }

        var diagnostics = new List<ToolDiagnostic>();
        foreach (var diagnostic in check.Diagnostics)
        {
            if (severities.Apply(diagnostic.Id, diagnostic.DefaultSeverity) is not { } severity || severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            // Location.None (a failure of no file) gives an empty path at 1,1.
            var lineSpan = diagnostic.Location.GetLineSpan();
            var path = lineSpan.Path ?? string.Empty;
            var span = lineSpan.Span;
            diagnostics.Add(new ToolDiagnostic(
                diagnostic.Id,
                severity,
                diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                diagnostic.Descriptor.HelpLinkUri,
                path.Length == 0 ? string.Empty : workspace.DisplayPath(path),
                path.Length == 0 ? string.Empty : workspace.RepositoryPath(path),
                span.Start.Line + 1,
                span.Start.Character + 1,
                span.End.Line + 1,
                span.End.Character + 1,
                path.Length > 0 && texts.TryGetValue(Path.GetFullPath(path, workspace.CurrentDirectory), out var text)
                    ? ToolFix.Of(diagnostic, Path.GetFullPath(path, workspace.CurrentDirectory), text)
                    : []));
        }

        diagnostics.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Path, b.Path);
            order = order != 0 ? order : a.Line.CompareTo(b.Line);
            order = order != 0 ? order : a.Column.CompareTo(b.Column);
            return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        });

        var skipped = check.Model.Skips.Sum(file => file.Entries.Count);
        return new LintResult(check, diagnostics, check.Files.Sum(file => file.Entries.Count) - skipped);
    }
}
