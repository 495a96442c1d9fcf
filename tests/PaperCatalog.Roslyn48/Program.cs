using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator;
using PaperCatalog.Testing;

// Runs the generator on Microsoft.CodeAnalysis.CSharp 4.8 over the catalog given, once per language
// version given, compiles the result with a probe and runs it. Prints what Roslyn48Tests checks.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: PaperCatalog.Roslyn48 <catalog.md> <language version>...");
    return 2;
}

Console.WriteLine($"roslyn {typeof(CSharpGeneratorDriver).Assembly.GetName().Version}");
var catalog = new CatalogFile(
    "catalog/llm.md",
    File.ReadAllText(args[0]),
    BaseUrl: "https://github.com/mental2008/awesome-papers/blob/main/",
    RepositoryPath: "paper-list/systems-for-ml/llm.md");
const string Probe = """
    namespace Sample
    {
        /// <summary>Reads the catalog as a program would.</summary>
        public static class Probe
        {
            /// <summary>Orca's paper, and how many entries the catalog has.</summary>
            public static string Run() => Papers.Inference.Orca.PaperUrl + " " + Papers.Venues.OSDI2022.Name + " " + Papers.All.Count;
        }
    }
    """;

foreach (var version in args.Skip(1))
{
    if (!LanguageVersionFacts.TryParse(version, out var languageVersion))
    {
        Console.Error.WriteLine($"unknown language version {version}");
        return 2;
    }

    var parseOptions = Catalogs.ParseOptions.WithLanguageVersion(languageVersion);
    var driver = CSharpGeneratorDriver.Create(
        new[] { new PaperCatalogGenerator().AsSourceGenerator() },
        new AdditionalText[] { new Catalogs.InMemoryText(catalog.Path, catalog.Markdown) },
        parseOptions,
        Catalogs.CreateOptions(new[] { catalog }));
    var compilation = Catalogs.CreateCompilation(parseOptions, Probe);
    var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
    var result = ran.GetRunResult().Results.Single();

    Console.WriteLine($"language {languageVersion.ToDisplayString()}");
    Console.WriteLine($"exception {result.Exception?.ToString() ?? "none"}");
    foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
    {
        Console.WriteLine($"generated {source.HintName}");
    }

    foreach (var diagnostic in generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning))
    {
        Console.WriteLine($"diagnostic {diagnostic}");
    }

    using var image = new MemoryStream();
    var emit = output.Emit(image);
    Console.WriteLine($"emit {(emit.Success ? "ok" : "failed")}");
    if (emit.Success)
    {
        image.Position = 0;
        var context = new AssemblyLoadContext("probe", isCollectible: true);
        var probe = context.LoadFromStream(image).GetType("Sample.Probe")!;
        Console.WriteLine($"run {probe.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)}");
        context.Unload();
    }
}

return 0;
