using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emit;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Parsing;

namespace PaperCatalog.Generator;

/// <summary>
/// Generates typed catalog classes from Markdown paper lists passed as <c>PaperCatalog</c> items.
/// Each file is read and parsed on its own (an edit re-parses only that file); its source depends on
/// its spec only and its diagnostics are reported separately, so a change that moves lines but
/// changes no entry leaves the generated code untouched.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PaperCatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => CatalogSource.TryCreate(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogSources)
            .Where(static source => source is not null)
            .Select(static (source, _) => source!)
            .WithTrackingName(TrackingNames.CatalogFiles);

        var parsed = sources
            .Select(static (source, cancellationToken) => CatalogParser.Parse(source, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var specs = parsed
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.FileSpecs);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);

        var indexes = specs
            .Select(static (spec, _) => spec.ToShape())
            .WithTrackingName(TrackingNames.Shapes)
            .Collect()
            .WithTrackingName(TrackingNames.AllShapes)
            .Select(static (shapes, _) => RootIndexSpec.Build(shapes))
            .WithTrackingName(TrackingNames.Indexes);

        context.RegisterSourceOutput(specs, static (context, spec) =>
            AddSource(context, CatalogEmitter.HintName(spec), () => CatalogEmitter.Emit(spec), spec.Options.RelativePath));

        context.RegisterSourceOutput(indexes, static (context, roots) =>
        {
            foreach (var root in roots)
            {
                AddSource(context, IndexEmitter.HintName(root), () => IndexEmitter.Emit(root), root.ClassName);
            }
        });

        context.RegisterSourceOutput(diagnostics, static (context, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    // An exception escaping the generator would become CS8785 and an empty output: report it instead.
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit, string subject)
    {
        string text;
        try
        {
            text = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GeneratorFailure,
                Location.None,
                subject,
                exception.GetType().Name + ": " + exception.Message));
            return;
        }

        context.AddSource(hintName, SourceText.From(text, Encoding.UTF8));
    }
}
