using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>Benchmark 2: the second run of a warm driver (100 files, 20,000 entries), against the first run.</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private IReadOnlyList<CatalogFile> _files = Array.Empty<CatalogFile>();
    private IReadOnlyList<AdditionalText> _texts = Array.Empty<AdditionalText>();
    private GeneratorDriver _warm = null!;
    private Compilation _compilation = null!;
    private Compilation _edited = null!;
    private AdditionalText _replacement = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = Workloads.Files(Workload.Files100);
        _compilation = Catalogs.CreateCompilation("class A { }");
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", Catalogs.ParseOptions));
        _warm = Catalogs.CreateDriver(_files, out _texts, trackSteps: false).RunGenerators(_compilation);
        _replacement = new Catalogs.InMemoryText(_files[42].Path, _files[42].Markdown.Replace("Paper 42x7**", "Paper 42x7 revised**"));
    }

    [Benchmark(Baseline = true, Description = "First run, 100 files")]
    public int FirstRun() => Catalogs.CreateDriver(_files, trackSteps: false).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Second run after an unrelated .cs edit")]
    public int UnrelatedEdit() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Second run after editing 1 of 100 files")]
    public int OneFileEdited() => _warm.ReplaceAdditionalText(_texts[42], _replacement).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}
