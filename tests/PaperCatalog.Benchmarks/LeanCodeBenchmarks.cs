using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emit;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 5: what the generated code costs the compiler. The 20,000-entry, 100-file synthetic catalog is
/// compiled (parsed, bound, emitted; documentation diagnosed as with GenerateDocumentationFile, and not) as the
/// generator writes it, and as the floor: the same entries hand-written as one small static class each
/// (Name, VenueText, Year, Remarks, PaperUrl, CodeUrl constants, a one-line summary, one property).
/// The other methods take one part out of the generated code at a time, to show what each part costs.
/// </summary>
[MemoryDiagnoser]
public class LeanCodeBenchmarks
{
    private const string Consumer = "public static class Consumer { public static int Count => Sample.Papers.All.Count; }";

    private string[] _generated = Array.Empty<string>();
    private string[] _floor = Array.Empty<string>();
    private string[] _withoutDocs = Array.Empty<string>();
    private string[] _withoutAttributes = Array.Empty<string>();
    private string[] _withoutData = Array.Empty<string>();
    private string[] _withoutLookups = Array.Empty<string>();
    private string[] _withoutMemberDocs = Array.Empty<string>();
    private string[] _withoutProperties = Array.Empty<string>();

    /// <summary>The entries of the workload.</summary>
    public static int Entries => 20_000;

    /// <summary>Bytes of generated source per entry, and of the floor's.</summary>
    public static (double Generated, double Floor) BytesPerEntry()
    {
        var benchmark = new LeanCodeBenchmarks();
        benchmark.Setup();
        return (Bytes(benchmark._generated) / (double)Entries, Bytes(benchmark._floor) / (double)Entries);
    }

