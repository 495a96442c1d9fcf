using System.Diagnostics;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emit;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// What a compiler start pays for the generator: in a fresh process (<c>--cold WORKLOAD</c>), the first Markdig
/// parse, the first read and the first emit of a workload (type loading and JIT of Markdig and the generator), then
/// the same again warm. BenchmarkDotNet cannot measure a first call more than once a process; run it a few times.
/// </summary>
internal static class ColdStart
{
    public static void Run(Workload workload)
    {
        var files = Workloads.Files(workload);
        var first = Measure(files);
        var second = Measure(files);
        Console.WriteLine($"{workload}: first Markdig {first.Markdig:F1} ms, read {first.Read:F1} ms, emit {first.Emit:F1} ms; warm {second.Markdig:F1} / {second.Read:F1} / {second.Emit:F1} ms");
    }

    private static (double Markdig, double Read, double Emit) Measure(IReadOnlyList<CatalogFile> files)
    {
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            MarkdownBlocks.Parse(file.Markdown);
        }

        var markdig = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var specs = new List<CatalogFileSpec>();
        foreach (var file in files)
        {
            var options = new CatalogOptions("Papers", "Sample", false, file.RelativePath);
            specs.Add(CatalogFileParser.Parse(new CatalogSource(file.Path, file.Markdown, options, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None).Spec);
        }

        var read = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        foreach (var spec in specs)
        {
            CatalogEmitter.Emit(spec, EquatableArray<int>.Empty, new EmitOptions(true, true), CancellationToken.None);
        }

        return (markdig, read, clock.Elapsed.TotalMilliseconds);
    }
}
