using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// A SourceGenerators.Testing test of the generator: catalogs in, generated sources and all
/// diagnostics (ours and the compiler's on the generated code) checked. Documentation comments are
/// diagnosed, so a missing XML doc on a public generated member fails as CS1591.
/// </summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<PaperCatalogGenerator, DefaultVerifier>
{
    private readonly List<CatalogFile> _catalogs = new();

    public GeneratorTest(params CatalogFile[] catalogs)
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

        // Warnings too: generated code must compile warning-free (nullable, documentation) in any consumer.
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
        TestState.AdditionalReferences.Add(typeof(Paper).Assembly);
        foreach (var catalog in catalogs)
        {
            Add(catalog);
        }
    }

    public GeneratorTest Add(CatalogFile catalog)
    {
        _catalogs.Add(catalog);
        TestState.AdditionalFiles.Add((catalog.Path, SourceText.From(catalog.Markdown, Encoding.UTF8)));
        return this;
    }

    /// <summary>Expects the sources checked in under <c>Expected/<paramref name="folder"/></c>.</summary>
    public GeneratorTest ExpectSources(string folder)
    {
        foreach (var (hintName, text) in Baselines.Load(folder))
        {
            TestState.GeneratedSources.Add((typeof(PaperCatalogGenerator), hintName, SourceText.From(text, Encoding.UTF8)));
        }

        return this;
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithDocumentationMode(DocumentationMode.Diagnose).WithLanguageVersion(LanguageVersion.Latest);

    public new Task RunAsync(CancellationToken cancellationToken = default)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Catalogs.GlobalConfig(_catalogs)));
        return base.RunAsync(cancellationToken);
    }
}
