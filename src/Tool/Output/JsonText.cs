using System.Text;
using System.Text.Json;

namespace PaperCatalog.Tool.Output;

/// <summary>Writes a JSON document with <see cref="Utf8JsonWriter"/> (indented, UTF-8) onto a text report.</summary>
internal static class JsonText
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
