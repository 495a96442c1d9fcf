using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// Benchmark 6: <c>papercatalog lint</c> as a list maintainer's CI step runs it, a new process each time
/// (start-up, JIT, reading, checking, printing), on 100 files; against the tool's start-up alone
/// (<c>--version</c>) in the same run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ToolBenchmarks
{
    private string _directory = string.Empty;

    // The tool's own assembly, built beside the benchmarks (a project reference), run as `dotnet tool.dll`.
    private static readonly string ToolAssembly = typeof(PaperCatalog.Tool.Cli.ToolCommands).Assembly.Location;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("papercatalog-tool-bench-").FullName;
        foreach (var (path, markdown) in SyntheticCatalogs.ManyFiles(100, 200))
        {
            Write(Path.Combine("large", path), markdown);
        }

        var seed = Workloads.Seed;
        for (var i = 0; i < 100; i++)
        {
            Write($"seed-size/list{i:D3}.md", seed.Replace("## ", $"## L{i} ", StringComparison.Ordinal));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "papercatalog --version (start-up alone)")]
    public int StartUp() => Run("--version");

    [Benchmark(Description = "papercatalog lint, 100 seed-size files (1,200 entries)")]
    public int LintSeedSize() => Run("lint", "seed-size/*.md");

    [Benchmark(Description = "papercatalog lint, 100 files of 200 rows (20,000 entries)")]
    public int LintLarge() => Run("lint", "large/**/*.md");

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private int Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ToolAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
