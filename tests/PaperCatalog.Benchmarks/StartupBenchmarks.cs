using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Markdig;
using Markdig.Syntax;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 4a: the first access of <c>Papers.All</c> of a 20,000-entry catalog in a fresh load of its
/// assembly: type loading, the lazy build of every entry, and the JIT of the methods that build them.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
[MemoryDiagnoser]
public class FirstAccessBenchmarks
{
    private byte[] _assembly = Array.Empty<byte>();
    private AssemblyLoadContext? _context;
    private MethodInfo _count = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = Workloads.Files(Workload.Table20k);
        Catalogs.CreateDriver(files, trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(Catalogs.CreateCompilation("public static class Probe { public static int Count() => Sample.Papers.All.Count; }"), out var compilation, out _);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The catalog did not compile.");
        }

        _assembly = stream.ToArray();
    }

    [IterationSetup]
    public void Load()
    {
        _context = new AssemblyLoadContext("catalog", isCollectible: true);
        _count = _context.LoadFromStream(new MemoryStream(_assembly)).GetType("Probe")!.GetMethod("Count")!;
    }

    [IterationCleanup]
    public void Unload() => _context?.Unload();

    [Benchmark(Description = "First access of Papers.All (20,000 entries)")]
    public int FirstAccess() => (int)_count.Invoke(null, null)!;
}

/// <summary>
/// Benchmark 4b: what a program does without PaperCatalog to get Orca's paper URL (parse the Markdown
/// with Markdig at start-up and dig the link out of the HTML table), against reading the generated constant.
/// </summary>
[MemoryDiagnoser]
public class OrcaUrlBenchmarks
{
    private static readonly MarkdownPipeline PipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private static readonly Regex OrcaPaper = new("<strong>Orca</strong>.*?<a href=\"([^\"]+)\">Paper</a>", RegexOptions.Compiled);
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup() => _seed = Workloads.Seed;

    [Benchmark(Baseline = true, Description = "Markdig at start-up: find Orca's PaperUrl")]
    public string? MarkdigAtStartup()
    {
        foreach (var block in Markdown.Parse(_seed, PipeTables).Descendants<HtmlBlock>())
        {
            var match = OrcaPaper.Match(block.Lines.ToString());
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        return null;
    }

    [Benchmark(Description = "Generated constant: Papers.Inference.Orca.PaperUrl")]
    public string GeneratedConstant() => SeedPapers.Inference.Orca.PaperUrl;
}
