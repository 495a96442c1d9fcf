using PaperCatalog.Tool.Checking;

namespace PaperCatalog.Tool.Output;

/// <summary>
/// One line per diagnostic, as <c>dotnet build</c> prints it: <c>path(line,col): error PCAT401: message (help link)</c>.
/// </summary>
internal static class TextFormat
{
    public static void Write(IEnumerable<ToolDiagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine($"{d.Path}({d.Line},{d.Column}): {d.SeverityWord} {d.Id}: {d.Message} ({d.HelpUri})");
        }
    }
}
