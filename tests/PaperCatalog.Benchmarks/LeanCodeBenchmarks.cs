using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 5: what the generated code costs the compiler. The 20,000-entry, 100-file synthetic catalog is
/// compiled (parsed, bound, emitted; documentation diagnosed as with GenerateDocumentationFile, and not) as the
/// generator writes it, and as the floor: the same entries hand-written as one small static class each
/// (the same constants, a one-line summary, one property; <see cref="CodeCost.Floor"/>).
/// The other methods take one part out of the generated code at a time, to show what each part costs.
/// </summary>
[MemoryDiagnoser]
public class LeanCodeBenchmarks
{
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
        return (CodeCost.Bytes(benchmark._generated) / (double)Entries, CodeCost.Bytes(benchmark._floor) / (double)Entries);
    }

    [GlobalSetup]
    public void Setup()
    {
        var files = Workloads.Files(Workload.Files100);
        _generated = CodeCost.Generate(files);
        _floor = CodeCost.Floor(files);

        // One part out at a time: documentation comments, attributes, the entries' data text.
        _withoutDocs = CodeCost.Without(_generated, "docs");
        _withoutAttributes = CodeCost.Without(_generated, "attributes");
        _withoutData = CodeCost.Without(_generated, "data");
        _withoutLookups = CodeCost.Without(_generated, "lookups");
        _withoutMemberDocs = CodeCost.Without(_generated, "row summaries");
        _withoutProperties = CodeCost.Without(_generated, "fields");
    }

    [Benchmark(Baseline = true, Description = "Compile the floor (hand-written constants)")]
    public long FloorSources() => CodeCost.Compile(_floor);

    [Benchmark(Description = "Compile the generated sources")]
    public long GeneratedSources() => CodeCost.Compile(_generated);

    [Benchmark(Description = "Compile the floor, no documentation file")]
    public long FloorWithoutDocumentationFile() => CodeCost.Compile(_floor, DocumentationMode.None);

    [Benchmark(Description = "Compile the generated sources, no documentation file")]
    public long GeneratedWithoutDocumentationFile() => CodeCost.Compile(_generated, DocumentationMode.None);

    [Benchmark(Description = "… without documentation comments")]
    public long WithoutDocs() => CodeCost.Compile(_withoutDocs);

    [Benchmark(Description = "… without [GeneratedCode] attributes")]
    public long WithoutAttributes() => CodeCost.Compile(_withoutAttributes);

    [Benchmark(Description = "… without the entries' data text")]
    public long WithoutData() => CodeCost.Compile(_withoutData);

    [Benchmark(Description = "… without the lookup classes")]
    public long WithoutLookups() => CodeCost.Compile(_withoutLookups);

    [Benchmark(Description = "… without the entry classes' row summaries (the hover)")]
    public long WithoutMemberDocs() => CodeCost.Compile(_withoutMemberDocs);

    [Benchmark(Description = "… without the fields that read Paper")]
    public long WithoutProperties() => CodeCost.Compile(_withoutProperties);

    /// <summary>
    /// Compiles each variant a few times with a stopwatch, for <paramref name="workload"/> (the synthetic
    /// 20,000 entries by default): a quick look while changing the emitter, not a measurement.
    /// </summary>
    public static void Quick(Workload workload = Workload.Files100)
    {
        var files = Workloads.Files(workload);
        var entries = CodeCost.EntryCount(files);
        var generated = CodeCost.Generate(files);
        var floor = CodeCost.Floor(files);
        var lines = string.Concat(generated).Split('\n');
        Console.WriteLine($"{workload}: {entries} entries; row summaries {lines.Where(l => l.TrimStart().StartsWith("/// <summary><b>", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)entries:0} B/entry, "
            + $"data {lines.Where(l => l.Contains("ReadEntries(", StringComparison.Ordinal)).Sum(l => l.Length + 1) / (double)entries:0}, "
            + $"lookups {generated.Where(s => s.Contains("class Venues", StringComparison.Ordinal)).Sum(s => s.Length) / (double)entries:0}");
        // Tiered JIT makes the first compiles slow: warm the compiler up on both before the first figure.
        for (var i = 0; i < 4; i++)
        {
            CodeCost.Compile(generated);
            CodeCost.Compile(floor, DocumentationMode.None);
        }

        foreach (var (name, sources, mode) in new[]
        {
            ("floor", floor, DocumentationMode.Diagnose), ("generated", generated, DocumentationMode.Diagnose),
            ("floor, no doc file", floor, DocumentationMode.None), ("generated, no doc file", generated, DocumentationMode.None),
            ("no docs", CodeCost.Without(generated, "docs"), DocumentationMode.Diagnose),
            ("no row summaries", CodeCost.Without(generated, "row summaries"), DocumentationMode.Diagnose),
            ("row summaries as text", CodeCost.Without(generated, "row summary markup"), DocumentationMode.Diagnose),
            ("row summaries, no links", CodeCost.Without(generated, "row summary links"), DocumentationMode.Diagnose),
            ("no attributes", CodeCost.Without(generated, "attributes"), DocumentationMode.Diagnose),
            ("no data", CodeCost.Without(generated, "data"), DocumentationMode.Diagnose),
            ("no lookups", CodeCost.Without(generated, "lookups"), DocumentationMode.Diagnose),
            ("no fields", CodeCost.Without(generated, "fields"), DocumentationMode.Diagnose),
        })
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                CodeCost.Compile(sources, mode);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"{name,-24} {best:0.000} s  {CodeCost.Bytes(sources) / (double)entries:0} B/entry");
        }
    }
}

