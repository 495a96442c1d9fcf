using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Tool.Checking;

namespace PaperCatalog.Tool.Output;

/// <summary>
/// A SARIF 2.1.0 log for GitHub code scanning: one run, every PaperCatalog rule (id, title, help link,
/// default level), and one result per diagnostic with its level and region. Paths are relative URIs, as
/// code scanning resolves them against the repository's root; columns count UTF-16 code units and the
/// end column is the one after the last character, as SARIF defines it. Paths are from the repository's root.
/// </summary>
internal static class SarifFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<ToolDiagnostic> diagnostics, TextWriter output) =>
        JsonText.Write(output, json => Write(diagnostics, json));

    private static void Write(IReadOnlyList<ToolDiagnostic> diagnostics, Utf8JsonWriter json)
    {
        var rules = DiagnosticDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("semanticVersion", ToolInfo.Version);
        if (ToolInfo.InformationUri.Length > 0)
        {
            json.WriteString("informationUri", ToolInfo.InformationUri);
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteNumber("ruleIndex", ruleIndex[d.Id]);
            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", RelativeUri(d.RepositoryPath));
            json.WriteEndObject();
            WriteRegion(json, "region", d.Line, d.Column, d.EndLine, d.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            WriteFixes(json, d);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The edits of a mechanical fix, as SARIF 2.1.0 <c>fixes</c>: one fix, one artifact change, its replacements.</summary>
    private static void WriteFixes(Utf8JsonWriter json, ToolDiagnostic d)
    {
        if (d.Fixes.Count == 0)
        {
            return;
        }

        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", d.Id == "PCAT501" ? "Move the entries to the declared order." : "Rewrite the link as GitHub reads it.");
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(d.RepositoryPath));
        json.WriteEndObject();
        json.WriteStartArray("replacements");
        foreach (var fix in d.Fixes)
        {
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", fix.Line, fix.Column, fix.EndLine, fix.EndColumn, (fix.Start, fix.Length));
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A SARIF region by lines and columns (one-based, the end column after the last character), and by characters when given.</summary>
    private static void WriteRegion(Utf8JsonWriter json, string name, int line, int column, int endLine, int endColumn, (int Offset, int Length)? characters = null)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        if (characters is { } chars)
        {
            json.WriteNumber("charOffset", chars.Offset);
            json.WriteNumber("charLength", chars.Length);
        }

        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    // A URI reference: each segment escaped (spaces, '#', '%'), the slashes kept.
    private static string RelativeUri(string path) =>
        string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
}
