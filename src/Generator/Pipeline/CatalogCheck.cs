using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Pipeline;

/// <summary>
/// Every file of a catalog read and checked at once, without a compilation: the generator's steps
/// (<see cref="CatalogFileParser"/>, <see cref="CatalogAnalysis"/>, <see cref="CatalogDiagnostics"/>,
/// <see cref="MarkdownLinkCheck"/>) called in the order its pipeline calls them, so a command-line tool
/// reads and reports exactly what a build does. The generator itself runs them as separate cached steps.
/// </summary>
internal static class CatalogCheck
{
    public static CatalogCheckResult Run(IReadOnlyList<CatalogSource> sources, CancellationToken cancellationToken)
    {
        var specs = ImmutableArray.CreateBuilder<CatalogFileSpec>(sources.Count);
        var locations = ImmutableArray.CreateBuilder<FileLocations>(sources.Count);
        var links = ImmutableArray.CreateBuilder<EquatableArray<MarkdownLinkFact>>(sources.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var source in sources)
        {
            var parsed = CatalogFileParser.Parse(source, cancellationToken);
            specs.Add(parsed.Spec);
            locations.Add(parsed.Locations);
            links.Add(parsed.MarkdownLinks);
            diagnostics.AddRange(parsed.Diagnostics);
        }

        var files = specs.ToImmutable();
        var model = CatalogAnalysis.Build(files);
        diagnostics.AddRange(CatalogDiagnostics.Create(model, locations.ToImmutable()));
        diagnostics.AddRange(MarkdownLinkCheck.Run(links.ToImmutable(), files.Select(spec => spec.Options.RelativePath).ToImmutableArray()));
        return new CatalogCheckResult(files, model, diagnostics.ToImmutableArray());
    }
}

/// <summary>What <see cref="CatalogCheck"/> found: each file's spec (in the order given), the catalog model, every diagnostic.</summary>
internal sealed record CatalogCheckResult(
    ImmutableArray<CatalogFileSpec> Files,
    CatalogModel Model,
    ImmutableArray<DiagnosticInfo> Diagnostics);
