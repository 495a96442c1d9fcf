using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Diagnostics;

/// <summary>Declared orders: the comment's keys and directions, its scope, and the fix that puts a block in order.</summary>
public sealed class DeclaredOrderTests
{
    [Theory]
    [InlineData("year desc", "2024,2023,2023,2021", "")]
    [InlineData("year", "2024,2021,2023", "2")]
    [InlineData("year asc", "2021,2023,2022,2024", "2")]
    [InlineData("date desc", "2024.05,2024.03,2024.04", "2")]
    [InlineData("date asc", "2023.01,2023.02,2023.02", "")]
    [InlineData("date", "2023.01,2023.02,2022.12,2024.01", "1,3")]
    [InlineData("title", "Alpha Beta,beta gamma,Able", "2")]
    [InlineData("title desc", "Zeta,Eta,Theta", "2")]
    [InlineData("name asc", "Able,Aardvark,Zebra", "1")]
    [InlineData("name desc", "Able,Aardvark,Zebra", "2")]
    public void Every_key_and_direction_reports_the_entries_out_of_order(string order, string values, string outOfOrder)
    {
        var byDate = order.StartsWith("year", StringComparison.Ordinal) || order.StartsWith("date", StringComparison.Ordinal);
        var rows = values.Split(',').Select((value, i) => byDate ? $"| {value} | [Paper {(char)('A' + i)}](https://example.org/{i}) |" : $"| **{value}** | [Paper](https://example.org/{i}) |");
        var header = byDate ? "| Date | Title |\n| --- | --- |" : "| Name | Links |\n| --- | --- |";
        var reported = Catalogs.Parse($"<!-- papercatalog order: {order} -->\n\n## S\n\n{header}\n{string.Join("\n", rows)}\n").Reported();

        Assert.All(reported, d => Assert.Equal("PCAT501", d.Id));
        // The rows start on line 7 (zero-based 6).
        Assert.Equal(outOfOrder, string.Join(",", reported.Select(d => d.Location!.StartLine - 6)));
    }

