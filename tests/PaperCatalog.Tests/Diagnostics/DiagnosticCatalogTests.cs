using System.Text.RegularExpressions;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Diagnostics;

/// <summary>The diagnostics catalog is complete: one prefix, a help page per ID, a README row, release tracking.</summary>
public sealed class DiagnosticCatalogTests
{
    public static TheoryData<string> Ids() => new(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void The_catalog_is_every_descriptor_declared_and_nothing_else()
    {
        var declared = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
            .Select(f => ((Microsoft.CodeAnalysis.DiagnosticDescriptor)f.GetValue(null)!).Id);

        Assert.Equal(declared.OrderBy(id => id, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_help_page_a_readme_row_and_a_release_entry(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id);

        Assert.Matches("^PCAT[0-9]{3}$", id);
        Assert.StartsWith("PaperCatalog.", descriptor.Category);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.EndsWith("/docs/diagnostics/", DiagnosticDescriptors.HelpLinkBase);

        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page);

        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        Assert.Contains($"| [{id}](docs/diagnostics/{id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", readme);

        var releases = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "Generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "Generator", "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex($"^{id} \\| {Regex.Escape(descriptor.Category)} \\| {descriptor.DefaultSeverity} \\|", RegexOptions.Multiline), releases);
    }
}
