using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PaperCatalog.Benchmarks;

// Every benchmark runs in this process (the generator, the compiler and Markdig are libraries), with
// a short job: the figures are ratios between methods measured side by side in one run.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);

var types = new[]
{
    typeof(ParseBenchmarks), typeof(MarkdigPipeTableBenchmarks), typeof(IncrementalBenchmarks),
    typeof(CompileBenchmarks), typeof(LeanCodeBenchmarks), typeof(RealListCodeBenchmarks), typeof(FirstAccessBenchmarks), typeof(OrcaUrlBenchmarks),
    typeof(ToolBenchmarks), typeof(BaselineBenchmarks),
};
if (args.Length > 2 && args[0] == "--write-floor")
{
    // --write-floor LIST.md OUT.cs: the hand-written floor of a list, for timing real builds beside the generator's.
    File.WriteAllText(args[2], string.Join("\n", CodeCost.Floor(new[] { new PaperCatalog.Testing.CatalogFile("catalog/list.md", File.ReadAllText(args[1])) })));
    return;
}

if (args.Length > 0 && args[0] == "--cold")
{
    // --cold [Seed|Wild|Corpus]: the generator's first run in this process (what each compiler start pays), then warm.
    ColdStart.Run(args.Length > 1 ? Enum.Parse<Workload>(args[1], ignoreCase: true) : Workload.Seed);
    return;
}

if (args.Length > 0 && args[0] == "--quick-lean")
{
    // --quick-lean [Files100|Wild|Corpus|Seed]
    LeanCodeBenchmarks.Quick(args.Length > 1 ? Enum.Parse<Workload>(args[1], ignoreCase: true) : Workload.Files100);
    return;
}

var summaries = args.Length > 0
    ? BenchmarkSwitcher.FromTypes(types).Run(args, config).ToArray()
    : BenchmarkRunner.Run(types, config);

var report = Targets.Report(summaries);
Console.WriteLine(report);
var results = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
Directory.CreateDirectory(results);
File.WriteAllText(Path.Combine(results, "targets.md"), report);

/// <summary>The issue's targets, computed from the run's means.</summary>
internal static class Targets
{
    public static string Report(IEnumerable<Summary> summaries)
    {
        var means = new Dictionary<(string Method, string Workload), double>();
        foreach (var run in summaries.SelectMany(s => s.Reports))
        {
            if (run.ResultStatistics is null)
            {
                continue;
            }

            var workload = run.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Workload")?.Value?.ToString() ?? string.Empty;
            means[(run.BenchmarkCase.Descriptor.WorkloadMethod.Name, workload)] = run.ResultStatistics.Mean;
        }

        var builder = new StringBuilder();
        builder.AppendLine("| measure | value | target |");
        builder.AppendLine("| --- | --- | --- |");
        foreach (var workload in Enum.GetNames<Workload>())
        {
            Ratio(builder, $"{workload}: parse + model / Markdig parse", means, ("ParseAndModel", workload), ("MarkdigParse", workload), "≤ 1.5×");
            Ratio(builder, $"{workload}: full run with emit / Markdig parse", means, ("FullRun", workload), ("MarkdigParse", workload), "≤ 2×");
        }

        foreach (var (big, small, what) in new[] { ("Table20k", "Table1k", "rows in one table"), ("List20k", "List1k", "items in one list") })
        {
            foreach (var method in new[] { "ParseAndModel", "FullRun", "MarkdigParse" })
            {
                if (means.TryGetValue((method, big), out var large) && means.TryGetValue((method, small), out var few))
                {
                    var perEntry = (large / 20_000) / (few / 1_000);
                    builder.AppendLine($"| {method}: per-entry cost, 20,000 {what} / 1,000 | {perEntry.ToString("0.00", CultureInfo.InvariantCulture)}× | ≤ 1.5× |");
                }
            }
        }

        Ratio(builder, "Second run after an unrelated .cs edit / first run", means, ("UnrelatedEdit", string.Empty), ("FirstRun", string.Empty), "near 0");
        Ratio(builder, "Second run after editing 1 of 100 files / first run", means, ("OneFileEdited", string.Empty), ("FirstRun", string.Empty), "small");
        Ratio(builder, "Compile with generator / compile the same sources as .cs (20,000 entries)", means, ("WithGenerator", string.Empty), ("PlainSources", string.Empty), "≤ 1.1×");
        Ratio(builder, "Compile the generated sources / the hand-written floor (20,000 entries, 100 files)", means, ("GeneratedSources", string.Empty), ("FloorSources", string.Empty), "≤ 1.3×");
        Ratio(builder, "The same, in a project without a documentation file", means, ("GeneratedWithoutDocumentationFile", string.Empty), ("FloorWithoutDocumentationFile", string.Empty), "≤ 1.3×");
        foreach (var (method, part) in new[] { ("WithoutDocs", "documentation comments"), ("WithoutAttributes", "[GeneratedCode] attributes"), ("WithoutData", "the entries' data text") })
        {
            Ratio(builder, $"Compile without {part} / the floor", means, (method, string.Empty), ("FloorSources", string.Empty), string.Empty);
        }

        if (summaries.Any(s => s.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(LeanCodeBenchmarks))))
        {
            var (generated, floor) = LeanCodeBenchmarks.BytesPerEntry();
            builder.AppendLine($"| Generated source per entry / the floor's | {generated.ToString("0", CultureInfo.InvariantCulture)} B / {floor.ToString("0", CultureInfo.InvariantCulture)} B ({(generated / floor).ToString("0.00", CultureInfo.InvariantCulture)}×) | ≤ 1,200 B |");
        }

        Absolute(builder, "First access of Papers.All (20,000 entries)", means, ("FirstAccess", string.Empty));
        Absolute(builder, "Markdig at start-up to find Orca's URL", means, ("MarkdigAtStartup", string.Empty));
        Absolute(builder, "Reading the generated constant", means, ("GeneratedConstant", string.Empty));
        Absolute(builder, "papercatalog --version (the tool's start-up)", means, ("StartUp", string.Empty));
        Absolute(builder, "papercatalog lint, 100 seed-size files, start-up included", means, ("LintSeedSize", string.Empty));
        Absolute(builder, "papercatalog lint, 100 files of 200 rows, start-up included", means, ("LintLarge", string.Empty));
        return builder.ToString();
    }

    private static void Ratio(StringBuilder builder, string measure, Dictionary<(string, string), double> means, (string, string) top, (string, string) bottom, string target)
    {
        if (means.TryGetValue(top, out var a) && means.TryGetValue(bottom, out var b) && b > 0)
        {
            builder.AppendLine($"| {measure} | {(a / b).ToString("0.00", CultureInfo.InvariantCulture)}× | {target} |");
        }
    }

    private static void Absolute(StringBuilder builder, string measure, Dictionary<(string, string), double> means, (string, string) key)
    {
        if (means.TryGetValue(key, out var nanoseconds))
        {
            var text = nanoseconds >= 1e6 ? (nanoseconds / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " ms"
                : nanoseconds >= 1e3 ? (nanoseconds / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " µs"
                : nanoseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ns";
            builder.AppendLine($"| {measure} | {text} | |");
        }
    }
}
