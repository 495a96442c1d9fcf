using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Markdig;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 1: the generator against the floor, Markdig's own parse of the same text (its default
/// CommonMark pipeline: blocks and inlines). Parse + model, and the whole generator run with emit.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<CatalogFile> _files = Array.Empty<CatalogFile>();
    private CatalogSource[] _sources = Array.Empty<CatalogSource>();
    private Compilation _compilation = null!;

    [Params(Workload.Seed, Workload.Corpus, Workload.Table1k, Workload.Table20k, Workload.Files100, Workload.List1k, Workload.List20k)]
    public Workload Workload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Workloads.Files(Workload);
        _sources = _files
            .Select(f => new CatalogSource(f.Path, f.Markdown, new CatalogOptions("Papers", "Sample", false, f.RelativePath), EquatableArray<Generator.Diagnostics.DiagnosticInfo>.Empty))
            .ToArray();
        _compilation = Catalogs.CreateCompilation("class A { }");
    }

    [Benchmark(Baseline = true, Description = "Markdig parse (floor)")]
    public int MarkdigParse()
    {
        var blocks = 0;
        foreach (var file in _files)
        {
            blocks += Markdown.Parse(file.Markdown).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "Generator: parse + model")]
    public int ParseAndModel()
    {
        var specs = ImmutableArray.CreateBuilder<CatalogFileSpec>(_sources.Length);
        foreach (var source in _sources)
        {
            specs.Add(CatalogFileParser.Parse(source, CancellationToken.None).Spec);
        }

        var all = specs.MoveToImmutable();
        var catalog = CatalogModelBuilder.Build(all);
        var roots = RootIndexBuilder.Build(all.Select(s => s.ToShape()).ToImmutableArray());
        return catalog.Lookups.Count + roots.Count;
    }

    [Benchmark(Description = "Generator: full run with emit")]
    public int FullRun()
    {
        var result = Catalogs.CreateDriver(_files, trackSteps: false).RunGenerators(_compilation).GetRunResult();
        return result.GeneratedTrees.Length;
    }
}

/// <summary>
/// Markdig with its pipe-table extension, the parse a user would reach for first. It is quadratic with
/// emphasis in cells and throws above a few thousand rows, so it runs on the smaller workloads only.
/// </summary>
[MemoryDiagnoser]
public class MarkdigPipeTableBenchmarks
{
    private static readonly MarkdownPipeline PipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private IReadOnlyList<CatalogFile> _files = Array.Empty<CatalogFile>();

    [Params(Workload.Seed, Workload.Corpus, Workload.Table1k)]
    public Workload Workload { get; set; }

    [GlobalSetup]
    public void Setup() => _files = Workloads.Files(Workload);

    [Benchmark(Description = "Markdig parse with pipe tables")]
    public int MarkdigPipeTables()
    {
        var blocks = 0;
        foreach (var file in _files)
        {
            blocks += Markdown.Parse(file.Markdown, PipeTables).Count;
        }

        return blocks;
    }
}
