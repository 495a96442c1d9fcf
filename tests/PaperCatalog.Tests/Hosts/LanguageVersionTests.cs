using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator;
using PaperCatalog.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>
/// A library for netstandard2.0 or net472 compiles with C# 7.3: the generated code there uses nothing newer
/// (no <c>#nullable</c>, no <c>!</c>) and declares the same API as in the latest language version.
/// </summary>
public sealed class LanguageVersionTests
{
    private static readonly CatalogFile[] Corpus =
    {
        TestPaths.SeedFile,
        TestPaths.AwesomePapers("systems-for-ml/model-serving.md"),
    };

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void The_generated_code_compiles_without_a_warning_in_the_language_version(LanguageVersion version)
    {
        var (output, generated) = Generate(version);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var nullable = version >= LanguageVersion.CSharp8;
        Assert.All(generated, source => Assert.Equal(nullable, source.Contains("#nullable enable", StringComparison.Ordinal)));
    }

    [Fact]
    public void CSharp_7_3_gets_the_same_API_as_the_latest_version()
    {
        var (old, _) = Generate(LanguageVersion.CSharp7_3);
        var latest = Generate(LanguageVersion.Latest).Output;

        var oldApi = Api(old);
        Assert.True(oldApi.Count > 100, "the catalog's members are listed");
        Assert.Equal(Api(latest), oldApi);
    }

    [Fact]
    public void A_new_language_version_re_emits_the_sources_and_parses_nothing_again()
    {
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(Corpus).RunGenerators(compilation);

        driver = driver.WithUpdatedParseOptions(Catalogs.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.EmitOptions].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("#nullable", StringComparison.Ordinal));
    }

    private static (Compilation Output, List<string> Generated) Generate(LanguageVersion version)
    {
        var parseOptions = Catalogs.ParseOptions.WithLanguageVersion(version);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new PaperCatalogGenerator().AsSourceGenerator() },
            Corpus.Select(f => (AdditionalText)new Catalogs.InMemoryText(f.Path, f.Markdown)),
            parseOptions,
            Catalogs.CreateOptions(Corpus));
        driver.RunGeneratorsAndUpdateCompilation(Catalogs.CreateCompilation(parseOptions, "class A { }"), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, output.SyntaxTrees.Skip(1).Select(t => t.ToString()).ToList());
    }

    private static List<string> Api(Compilation compilation)
    {
        var members = new List<string>();
        void Walk(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers().Where(m => m.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal && !m.IsImplicitlyDeclared))
            {
                members.Add(member.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None)));
                if (member is INamespaceOrTypeSymbol nested)
                {
                    Walk(nested);
                }
            }
        }

        Walk(compilation.GetTypeByMetadataName("Sample.Papers")!);
        members.Sort(StringComparer.Ordinal);
        return members;
    }
}