    [GlobalSetup]
    public void Setup()
    {
        var files = Workloads.Files(Workload.Files100);
        _generated = Catalogs.CreateDriver(files, trackSteps: false)
            .RunGenerators(Catalogs.CreateCompilation(Consumer))
            .GetRunResult().GeneratedTrees.Select(tree => tree.GetText().ToString()).ToArray();
        _floor = files.Select(Floor).Append(FloorRoot()).ToArray();

        // One part out at a time: documentation comments, attributes, the entries' data text.
        _withoutDocs = _generated.Select(s => Regex.Replace(s, @"^\s*///.*\n", string.Empty, RegexOptions.Multiline)).ToArray();
        _withoutAttributes = _generated.Select(s => Regex.Replace(s, @"^\s*\[global::System\.CodeDom\.Compiler\.GeneratedCode\(.*\)\]\n", string.Empty, RegexOptions.Multiline)).ToArray();
        _withoutData = _generated.Select(s => Regex.Replace(s, @"ReadEntries\(entries, (\d+), ""(?:[^""\\]|\\.)*""", "ReadEntries(entries, $1, \"\"")).ToArray();
        _withoutLookups = _generated.Where(s => !s.Contains("public static partial class Venues", StringComparison.Ordinal) && !s.Contains("class Venues", StringComparison.Ordinal)).ToArray();
        _withoutMemberDocs = _generated.Select(s => Regex.Replace(s, @"^\t{3,}/// <summary>.*\n", string.Empty, RegexOptions.Multiline)).ToArray();
        _withoutProperties = _generated.Select(s => Regex.Replace(s, @"^\s*/// <summary>[^\n]*\n\s*public static readonly __\w+ \w+ = Paper\.\w+!?;\n", string.Empty, RegexOptions.Multiline)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Compile the floor (hand-written constants)")]
    public long FloorSources() => Compile(_floor);

    [Benchmark(Description = "Compile the generated sources")]
    public long GeneratedSources() => Compile(_generated);

    [Benchmark(Description = "Compile the floor, no documentation file")]
    public long FloorWithoutDocumentationFile() => Compile(_floor, DocumentationMode.None);

    [Benchmark(Description = "Compile the generated sources, no documentation file")]
    public long GeneratedWithoutDocumentationFile() => Compile(_generated, DocumentationMode.None);

    [Benchmark(Description = "… without documentation comments")]
    public long WithoutDocs() => Compile(_withoutDocs);

    [Benchmark(Description = "… without [GeneratedCode] attributes")]
    public long WithoutAttributes() => Compile(_withoutAttributes);

    [Benchmark(Description = "… without the entries' data text")]
    public long WithoutData() => Compile(_withoutData);

    [Benchmark(Description = "… without the lookup classes")]
    public long WithoutLookups() => Compile(_withoutLookups);

    [Benchmark(Description = "… without the members' summaries")]
    public long WithoutMemberDocs() => Compile(_withoutMemberDocs);

    [Benchmark(Description = "… without the fields that read Paper")]
    public long WithoutProperties() => Compile(_withoutProperties);

    /// <summary>Compiles each variant a few times with a stopwatch: a quick look, not a measurement.</summary>
    public static void Quick()
    {
        var benchmark = new LeanCodeBenchmarks();
        benchmark.Setup();
        var all = string.Concat(benchmark._generated);
        var lines = all.Split('\n');
        Console.WriteLine($"member docs {lines.Where(l => l.StartsWith("\t\t\t///", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)Entries:0} B/entry, "
            + $"class docs {lines.Where(l => l.StartsWith("\t\t///", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)Entries:0}, "
            + $"data {lines.Where(l => l.Contains("ReadEntries(", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)Entries:0}, "
            + $"lookups {benchmark._generated.Where(s => s.Contains("class Venues", StringComparison.Ordinal)).Sum(s => s.Length) / (double)Entries:0}, "
            + $"members {lines.Where(l => l.StartsWith("\t\t\tpublic", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)Entries:0}");
        foreach (var (name, sources) in new[]
        {
            ("floor", benchmark._floor), ("generated", benchmark._generated), ("no docs", benchmark._withoutDocs),
            ("no member docs", benchmark._withoutMemberDocs), ("no attributes", benchmark._withoutAttributes), ("no data", benchmark._withoutData),
            ("no lookups", benchmark._withoutLookups), ("no properties", benchmark._withoutProperties),
            ("annotations only", benchmark._generated.Select(s => s.Replace("#nullable enable", "#nullable enable annotations")).ToArray()),
            ("annot+no member docs", benchmark._withoutMemberDocs.Select(s => s.Replace("#nullable enable", "#nullable enable annotations")).ToArray()),
        })
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                Compile(sources);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"{name,-16} {best:0.00} s  {Bytes(sources) / (double)Entries:0} B/entry");
        }
    }

    private static long Bytes(IEnumerable<string> sources) => sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s));

    /// <param name="documentation">
    /// <see cref="DocumentationMode.Diagnose"/> is a project with GenerateDocumentationFile (every summary parsed
    /// and checked); <see cref="DocumentationMode.None"/> one without, where summaries are plain comments.
    /// </param>
    private static long Compile(string[] sources, DocumentationMode documentation = DocumentationMode.Diagnose)
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

    /// <summary>The entries of one file as a person would write them by hand: the floor.</summary>
    private static string Floor(CatalogFile file)
    {
        var source = new CatalogSource(file.Path, file.Markdown, new CatalogOptions("Papers", "Sample", false, file.RelativePath), EquatableArray<DiagnosticInfo>.Empty);
        var spec = CatalogFileParser.Parse(source, CancellationToken.None).Spec;
        var builder = new StringBuilder();
        builder.Append("namespace Sample\n{\n    partial class Papers\n    {\n");
        foreach (var group in spec.Entries.Select((entry, index) => (entry, index)).GroupBy(e => e.entry.Section))
        {
            builder.Append("        partial class ").Append(spec.Sections[group.Key].Identifier).Append("\n        {\n");
            foreach (var (entry, index) in group)
            {
                builder.Append("            /// <summary>").Append(entry.Name).Append(", ").Append(entry.Venue!.Text).Append(".</summary>\n");
                builder.Append("            public static class ").Append(entry.Identifier).Append("\n            {\n");
                Constant(builder, "Name", entry.Name);
                Constant(builder, "VenueText", entry.Venue.Text);
                builder.Append("                public const int Year = ").Append(entry.Year.ToString(CultureInfo.InvariantCulture)).Append(";\n");
                Constant(builder, "Remarks", entry.Remarks!);
                Constant(builder, "PaperUrl", entry.Links[0].Url);
                Constant(builder, "CodeUrl", entry.Links[1].Url);
                builder.Append("                public static global::PaperCatalog.Paper Paper => global::Sample.Papers.FloorEntries[").Append(index.ToString(CultureInfo.InvariantCulture)).Append("];\n");
                builder.Append("            }\n\n");
            }

            builder.Append("        }\n");
        }

        builder.Append("    }\n}\n");
        return builder.ToString();
    }

    private static string FloorRoot() => """
        namespace Sample
        {
            /// <summary>The catalog.</summary>
            public static partial class Papers
            {
                /// <summary>Every entry.</summary>
                public static global::System.Collections.Generic.IReadOnlyList<global::PaperCatalog.Paper> All => FloorEntries;

                internal static readonly global::PaperCatalog.Paper[] FloorEntries = new global::PaperCatalog.Paper[200];
            }
        }
        """;

    private static void Constant(StringBuilder builder, string name, string value) =>
        builder.Append("                public const string ").Append(name).Append(" = \"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\";\n");
}
