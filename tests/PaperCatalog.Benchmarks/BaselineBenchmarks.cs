using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// The reader before and after a change, in one run: the same files parsed by this build's generator and by an
/// earlier one (its PaperCatalog.Generator.dll and Markdig.dll in the folder <c>PAPERCATALOG_BASELINE</c> names;
/// <c>baseline.sh COMMIT</c> builds it), loaded into a context of its own. Skipped without a baseline.
/// </summary>
[MemoryDiagnoser]
// More iterations than the other benchmarks' short runs: this one decides whether a change regressed the reader.
[WarmupCount(5)]
[IterationCount(15)]
public class BaselineBenchmarks
{
    private CatalogFile[] _files = Array.Empty<CatalogFile>();
    private CatalogSource[] _sources = Array.Empty<CatalogSource>();
    private Func<int>? _baseline;

    [Params(Workload.Seed, Workload.Corpus, Workload.Wild, Workload.Table1k, Workload.Table20k, Workload.List1k, Workload.List20k)]
    public Workload Workload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Workloads.Files(Workload).ToArray();
        _sources = _files
            .Select(f => new CatalogSource(f.Path, f.Markdown, new CatalogOptions("Papers", "Sample", false, f.RelativePath), EquatableArray<Generator.Diagnostics.DiagnosticInfo>.Empty))
            .ToArray();
        _baseline = Environment.GetEnvironmentVariable("PAPERCATALOG_BASELINE") is { Length: > 0 } folder ? Baseline.Load(folder, _files) : null;
    }

    [Benchmark(Baseline = true, Description = "Baseline: parse")]
    public int BaselineParse() => _baseline?.Invoke() ?? 0;

    [Benchmark(Description = "This build: parse")]
    public int Parse()
    {
        var entries = 0;
        foreach (var source in _sources)
        {
            entries += CatalogFileParser.Parse(source, CancellationToken.None).Spec.Entries.Count;
        }

        return entries;
    }

    /// <summary>An earlier build of the generator, called by reflection through the parse entry point it has.</summary>
    private static class Baseline
    {
        public static Func<int> Load(string folder, CatalogFile[] files)
        {
            var context = new IsolatedContext(folder);
            var generator = context.LoadFromAssemblyPath(Path.Combine(folder, "PaperCatalog.Generator.dll"));
            var parser = generator.GetType("PaperCatalog.Generator.Pipeline.CatalogFileParser") ?? generator.GetType("PaperCatalog.Generator.Reading.CatalogParser")!;
            var sourceType = generator.GetType("PaperCatalog.Generator.Input.CatalogSource")!;
            var optionsType = generator.GetType("PaperCatalog.Generator.Model.CatalogOptions")!;
            var diagnosticType = generator.GetType("PaperCatalog.Generator.Diagnostics.DiagnosticInfo")!;
            var arrayType = generator.GetType("PaperCatalog.Generator.Model.EquatableArray`1")!.MakeGenericType(diagnosticType);
            // Empty was a field before it became a property.
            var empty = arrayType.GetProperty("Empty", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? arrayType.GetField("Empty", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
            var sources = files.Select(f =>
            {
                var options = Construct(optionsType, "Papers", "Sample", false, f.RelativePath);
                return Construct(sourceType, f.Path, f.Markdown, options, empty);
            }).ToArray();
            var parse = parser.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!;
            var spec = parse.ReturnType.GetProperty("Spec")!;
            var entriesProperty = spec.PropertyType.GetProperty("Entries")!;
            var count = entriesProperty.PropertyType.GetProperty("Count")!;
            return () =>
            {
                var entries = 0;
                foreach (var source in sources)
                {
                    var result = parse.Invoke(null, new[] { source, CancellationToken.None });
                    entries += (int)count.GetValue(entriesProperty.GetValue(spec.GetValue(result)))!;
                }

                return entries;
            };
        }

        private static object Construct(Type type, params object?[] leading)
        {
            var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var arguments = parameters.Select((p, i) => i < leading.Length ? leading[i] : p.DefaultValue).ToArray();
            return constructor.Invoke(arguments);
        }

        /// <summary>The baseline's generator and Markdig from its folder; Roslyn and the framework from this process.</summary>
        private sealed class IsolatedContext : AssemblyLoadContext
        {
            private readonly string _folder;

            public IsolatedContext(string folder) : base("baseline", isCollectible: false) => _folder = folder;

            protected override Assembly? Load(AssemblyName name)
            {
                var path = Path.Combine(_folder, name.Name + ".dll");
                return name.Name is "PaperCatalog.Generator" or "Markdig" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
