using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Tool.Input;

namespace PaperCatalog.Tool.Checking;

/// <summary>What a run of the generator found: each file's spec (in the order given), the catalog model, every diagnostic it reported.</summary>
internal sealed record CatalogRun(
    ImmutableArray<CatalogFileSpec> Files,
    CatalogModel Model,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Runs the generator itself, as a compiler hosts it, on the files as a build would pass them
/// (AdditionalFiles with the item metadata the package's .targets gives), so the tool reports what a
/// build reports from the one pipeline definition there is. It reads the file specs and the catalog
/// model from the pipeline's named steps (<see cref="TrackingNames"/>) for the export.
/// </summary>
internal static class GeneratorHost
{
    private static readonly CSharpCompilation EmptyCompilation = CSharpCompilation.Create(
        "PaperCatalogLint",
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static CatalogRun Run(IReadOnlyList<CatalogInput> inputs, string projectDirectory, CancellationToken cancellationToken)
    {
        var texts = inputs.Select(input => (AdditionalText)new InputText(input.Path, input.Text)).ToImmutableArray();
        var options = new InputOptionsProvider(inputs, projectDirectory);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PaperCatalogGenerator().AsSourceGenerator()],
            texts,
            CSharpParseOptions.Default,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(EmptyCompilation, cancellationToken);

        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            // The generator contains its own failures; one that escapes is a bug of the tool, not the input's.
            throw new InvalidOperationException("the generator failed: " + exception.Message, exception);
        }

        var files = StepValues<CatalogFileSpec>(result, TrackingNames.FileSpecs).ToImmutableArray();
        var model = StepValues<CatalogModel>(result, TrackingNames.Catalog).Single();
        return new CatalogRun(files, model, result.Diagnostics);
    }

    private static IEnumerable<T> StepValues<T>(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => (T)output.Value)
            : [];

    private sealed class InputText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class InputOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> byPath;

        public InputOptionsProvider(IReadOnlyList<CatalogInput> inputs, string projectDirectory)
        {
            byPath = inputs.ToDictionary(input => input.Path, input => (AnalyzerConfigOptions)new Options(input.Metadata), StringComparer.Ordinal);
            GlobalOptions = new Options(new Dictionary<string, string> { [CatalogMetadata.ProjectDirectory] = projectDirectory });
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
