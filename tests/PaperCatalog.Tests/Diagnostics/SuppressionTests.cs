using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Diagnostics;

/// <summary>Suppression comments in the Markdown, in markdownlint's style.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void Disable_line_inside_a_pipe_row_suppresses_the_named_ids_on_that_line_only() => Marked.AssertDiagnostics("""
        ## S

        | Name | Conference | Links |
        | --- | --- | --- |
        | **A** <!-- papercatalog-disable-line PCAT401 PCAT302 --> | OSDI 2O22 | [Notes](broken-reference) |
        | **B** <!-- papercatalog-disable-line PCAT302 --> | {|PCAT401:OSDI 2O22|} | [Notes](broken-reference) |
        | **C** | {|PCAT401:OSDI 2O22|} | [Notes]({|PCAT302:broken-reference|}) |
        """);

    [Fact]
    public void Disable_next_line_covers_a_one_line_html_table() => Marked.AssertDiagnostics("""
        ## S

        <!-- papercatalog-disable-next-line PCAT302 -->
        <table><tr><th>Name</th><th>Links</th></tr><tr><td>A</td><td><a href="broken-reference">Notes</a></td></tr><tr><td>B</td><td><a href="#">Notes</a></td></tr></table>

        <table><tr><th>Name</th><th>Links</th></tr><tr><td>C</td><td><a href="{|PCAT302:broken-reference|}">Notes</a></td></tr></table>
        """);

    [Fact]
    public void Disable_and_enable_bracket_lines_and_no_ids_means_every_id() => Marked.AssertDiagnostics("""
        ## S

        <!-- papercatalog-disable -->

        | Name | Conference |
        | --- | --- |
        | **A** | OSDI 2O22 |
        | **A** |  |

        <!-- papercatalog-enable -->

        | Name | Conference |
        | --- | --- |
        | **B** | {|PCAT401:OSDI 2O22|} |
        """);

    [Fact]
    public void Disable_file_covers_the_whole_file_for_its_ids() => Marked.AssertDiagnostics("""
        ## S

        | Name | Conference |
        | --- | --- |
        | **A** |  |
        | **B** | {|PCAT401:SOSP 2O23|} |

        <!-- papercatalog-disable-file PCAT402 -->
        """);

    [Theory]
    [InlineData("", new[] { "PCAT203", "PCAT306" })]
    [InlineData("<!-- papercatalog-disable-line PCAT203 PCAT306 -->", new string[0])]
    [InlineData("<!-- papercatalog-disable-line PCAT306 -->", new[] { "PCAT203" })]
    [InlineData("<!-- papercatalog-disable-line PCAT203 -->", new[] { "PCAT306" })]
    [InlineData("<!-- papercatalog-disable-line -->", new string[0])]
    public void Comments_cover_what_the_whole_catalog_finds_in_the_file_too(string comment, string[] reported)
    {
        // PCAT203 comes from the catalog step (an entry of another file has the name), PCAT306 from the
        // link step (a Markdown page that is no item): both are suppressed where the file's own are.
        var first = new CatalogFile("docs/a.md", "## S\n\n| Name | Links |\n| --- | --- |\n| **Orca** | [Paper](https://e.com/a) |\n");
        var second = new CatalogFile("docs/b.md", "## S\n\n| Name | Links |\n| --- | --- |\n| **Orca** " + comment + " | [Notes](notes.md) |\n");

        var (result, _) = Catalogs.Run(first, second);

        Assert.Equal(reported, result.Diagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }
}
