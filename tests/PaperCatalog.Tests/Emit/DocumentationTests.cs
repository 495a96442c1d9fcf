using System.Text;
using Microsoft.CodeAnalysis;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Emit;

/// <summary>
/// What generated code documents: an entry class its row (the hover that tells the paper), its members nothing
/// (a hover on a constant shows its value; a summary costs every build of a project with a documentation file).
/// </summary>
public sealed class DocumentationTests
{
    /// <summary>The catalog's entry files (the lookup classes keep their members' summaries: few, and they say more than a value), its documentation file, the compile's warnings.</summary>
    private static (string Sources, string Xml, IReadOnlyList<string> Warnings) Build(string accessibility)
    {
        var parseOptions = Catalogs.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var (result, _) = Catalogs.Run(TestPaths.SeedFile with { Accessibility = accessibility });
        var sources = result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();
        var entryFiles = result.GeneratedSources.Where(s => s.HintName.StartsWith("PaperCatalog.File.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString());
        var compilation = Catalogs.CreateCompilation(parseOptions, sources.Append("/// <summary>A documented library.</summary>\npublic static class Library { }").ToArray());
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var emitted = compilation.Emit(pe, xmlDocumentationStream: xml);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return (string.Concat(entryFiles), Encoding.UTF8.GetString(xml.ToArray()), emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).ToList());
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void Entry_classes_keep_their_row_and_their_members_have_no_summary(string accessibility)
    {
        var (sources, xml, warnings) = Build(accessibility);

        Assert.Empty(warnings);
        Assert.Contains("<member name=\"T:Sample.Papers.Inference.Orca\">", xml, StringComparison.Ordinal);
        Assert.Contains("<b>Orca</b>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("F:Sample.Papers.Inference.Orca.", xml, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"/// <summary>.*\n\s*public (const|static readonly)", sources);
    }

    [Fact]
    public void Only_a_public_catalog_disables_CS1591_and_only_in_its_entries_files()
    {
        Assert.DoesNotContain("#pragma warning disable CS1591", Build("internal").Sources, StringComparison.Ordinal);

        var (result, _) = Catalogs.Run(TestPaths.SeedFile with { Accessibility = "public" });
        var withPragma = result.GeneratedSources.Where(s => s.SourceText.ToString().Contains("#pragma warning disable CS1591", StringComparison.Ordinal)).Select(s => s.HintName);
        Assert.Equal(new[] { "PaperCatalog.File." }, withPragma.Select(name => name.Substring(0, "PaperCatalog.File.".Length)));
    }
}
