using Microsoft.CodeAnalysis;
using PaperCatalog.Tool.Checking;

namespace PaperCatalog.Tool.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=PCAT401::message</c>): a step's
/// log turns each into an annotation on the file's line, shown inline in a pull request.
/// </summary>
internal static class GitHubFormat
{
    public static void Write(IEnumerable<ToolDiagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(
                $"::{command} file={Property(d.RepositoryPath)},line={d.Line},col={d.Column},endLine={d.EndLine},endColumn={d.EndColumn},title={Property(d.Id)}::{Data($"{d.Message} ({d.HelpUri})")}");
        }
    }

    // The runner's escaping rules: data may not hold line ends or '%'; property values not ':' or ',' either.
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
