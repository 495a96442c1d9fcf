using Microsoft.CodeAnalysis;

namespace PaperCatalog.Tool.Checking;

/// <summary>
/// A diagnostic as the tool reports it: the build's ID, message and severity (after the user's changes),
/// at a one-based line and column as compilers print them. The end column is the one after the last character.
/// </summary>
/// <param name="Path">Relative to the current folder, as the text report shows it.</param>
/// <param name="RepositoryPath">Relative to the repository's root, as GitHub's annotations and code scanning need it.</param>
/// <param name="Fixes">The edits that fix it, when the fix is mechanical (<c>lint --fix</c>, SARIF <c>fixes</c>); else empty.</param>
internal sealed record ToolDiagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Title,
    string Message,
    string HelpUri,
    string Path,
    string RepositoryPath,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    IReadOnlyList<ToolFix> Fixes)
{
    /// <summary>The word a compiler prints for a severity: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>.</summary>
    public string SeverityWord => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
