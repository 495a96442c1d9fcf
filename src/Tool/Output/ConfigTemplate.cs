using System.Text;
using System.Text.Json;
using PaperCatalog.Tool.Input;

namespace PaperCatalog.Tool.Output;

/// <summary>The <c>papercatalog.json</c> that <c>papercatalog init</c> writes: one group per file, its root class named after it.</summary>
internal static class ConfigTemplate
{
    public static string Write(IReadOnlyList<string> files)
    {
        var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("include", file);
                json.WriteString("className", ClassName(file, taken));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("severities");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary><c>systems-for-ml/model-serving.md</c> → <c>ModelServing</c>; numbered when two files would share one.</summary>
    private static string ClassName(string file, HashSet<string> taken)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in Path.GetFileNameWithoutExtension(file))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var name = builder.Length == 0 || char.IsDigit(builder[0]) ? "Papers" + builder : builder.ToString();
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