/// <summary>
/// Benchmark 5b: the same on real lists (the wild lists, 1,930 entries; the whole test corpus): what their
/// generated code costs beside the floor with the same constants, and what each part of it costs.
/// </summary>
[MemoryDiagnoser]
public class RealListCodeBenchmarks
{
    private string[] _generated = Array.Empty<string>();
    private string[] _floor = Array.Empty<string>();
    private string[] _withoutMemberDocs = Array.Empty<string>();
    private string[] _withoutDocs = Array.Empty<string>();
    private string[] _withoutData = Array.Empty<string>();
    private string[] _withoutFields = Array.Empty<string>();

    [Params(Workload.Wild, Workload.Corpus)]
    public Workload Lists { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = Workloads.Files(Lists);
        _generated = CodeCost.Generate(files);
        _floor = CodeCost.Floor(files);
        _withoutMemberDocs = CodeCost.Without(_generated, "row summaries");
        _withoutDocs = CodeCost.Without(_generated, "docs");
        _withoutData = CodeCost.Without(_generated, "data");
        _withoutFields = CodeCost.Without(_generated, "fields");
    }

    [Benchmark(Baseline = true, Description = "Compile the floor")]
    public long Floor() => CodeCost.Compile(_floor);

    [Benchmark(Description = "Compile the generated sources")]
    public long Generated() => CodeCost.Compile(_generated);

    [Benchmark(Description = "Compile the floor, no documentation file")]
    public long FloorWithoutDocumentationFile() => CodeCost.Compile(_floor, DocumentationMode.None);

    [Benchmark(Description = "Compile the generated sources, no documentation file")]
    public long GeneratedWithoutDocumentationFile() => CodeCost.Compile(_generated, DocumentationMode.None);

    [Benchmark(Description = "… without the entry classes' row summaries (the hover)")]
    public long WithoutMemberDocs() => CodeCost.Compile(_withoutMemberDocs);

    [Benchmark(Description = "… without any documentation comment")]
    public long WithoutDocs() => CodeCost.Compile(_withoutDocs);

    [Benchmark(Description = "… without the entries' data text")]
    public long WithoutData() => CodeCost.Compile(_withoutData);

    [Benchmark(Description = "… without the fields that read Paper")]
    public long WithoutFields() => CodeCost.Compile(_withoutFields);
}
