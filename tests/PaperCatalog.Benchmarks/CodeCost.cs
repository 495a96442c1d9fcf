using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// What compiling a catalog costs, shared by the synthetic and the real-list benchmarks: the generated sources,
/// the floor (the same constants written by hand), the generated sources with one part taken out, and a compile.
/// </summary>
internal static class CodeCost
{
    public const string Consumer = "public static class Consumer { public static int Count => Sample.Papers.All.Count; }";

    /// <summary>The sources the generator writes for <paramref name="files"/>.</summary>
    public static string[] Generate(IReadOnlyList<CatalogFile> files) =>
        Catalogs.CreateDriver(files, trackSteps: false)
            .RunGenerators(Catalogs.CreateCompilation(Consumer))
            .GetRunResult().GeneratedTrees.Select(tree => tree.GetText().ToString()).ToArray();

    public static int EntryCount(IReadOnlyList<CatalogFile> files) => files.Sum(file => Spec(file).Entries.Count);

    /// <summary>The parts a variant takes out of the generated code, by name.</summary>
    public static string[] Without(string[] generated, string part) => part switch
    {
        "docs" => generated.Select(s => Regex.Replace(s, @"^\s*///.*\n", string.Empty, RegexOptions.Multiline)).ToArray(),
        "row summaries" => generated.Select(s => Regex.Replace(s, @"^\s*/// <summary><b>.*\n", string.Empty, RegexOptions.Multiline)).ToArray(),
        "row summary markup" => generated.Select(s => Regex.Replace(s, @"<see href=""[^""]*"">([^<]*)</see>|</?b>", "$1")).ToArray(),
        "row summary links" => generated.Select(s => Regex.Replace(s, @" \| <see href=""[^""]*"">[^<]*</see>", string.Empty)).ToArray(),
        "attributes" => generated.Select(s => Regex.Replace(s, @"^\s*\[global::System\.CodeDom\.Compiler\.GeneratedCode\(.*\)\]\n", string.Empty, RegexOptions.Multiline)).ToArray(),
        "data" => generated.Select(s => Regex.Replace(s, @"ReadEntries\(entries, (\d+), ""(?:[^""\\]|\\.)*""", "ReadEntries(entries, $1, \"\"")).ToArray(),
        "lookups" => generated.Where(s => !s.Contains("class Venues", StringComparison.Ordinal)).ToArray(),
        "fields" => generated.Select(s => Regex.Replace(s, @"^\s*(/// <summary>[^\n]*\n\s*)?public static readonly __\w+ \w+ = Paper\.\w+!?;\n", string.Empty, RegexOptions.Multiline)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "no such part"),
    };

    public static long Bytes(IEnumerable<string> sources) => sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s));

    /// <param name="documentation">
    /// <see cref="DocumentationMode.Diagnose"/> is a project with GenerateDocumentationFile (every summary parsed
    /// and checked); <see cref="DocumentationMode.None"/> one without, where summaries are plain comments.
    /// </param>
    public static long Compile(string[] sources, DocumentationMode documentation = DocumentationMode.Diagnose)
    {
        var compilation = Catalogs.CreateCompilation(Catalogs.ParseOptions.WithDocumentationMode(documentation), sources.Append(Consumer).ToArray());
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return stream.Length;
    }

    /// <summary>
    /// The floor: the entries of <paramref name="files"/> as a person would write them by hand, one small static
    /// class each with a one-line summary, the same constants the generator declares (name, title, venue, remarks,
    /// columns, links, year and month) and one property for the entry.
    /// </summary>
    public static string[] Floor(IReadOnlyList<CatalogFile> files)
    {
        var sources = new List<string>();
        var index = 0;
        for (var f = 0; f < files.Count; f++)
        {
            var spec = Spec(files[f]);
            var builder = new StringBuilder("namespace Sample\n{\n    partial class Papers\n    {\n");
            foreach (var group in spec.Entries.GroupBy(entry => entry.Section))
            {
                // One class per file and section: sections of one title at two depths stay apart.
                builder.Append("        public static class S").Append(Number(f)).Append('_').Append(Number(group.Key + 1)).Append("\n        {\n");
                foreach (var entry in group)
                {
                    builder.Append("            /// <summary>").Append(Xml(entry.Name)).Append(entry.Venue is { } venue ? ", " + Xml(venue.Text) : string.Empty).Append(".</summary>\n");
                    builder.Append("            public static class ").Append(entry.Identifier).Append("\n            {\n");
                    Constant(builder, "Name", entry.Name);
                    OptionalConstant(builder, "Title", entry.Title);
                    OptionalConstant(builder, "VenueText", entry.Venue?.Text);
                    OptionalConstant(builder, "Remarks", entry.Remarks);
                    foreach (var column in entry.Columns.Where(c => c.MemberName is not null))
                    {
                        Constant(builder, column.MemberName!, column.Value);
                    }

                    foreach (var link in entry.Links.Where(l => l.MemberName is not null))
                    {
                        Constant(builder, link.MemberName!, link.Url);
                    }

                    if (entry.Year > 0)
                    {
                        builder.Append("                public const int Year = ").Append(Number(entry.Year)).Append(";\n");
                    }

                    builder.Append("                public static global::PaperCatalog.Paper Paper => global::Sample.Papers.FloorEntries[").Append(Number(index++)).Append("];\n");
                    builder.Append("            }\n\n");
                }

                builder.Append("        }\n");
            }

            sources.Add(builder.Append("    }\n}\n").ToString());
        }

        sources.Add($$"""
            namespace Sample
            {
                /// <summary>The catalog.</summary>
                public static partial class Papers
                {
                    /// <summary>Every entry.</summary>
                    public static global::System.Collections.Generic.IReadOnlyList<global::PaperCatalog.Paper> All => FloorEntries;

                    internal static readonly global::PaperCatalog.Paper[] FloorEntries = new global::PaperCatalog.Paper[{{Number(index)}}];
                }
            }
            """);
        return sources.ToArray();
    }

    private static CatalogFileSpec Spec(CatalogFile file)
    {
        var source = new CatalogSource(file.Path, file.Markdown, new CatalogOptions("Papers", "Sample", false, file.RelativePath), EquatableArray<DiagnosticInfo>.Empty);
        return CatalogFileParser.Parse(source, CancellationToken.None).Spec;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static void OptionalConstant(StringBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            Constant(builder, name, value);
        }
    }

    private static void Constant(StringBuilder builder, string name, string value) =>
        builder.Append("                public const string ").Append(name).Append(" = ").Append(Literal(value)).Append(";\n");

    private static string Literal(string value) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
