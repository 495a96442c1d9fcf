using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Tool.Input;

namespace PaperCatalog.Tool.Checking;

/// <summary>What a lint found: every reported diagnostic in path, line and column order, and the counts the summary gives.</summary>
internal sealed record LintResult(CatalogCheckResult Check, IReadOnlyList<ToolDiagnostic> Diagnostics, int Entries)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}

/// <summary>Runs the generator's own checks (<see cref="CatalogCheck"/>) and applies the user's severities, as a build applies .globalconfig.</summary>
internal static class CatalogLint
{
    public static LintResult Run(IReadOnlyList<CatalogSource> sources, SeverityRules severities, Workspace workspace, CancellationToken cancellationToken)
    {
        var check = CatalogCheck.Run(sources, cancellationToken);
        var diagnostics = new List<ToolDiagnostic>();
        foreach (var info in check.Diagnostics)
        {
            if (severities.Apply(info.Id, info.Descriptor.DefaultSeverity) is not { } severity || severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var location = info.Location;
            var diagnostic = info.ToDiagnostic();
            diagnostics.Add(new ToolDiagnostic(
                info.Id,
                severity,
                info.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                info.Descriptor.HelpLinkUri,
                location is null ? string.Empty : workspace.DisplayPath(location.FilePath),
                location is null ? string.Empty : workspace.RepositoryPath(location.FilePath),
                (location?.StartLine ?? 0) + 1,
                (location?.StartColumn ?? 0) + 1,
                (location?.EndLine ?? 0) + 1,
                (location?.EndColumn ?? 0) + 1));
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
