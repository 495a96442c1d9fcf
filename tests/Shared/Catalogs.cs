using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator;

namespace PaperCatalog.Testing;

/// <summary>A Markdown catalog as a test passes it to the generator.</summary>
/// <param name="RelativePath">The path under the test project directory <see cref="Catalogs.ProjectDirectory"/>.</param>
internal sealed record CatalogFile(
    string RelativePath,
    string Markdown,
    string? ClassName = null,
    string? Namespace = null,
    string? Accessibility = null,
    string? BaseUrl = null,
    string? RepositoryPath = null,
    string? NameColumn = null)
{
    public string Path => Catalogs.ProjectDirectory + "/" + RelativePath;
}

/// <summary>Runs the parser or the whole generator on in-memory catalogs, as a build would.</summary>
internal static class Catalogs
{
    public const string ProjectDirectory = "/project";
    public const string RootNamespace = "Sample";

    /// <summary>Parses one catalog with the generator's parser, as the pipeline does.</summary>
    public static CatalogParseResult Parse(string markdown, string relativePath = "catalog/test.md", CatalogOptions? options = null)
    {
        var source = new CatalogSource(
            ProjectDirectory + "/" + relativePath,
            markdown,
            options ?? new CatalogOptions(CatalogSource.DefaultClassName, RootNamespace, IsPublic: false, relativePath),
            EquatableArray<PaperCatalog.Generator.Diagnostics.DiagnosticInfo>.Empty);
        return CatalogFileParser.Parse(source, CancellationToken.None);
    }

    /// <summary>
    /// What a build of this file as its only catalog file reports: the file's diagnostics and the catalog step's
    /// (duplicates, lookups), less those its suppression comments cover.
    /// </summary>
    public static IReadOnlyList<PaperCatalog.Generator.Diagnostics.DiagnosticInfo> Reported(this CatalogParseResult result)
    {
        var model = PaperCatalog.Generator.Analysis.CatalogModelBuilder.Build(ImmutableArray.Create(result.Spec));
        var catalog = PaperCatalog.Generator.Analysis.ProblemLocator.Locate(model, ImmutableArray.Create(result.Locations));
        return PaperCatalog.Generator.Diagnostics.Suppressions.Apply(new[] { result.Diagnostics, catalog }, new[] { result.Suppressions });
    }

    /// <summary>The diagnostics that say something is wrong: all but advice at Info severity (PCAT307, relative links kept).</summary>
    public static IEnumerable<PaperCatalog.Generator.Diagnostics.DiagnosticInfo> Problems(this CatalogParseResult result) =>
        result.Reported().Where(d => PaperCatalog.Generator.Diagnostics.DiagnosticDescriptors.Find(d.Id).DefaultSeverity > DiagnosticSeverity.Info);

    /// <summary>The analyzer config a build writes for the catalogs: build properties and per-file metadata.</summary>
    public static string GlobalConfig(IEnumerable<CatalogFile> files, string? rootNamespace = RootNamespace)
    {
        var builder = new StringBuilder();
        builder.AppendLine("is_global = true");
        if (rootNamespace is not null)
        {
            builder.AppendLine($"build_property.RootNamespace = {rootNamespace}");
        }

        builder.AppendLine($"build_property.MSBuildProjectDirectory = {ProjectDirectory}");
        foreach (var file in files)
        {
            builder.AppendLine();
            builder.AppendLine($"[{file.Path}]");
            builder.AppendLine("build_metadata.AdditionalFiles.PaperCatalog = true");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogClassName = {file.ClassName}");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogNamespace = {file.Namespace}");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogAccessibility = {file.Accessibility}");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogBaseUrl = {file.BaseUrl}");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogRepositoryPath = {file.RepositoryPath}");
            builder.AppendLine($"build_metadata.AdditionalFiles.PaperCatalogNameColumn = {file.NameColumn}");
        }

        return builder.ToString();
    }

    /// <summary>A compilation of <paramref name="sources"/> that references the runtime and PaperCatalog.dll.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ParseOptions, sources);

    /// <summary>As <see cref="CreateCompilation(string[])"/>, in the language version of <paramref name="parseOptions"/> (nullable enabled from C# 8 on).</summary>
    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/project/Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A driver with the generator over the catalogs; tests track its steps, benchmarks do not.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<CatalogFile> files, string? rootNamespace = RootNamespace, bool trackSteps = true) =>
        CreateDriver(files, out _, rootNamespace, trackSteps);

    /// <summary>A driver over the catalogs; <paramref name="texts"/> are its additional files, for later edits.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<CatalogFile> files, out IReadOnlyList<AdditionalText> texts, string? rootNamespace = RootNamespace, bool trackSteps = true)
    {
        var list = files.ToList();
        texts = list.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Markdown)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            CreateOptions(list, rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>The options a build would give the generator for these catalogs.</summary>
    public static AnalyzerConfigOptionsProvider CreateOptions(IEnumerable<CatalogFile> files, string? rootNamespace = RootNamespace) =>
        new ConfigOptionsProvider(GlobalConfig(files, rootNamespace));

    /// <summary>Runs the generator once and returns its result and the compilation with the generated sources.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(IEnumerable<CatalogFile> files, params string[] sources)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(CreateCompilation(sources), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    public static (GeneratorRunResult Result, Compilation Output) Run(params CatalogFile[] files) => Run(files, Array.Empty<string>());

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location))
            .ToImmutableArray();
    });

    /// <summary>An additional file held in memory.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Options from a global analyzer config, as the compiler would read it.</summary>
    private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public ConfigOptionsProvider(string globalConfig)
        {
            _set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(globalConfig, "/.globalconfig") });
            GlobalOptions = new Options(_set.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
