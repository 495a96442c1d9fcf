using System.Text.Json;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using PaperCatalog.Tool.Checking;

namespace PaperCatalog.Tool.Output;

/// <summary>
/// The catalog as the generator reads it, as JSON (the shape is documented in the README, "Export"): per
/// file its sections and entries with every field, link (with its kind) and venue, the one-based source
/// line and the C# member the generator makes of it, then the diagnostics.
/// </summary>
internal static class JsonExport
{
    public const int FormatVersion = 1;

    public static void Write(LintResult result, IReadOnlyList<string> displayPaths, TextWriter output) =>
        JsonText.Write(output, json => Write(result, displayPaths, json));

    private static void Write(LintResult result, IReadOnlyList<string> displayPaths, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("tool", $"{ToolInfo.Name} {ToolInfo.Version}");
        json.WriteStartArray("files");
        var skips = result.Check.Model.Skips.ToDictionary(s => s.FileKey, s => new HashSet<int>(s.Entries), StringComparer.Ordinal);
        for (var f = 0; f < result.Check.Files.Length; f++)
        {
            var file = result.Check.Files[f];
            WriteFile(json, file, displayPaths[f], skips.TryGetValue(file.FileKey, out var skipped) ? skipped : []);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", d.SeverityWord);
            json.WriteString("message", d.Message);
            json.WriteString("path", d.Path);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteNumber("endLine", d.EndLine);
            json.WriteNumber("endColumn", d.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, CatalogFileSpec file, string path, HashSet<int> skipped)
    {
        var sectionPaths = new string[file.Sections.Count];
        var sectionMembers = new string[file.Sections.Count];
        for (var s = 0; s < file.Sections.Count; s++)
        {
            var section = file.Sections[s];
            sectionPaths[s] = section.Parent >= 0 ? sectionPaths[section.Parent] + "/" + section.Title : section.Title;
            sectionMembers[s] = (section.Parent >= 0 ? sectionMembers[section.Parent] : file.Options.ClassName) + "." + section.Identifier;
        }

        json.WriteStartObject();
        json.WriteString("path", path);
        WriteOptional(json, "title", file.Title);
        json.WriteStartArray("sections");
        for (var s = 0; s < file.Sections.Count; s++)
        {
            json.WriteStartObject();
            json.WriteString("title", file.Sections[s].Title);
            json.WriteString("path", sectionPaths[s]);
            json.WriteString("member", sectionMembers[s]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("entries");
        for (var e = 0; e < file.Entries.Count; e++)
        {
            var entry = file.Entries[e];
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteNumber("line", entry.Line);
            // The paper's identity, as Paper.Key says it: one key for every entry of one paper.
            json.WriteString("key", entry.Key);
            if (entry.Section >= 0)
            {
                json.WriteString("section", sectionPaths[entry.Section]);
            }
            else
            {
                json.WriteNull("section");
            }

            if (skipped.Contains(e))
            {
                json.WriteNull("member");
            }
            else
            {
                json.WriteString("member", (entry.Section >= 0 ? sectionMembers[entry.Section] : file.Options.ClassName) + "." + entry.Identifier);
            }

            WriteOptional(json, "title", entry.Title);
            WriteVenue(json, entry.Venue);
            if (entry.Year > 0)
            {
                json.WriteNumber("year", entry.Year);
            }

            if (entry.Month > 0)
            {
                json.WriteNumber("month", entry.Month);
            }

            WriteStrings(json, "institutions", entry.Institutions);
            WriteStrings(json, "authors", entry.Authors);
            WriteStrings(json, "tags", entry.Tags);
            WriteOptional(json, "remarks", entry.Remarks);
            json.WriteStartArray("links");
            foreach (var link in entry.Links)
            {
                var kind = LinkClassifier.Classify(link.Url, out var arxivId, out var doi, out var repository);
                json.WriteStartObject();
                json.WriteString("label", link.Label);
                json.WriteString("url", link.Url);
                json.WriteString("kind", kind.ToString());
                WriteOptional(json, "member", link.MemberName);
                WriteOptional(json, "arxivId", arxivId);
                WriteOptional(json, "doi", doi);
                WriteOptional(json, "gitHubRepository", repository);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("fields");
            foreach (var column in entry.Columns)
            {
                json.WriteStartObject();
                json.WriteString("header", column.Header);
                json.WriteString("value", column.Value);
                WriteOptional(json, "member", column.MemberName);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteVenue(Utf8JsonWriter json, VenueSpec? venue)
    {
        if (venue is null)
        {
            json.WriteNull("venue");
            return;
        }

        json.WriteStartObject("venue");
        json.WriteString("text", venue.Text);
        WriteOptional(json, "name", venue.Name);
        if (venue.Year > 0)
        {
            json.WriteNumber("year", venue.Year);
        }

        json.WriteString("kind", venue.Kind.ToString());
        WriteOptional(json, "detail", venue.Detail);
        WriteOptional(json, "arxivId", venue.ArxivId);
        WriteOptional(json, "url", venue.Url);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, EquatableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
