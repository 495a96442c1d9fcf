using PaperCatalog.Generator.Model;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>A parse result with helpers for assertions.</summary>
internal sealed class CatalogParseResultView
{
    private CatalogParseResultView(PaperCatalog.Generator.Pipeline.CatalogParseResult result)
    {
        Spec = result.Spec;
        Diagnostics = result.Reported().ToList();
        Problems = result.Problems().ToList();
    }

    public CatalogFileSpec Spec { get; }

    public IReadOnlyList<EntrySpec> Entries => Spec.Entries.ToList();

    public IReadOnlyList<PaperCatalog.Generator.Diagnostics.DiagnosticInfo> Diagnostics { get; }

    /// <summary>The diagnostics without advice (Info).</summary>
    public IReadOnlyList<PaperCatalog.Generator.Diagnostics.DiagnosticInfo> Problems { get; }

    public static CatalogParseResultView Parse(string markdown) => new(Catalogs.Parse(markdown));

    /// <summary>The dotted path of identifiers of the entry's section.</summary>
    public string SectionOf(EntrySpec entry)
    {
        var parts = new List<string>();
        for (var s = entry.Section; s >= 0; s = Spec.Sections[s].Parent)
        {
            parts.Insert(0, Spec.Sections[s].Identifier);
        }

        return string.Join(".", parts);
    }
}
