using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 3: compiling a consumer of the 20,000-entry catalog with the generator, against compiling
/// the same generated sources checked in as plain .cs files (parsed, compiled and emitted both ways).
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private const string Consumer = "public static class Consumer { public static int Count => Sample.Papers.All.Count; }";

    private IReadOnlyList<CatalogFile> _files = Array.Empty<CatalogFile>();
    private string[] _generated = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _files = Workloads.Files(Workload.Table20k);
        _generated = Catalogs.CreateDriver(_files, trackSteps: false)
            .RunGenerators(Catalogs.CreateCompilation(Consumer))
            .GetRunResult().GeneratedTrees.Select(tree => tree.GetText().ToString()).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Compile the generated sources as plain .cs files")]
    public long PlainSources()
    {
        var compilation = Catalogs.CreateCompilation(_generated.Append(Consumer).ToArray());
        return Emit(compilation);
    }

    [Benchmark(Description = "Compile with the generator")]
    public long WithGenerator()
    {
        Catalogs.CreateDriver(_files, trackSteps: false).RunGeneratorsAndUpdateCompilation(Catalogs.CreateCompilation(Consumer), out var compilation, out _);
        return Emit(compilation);
    }

    private static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return stream.Length;
    }
}