    [Fact]
    public void The_message_says_where_the_entry_belongs()
    {
        var diagnostic = Catalogs.Parse("<!-- papercatalog order: year desc -->\n\n## S\n\n| Name | Conference |\n| --- | --- |\n| **Orca** | OSDI 2022 |\n| **Vidur** | MLSys 2024 |\n")
            .Reported().Single();
        Assert.Equal("PCAT501", diagnostic.Id);
        Assert.Contains("'Vidur' in section 'S' is out of the order its list declares (year desc): it belongs before 'Orca' on line 7",
            diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_after_the_first_heading_orders_only_the_next_table_or_list() => Marked.AssertDiagnostics("""
        ## S

        - [Beta](https://example.org/b)
        - [Alpha](https://example.org/a)

        <!-- papercatalog order: title -->

        - [Gamma](https://example.org/g)
        - {|PCAT501:[Delta](https://example.org/d)|}

        1. [Zeta](https://example.org/z)
        2. [Eta](https://example.org/e)

        ## T

        | Name | Links |
        | --- | --- |
        | **Zulu** | [Paper](https://example.org/zu) |
        | **Alpha** | [Paper](https://example.org/al) |
        """);

    [Theory]
    [InlineData("papercatalog order: newest first", "'newest' is not a key")]
    [InlineData("papercatalog order: year down", "'down' is neither asc nor desc")]
    [InlineData("papercatalog order:", "it names no key")]
    public void PCAT502_an_order_comment_that_says_no_order(string comment, string problem)
    {
        var diagnostic = Catalogs.Parse($"<!-- {comment} -->\n\n## S\n\n- [A](https://example.org/a)\n").Reported().Single();
        Assert.Equal("PCAT502", diagnostic.Id);
        Assert.Equal(problem, diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void The_fix_puts_a_shuffled_section_in_order_moving_whole_items_with_their_sub_items(string newline)
    {
        var markdown = string.Join(newline, new[]
        {
            "<!-- papercatalog order: year desc -->",
            "",
            "## S",
            "",
            "| Date | Title | Code |",
            "| --- | --- | --- |",
            "| 2021.03 | [Old](https://example.org/old) | [Code](https://github.com/a/old) |",
            "| 2024.01 | [New](https://example.org/new) | |",
            "| 2022.07 | [Middle](https://example.org/middle) | |",
            "| 2024.01 | [Also New](https://example.org/also) | |",
            "",
            "## T",
            "",
            "- [ICLR'19] [Item 2019](https://example.org/i19)",
            "  - a sub-item that moves with it",
            "- [ICLR'25] [Item 2025](https://example.org/i25)",
            "",
            "  a paragraph of the item",
            "- [ICLR'20] [Item 2020](https://example.org/i20)",
        });

        var fixedText = ApplyFixes(markdown);

        Assert.Equal(markdown.Split(newline).OrderBy(l => l, StringComparer.Ordinal), fixedText.Split(newline).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "New", "Also New", "Middle", "Old" },
            fixedText.Split(newline).Where(l => l.StartsWith("| 20", StringComparison.Ordinal)).Select(l => l.Split('[')[1].Split(']')[0]));
        Assert.Contains(string.Join(newline, "- [ICLR'25] [Item 2025](https://example.org/i25)", "", "  a paragraph of the item", "- [ICLR'20] [Item 2020](https://example.org/i20)",
            "- [ICLR'19] [Item 2019](https://example.org/i19)", "  - a sub-item that moves with it"), fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalogs.Parse(fixedText).Reported(), d => d.Id == "PCAT501");
    }

    [Fact]
    public void A_block_whose_entries_share_lines_is_reported_without_a_fix()
    {
        var diagnostic = Catalogs.Parse("<!-- papercatalog order: name -->\n\n## S\n\n<table><tr><th>Name</th></tr><tr><td>Zulu</td></tr><tr><td>Alpha</td></tr></table>\n")
            .Reported().Single();
        Assert.Equal("PCAT501", diagnostic.Id);
        Assert.True(diagnostic.Fix.IsEmpty);
    }

    // A 1,000,000-case run (seed e6zfuzDRm2E3) wrote a run of lone CRs after an item: each is a line ending, as
    // CommonMark and GitHub read it, so the item's chunk ends at the first one and moves as that line.
    [Fact]
    public void An_order_fix_moves_lines_that_end_in_a_lone_carriage_return_as_lines()
    {
        const string markdown = "<!-- papercatalog order: title -->\n\n## S\n\n- [Gamma](https://example.org/g)\n\n- [Alpha](https://example.org/a)\r\r\r\n";

        var fixedText = ApplyFixes(markdown);

        Assert.Equal(Lines(markdown).Order(StringComparer.Ordinal), Lines(fixedText).Order(StringComparer.Ordinal));
        Assert.True(fixedText.IndexOf("[Alpha]", StringComparison.Ordinal) < fixedText.IndexOf("[Gamma]", StringComparison.Ordinal));
        Assert.DoesNotContain(Catalogs.Parse(fixedText).Reported(), d => d.Id == "PCAT501");
    }

    /// <summary>The text's lines as CommonMark ends them: at a line feed, a carriage return, or both.</summary>
    internal static string[] Lines(string text) => System.Text.RegularExpressions.Regex.Split(text, "\r\n|\r|\n");

    /// <summary>Applies every fix the file's diagnostics carry, as <c>papercatalog lint --fix</c> does.</summary>
    internal static string ApplyFixes(string markdown)
    {
        var edits = Catalogs.Parse(markdown).Reported().SelectMany(d => d.Fix).OrderByDescending(e => e.Start).ToList();
        Assert.NotEmpty(edits);
        foreach (var edit in edits)
        {
            markdown = markdown.Substring(0, edit.Start) + edit.NewText + markdown.Substring(edit.Start + edit.Length);
        }

        return markdown;
    }
}
