using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Emit;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Pipeline;

namespace PaperCatalog.Generator;

/// <summary>
/// Generates typed catalog classes from Markdown paper lists passed as <c>PaperCatalog</c> items.
/// Each file is read and parsed on its own (an edit re-parses only that file); its source depends on
/// its spec only and its diagnostics are reported separately, so an edit that changes no entry and
/// moves none (prose after the last entry, trailing spaces) leaves the generated code untouched. Entries
/// record their line, so an edit that moves them rewrites that file's source, and only it. What needs
/// every file (clashes across files, the lookup classes, the All lists) is built from their specs and
/// shapes, never from text, and holds no line.
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
            .Select(static (source, cancellationToken) => CatalogFileParser.Parse(source, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var specs = parsed.Select(static (result, _) => result.Spec).WithTrackingName(TrackingNames.FileSpecs);
        var fileDiagnostics = parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.FileDiagnostics);
        var locations = parsed.Select(static (result, _) => result.Locations).WithTrackingName(TrackingNames.FileLocations);
        var markdownLinks = parsed.Select(static (result, _) => result.MarkdownLinks).WithTrackingName(TrackingNames.MarkdownLinks);

        // The whole catalog: clashes across files and lookup classes, from the specs only.
        var catalog = specs.Collect().WithTrackingName(TrackingNames.AllSpecs)
            .Select(static (all, _) => CatalogModelBuilder.Build(all))
            .WithTrackingName(TrackingNames.Catalog);
        var skips = catalog.Select(static (model, _) => model.Skips).WithTrackingName(TrackingNames.Skips);

        // Generated code uses only what the consumer's language version accepts (C# 7.3 for netstandard2.0).
        var emitOptions = context.ParseOptionsProvider
            .Select(static (options, _) => EmitOptions.From(options))
            .WithTrackingName(TrackingNames.EmitOptions);

        var fileOutputs = specs
            .Combine(skips)
            .Select(static (pair, _) => new FileOutput(pair.Left, SkipsOf(pair.Right, pair.Left.FileKey)))
            .WithTrackingName(TrackingNames.FileOutputs);
        context.RegisterSourceOutput(fileOutputs.Combine(emitOptions), static (context, pair) =>
            AddSource(context, CatalogEmitter.HintName(pair.Left.Spec), () => CatalogEmitter.Emit(pair.Left.Spec, pair.Left.Skipped, pair.Right, context.CancellationToken), pair.Left.Spec.Options.RelativePath));

        // The All lists depend on the files' sections only: editing an entry does not rewrite them.
        var indexes = specs
            .Select(static (spec, _) => spec.ToShape())
            .WithTrackingName(TrackingNames.Shapes)
            .Collect()
            .WithTrackingName(TrackingNames.AllShapes)
            .Select(static (shapes, _) => RootIndexBuilder.Build(shapes))
            .WithTrackingName(TrackingNames.Indexes);
        context.RegisterSourceOutput(indexes.Combine(emitOptions), static (context, pair) =>
        {
            foreach (var root in pair.Left)
            {
                AddSource(context, IndexEmitter.HintName(root), () => IndexEmitter.Emit(root, pair.Right), root.ClassName);
            }
        });

        var lookups = catalog.Select(static (model, _) => model.Lookups).WithTrackingName(TrackingNames.Lookups);
        context.RegisterSourceOutput(lookups.Combine(emitOptions), static (context, pair) =>
        {
            foreach (var root in pair.Left)
            {
                AddSource(context, LookupEmitter.HintName(root), () => LookupEmitter.Emit(root, pair.Right), root.ClassName);
            }
        });

        var catalogDiagnostics = catalog
            .Combine(locations.Collect().WithTrackingName(TrackingNames.AllLocations))
            .Select(static (pair, _) => ProblemLocator.Locate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CatalogDiagnostics);

        var catalogPaths = specs
            .Select(static (spec, _) => spec.Options.RelativePath)
            .Collect()
            .WithTrackingName(TrackingNames.CatalogPaths);
        var linkDiagnostics = markdownLinks
            .Collect()
            .Combine(catalogPaths)
            .Select(static (pair, _) => MarkdownLinkCheck.Run(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LinkDiagnostics);

        // Every step's diagnostics meet the files' suppression comments in one place.
        var suppressions = parsed
            .Select(static (result, _) => result.Suppressions)
            .WithTrackingName(TrackingNames.FileSuppressions)
            .Collect()
            .WithTrackingName(TrackingNames.AllSuppressions);
        var reported = fileDiagnostics.Collect().WithTrackingName(TrackingNames.AllFileDiagnostics)
            .Combine(catalogDiagnostics)
            .Combine(linkDiagnostics)
            .Combine(suppressions)
            .Select(static (input, _) => Suppressions.Apply(
                input.Left.Left.Left.Concat(new[] { input.Left.Left.Right, input.Left.Right }),
                input.Right))
            .WithTrackingName(TrackingNames.ReportedDiagnostics);
        context.RegisterSourceOutput(reported, static (context, diagnostics) => Report(context, diagnostics));
    }

    private static EquatableArray<int> SkipsOf(EquatableArray<FileSkips> skips, string fileKey)
    {
        foreach (var file in skips)
        {
            if (file.FileKey == fileKey)
            {
                return file.Entries;
            }
        }

        return EquatableArray<int>.Empty;
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
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
            context.ReportDiagnostic(DiagnosticMessages.GeneratorFailure(subject, exception.GetType().Name + ": " + exception.Message).At(null).ToDiagnostic());
            return;
        }

        context.AddSource(hintName, SourceText.From(text, Encoding.UTF8));
    }
}
