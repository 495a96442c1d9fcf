using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Tests.Reading;

/// <summary>
/// Each reader on its own, below <c>Parse</c>: when one breaks, the failing test names it. What a whole document
/// reads as is tested in <c>Building</c> and <c>Conventions</c>.
/// </summary>
public sealed class ReaderTests
{
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    private static string Cells(string text, RawRow row) => string.Join("|", row.Cells.Select(c => text.Substring(c.Start, c.End - c.Start)));

    [Fact]
    public void A_fields_source_map_traces_each_character_back_to_where_it_came_from()
    {
        const string markdown = "a &amp; b   `c d` [e](https://e.org) f";
        var content = new FieldReader(markdown, new MarkdownInlineReader(new Dictionary<string, string>())).ReadMarkdown(0, markdown.Length);

        Assert.Equal("a & b c d e f", content.Text);
        var expected = new (int Offset, int End)[]
        {
            // A collapsed space stands, empty, where the next character starts; an entity's or a code span's
            // characters stand for the whole of it.
            (0, 1), (2, 2), (2, 7), (8, 8), (8, 9), (12, 12),
            (12, 17), (12, 12), (12, 17), (19, 19), (19, 20), (37, 37), (37, 38),
        };
        Assert.Equal(expected, Enumerable.Range(0, content.Text.Length).Select(i => (content.Offsets[i], content.Ends[i])));

        // The search the readers use agrees with a scan of the offsets, for the field and for a slice of a slice.
        var slice = content.Slice(2, 11).Slice(2, 9);
        Assert.Equal("b c d e", slice.Text);
        foreach (var part in new[] { content, slice })
        {
            for (var offset = -1; offset <= markdown.Length + 1; offset++)
            {
                var scanned = Enumerable.Range(0, part.Offsets.Count).FirstOrDefault(i => part.Offsets[i] >= offset, part.Offsets.Count);
                Assert.Equal(scanned, part.TextIndexOf(offset));
            }
        }
    }

    [Fact]
    public void The_pipe_table_reader_splits_rows_at_unescaped_pipes_and_keeps_each_cells_range()
    {
        const string text = "| Name | Links |\n| --- | --- |\n| **A** \\| B | [x](https://e.com) |\n| C |";
        var table = PipeTableReader.TryRead(text, Lines(text), out var mismatch);

        Assert.Null(mismatch);
        Assert.NotNull(table);
        Assert.Equal("Name|Links", Cells(text, table.Header));
        Assert.Equal(new[] { "**A** \\| B|[x](https://e.com)", "C" }, table.ReadRows().Select(row => Cells(text, row)));
    }

    [Fact]
    public void The_pipe_table_reader_says_where_a_header_and_its_delimiter_row_disagree()
    {
        const string text = "| Name | Links | Year |\n| --- | --- |\n| A | B |";
        var table = PipeTableReader.TryRead(text, Lines(text), out var mismatch);

        Assert.Null(table);
        Assert.Equal((0, 3, 2), (mismatch!.Start, mismatch.HeaderCells, mismatch.DelimiterCells));
    }

    [Fact]
    public void The_html_table_reader_lays_out_rowspan_and_colspan_and_reports_what_is_not_closed()
    {
        const string text = "<table><tr><th>Kind</th><th>Name</th></tr><tr><td rowspan=\"2\">Attack</td><td>A</td></tr><tr><td>B</td></tr></table><td>stray";
        var tokenizer = new HtmlTokenizer();
        tokenizer.Tokenize(text, 0, text.Length);
        var tables = new List<RawTable>();
        var problems = new List<MarkupProblem>();

        HtmlTableReader.ReadAll(text, tokenizer.Tokens, tokenizer.Attributes, tables, problems);

        var table = Assert.Single(tables);
        Assert.Equal("Kind|Name", Cells(text, table.Header));
        Assert.Equal(new[] { "Attack|A", "Attack|B" }, table.ReadRows().Select(row => Cells(text, row)));
        Assert.True(table.ReadRows().Last().Cells[0].IsSpanned);
        Assert.Contains(problems, p => p.Message.Contains("outside a <table>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2401.00001", "None")]
    [InlineData("notes/orca.md", "None")]
    [InlineData("", "Empty")]
    [InlineData("broken-reference", "Placeholder")]
    [InlineData("#", "Placeholder")]
    [InlineData("javascript:alert(1)", "Invalid")]
    [InlineData("arxiv.org/pdf/2108.02099", "Invalid")]
    [InlineData("www.example.org/p", "Invalid")]
    [InlineData("README.md", "None")]
    [InlineData("papers/fast.pdf", "None")]
    [InlineData("v1.2/notes.md", "None")]
    public void The_link_target_check_tells_a_url_from_a_placeholder_and_what_is_none(string target, string problem) =>
        Assert.Equal(problem, LinkTargets.Check(target, out _).ToString());

    [Theory]
    [InlineData("2023-02", 2023, 2)]
    [InlineData("2024-09-01", 2024, 9)]
    [InlineData("June 2024", 2024, 6)]
    [InlineData("2019", 2019, 0)]
    public void The_date_parser_reads_year_and_month(string text, int year, int month)
    {
        Assert.True(DateParser.TryRead(text, out var readYear, out var readMonth, out var problem), problem);
        Assert.Equal((year, month), (readYear, readMonth));
    }

    [Fact]
    public void The_date_parser_says_why_a_date_does_not_parse()
    {
        Assert.False(DateParser.TryParse("2023-13", out _, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData(new[] { "Name", "Conference", "Links" }, "", 0, "Name,Venue,Links")]
    [InlineData(new[] { "Method", "Paper" }, "", 0, "Name,Paper")]
    [InlineData(new[] { "Year", "Title", "Venue", "Code" }, "", 1, "Date,Name,Venue,Other")]
    // A column of no known role (Code, Summary) is Other: its links keep their header as the constant's name.
    [InlineData(new[] { "Technique", "Summary" }, "Technique", 0, "Name,Other")]
    public void The_column_map_finds_the_name_column_and_each_columns_role(string[] headers, string nameColumn, int name, string roles)
    {
        var columns = ColumnMap.Create(headers, nameColumn);

        Assert.Equal(name, columns.NameColumn);
        Assert.Equal(roles, string.Join(",", columns.Roles));
    }
}
