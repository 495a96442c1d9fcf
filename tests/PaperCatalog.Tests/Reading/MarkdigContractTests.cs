using Markdig.Helpers;
using Markdig.Syntax;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Tests.Reading;

/// <summary>
/// What the parser relies on Markdig for, pinned down, so that moving to another Markdig version (the
/// package holds Markdig 0.31 for the .NET Framework compiler's sake) cannot change what a catalog reads
/// without a test failing here first. Spans are offsets into the text as given, end inclusive.
/// </summary>
public sealed class MarkdigContractTests
{
    private static List<Block> Blocks(string markdown) => MarkdownBlocks.Parse(markdown).Descendants().OfType<Block>().ToList();

    private static string Text(string markdown, Block block) => markdown.Substring(block.Span.Start, block.Span.Length);

    [Fact]
    public void Headings_give_their_level_and_the_span_of_their_line()
    {
        const string markdown = "# Title\n\n## Inference\n\n### Sub *section*\n";

        var headings = Blocks(markdown).OfType<HeadingBlock>().ToList();

        Assert.Equal(new[] { 1, 2, 3 }, headings.Select(h => h.Level));
        Assert.Equal("## Inference", Text(markdown, headings[1]));
        var slice = headings[2].Lines.Lines[0].Slice;
        Assert.Equal("Sub *section*", markdown.Substring(slice.Start, slice.Length));
    }

    [Fact]
    public void A_pipe_table_is_one_paragraph_with_one_line_per_row_as_written()
    {
        // No table extension: the rows stay as written, a short row is not padded.
        const string markdown = "## S\n\n| Name | Conference |\n| --- | --- |\n| **Orca** | OSDI 2022 |\n| Short |\n\nAfter.\n";

        var paragraph = Blocks(markdown).OfType<ParagraphBlock>().First();

        Assert.Null(paragraph.Inline);
        var rows = paragraph.Lines.Lines.Take(paragraph.Lines.Count).Select(l => markdown.Substring(l.Slice.Start, l.Slice.Length)).ToList();
        Assert.Equal(new[] { "| Name | Conference |", "| --- | --- |", "| **Orca** | OSDI 2022 |", "| Short |" }, rows);
    }

    [Fact]
    public void A_pipe_table_with_a_rule_right_under_it_is_a_setext_heading_whose_lines_are_the_rows()
    {
        // GitHub shows a table and a rule; CommonMark without the table extension underlines a paragraph.
        const string markdown = "## S\n\n| Name | Year |\n| --- | --- |\n| **Orca** | 2022 |\n----------\n\nAfter.\n";

        var heading = Blocks(markdown).OfType<HeadingBlock>().Last();

        Assert.True(heading.IsSetext);
        Assert.Equal(2, heading.Level);
        var rows = heading.Lines.Lines.Take(heading.Lines.Count).Select(l => markdown.Substring(l.Slice.Start, l.Slice.Length)).ToList();
        Assert.Equal(new[] { "| Name | Year |", "| --- | --- |", "| **Orca** | 2022 |" }, rows);
    }

    [Fact]
    public void A_one_line_html_table_is_one_html_block_over_its_line()
    {
        const string markdown = "## S\n\n<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>Orca</td></tr></tbody></table>\n\n## T\n";

        var html = Assert.Single(Blocks(markdown).OfType<HtmlBlock>());

        Assert.Equal(markdown.Split('\n')[2], Text(markdown, html));
    }

    [Fact]
    public void A_blank_line_ends_an_html_block_so_a_table_with_blank_lines_spans_several_blocks()
    {
        const string markdown = "<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr>\n</table>\n";

        var html = Blocks(markdown).OfType<HtmlBlock>().ToList();

        Assert.Equal(2, html.Count);
        Assert.Equal("<table>\n<tr><td>a</td></tr>", Text(markdown, html[0]));
    }

    // Markdig 0.31 threw IndexOutOfRangeException for a paragraph of exactly 8, 16, 32 … lines that opens an
    // unclosed link label (a 1,000,000-case fuzz run found it: "[\nN\nS\nA\nS\nM\nD\n.\n").
    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(7)]
    [InlineData(9)]
    public void A_paragraph_that_fills_its_line_array_with_an_unclosed_label_parses(int lines)
    {
        var markdown = "[\n" + string.Concat(Enumerable.Repeat("x\n", lines - 1));

        var paragraph = Assert.Single(Blocks(markdown).OfType<ParagraphBlock>());

        Assert.Equal(lines, paragraph.Lines.Count);
        Assert.Equal(0, paragraph.Span.Start);
    }

    [Fact]
    public void The_fuzz_case_that_threw_gives_a_catalog_without_entries_and_no_failure()
    {
        var result = Catalogs.Parse("[\nN\nS\nA\nS\nM\nD\n.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PCAT005");
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("\t")]
    [InlineData(" \t ")]
    public void A_line_of_spaces_is_blank_and_ends_an_html_block(string spaces)
    {
        // Awesome-LLM: <details>, <summary>, an indented blank line, then the table. Markdig 0.31 alone
        // kept the table inside the HTML block; MarkdownBlocks blanks such lines without moving offsets.
        var markdown = $"<details>\n\n<summary> milestone papers </summary>\n{spaces}\n| Date | keywords |\n| --- | --- |\n| 2017-06 | Transformers |\n";

        var blocks = Blocks(markdown);

        Assert.Equal("<summary> milestone papers </summary>", Text(markdown, blocks.OfType<HtmlBlock>().Last()));
        var paragraph = Assert.Single(blocks.OfType<ParagraphBlock>());
        Assert.StartsWith("| Date | keywords |", Text(markdown, paragraph));
    }

    [Fact]
    public void Blanking_lines_of_spaces_keeps_every_offset_and_every_other_character()
    {
        const string markdown = "a  \n  \r\n\t\nb\r\n  ";

        var blanked = MarkdownBlocks.BlankWhitespaceLines(markdown);

        Assert.Equal("a  \n\n\n\r\n\n\nb\r\n\n\n", blanked);
        Assert.Same("no blank line", MarkdownBlocks.BlankWhitespaceLines("no blank line"));
    }

    [Fact]
    public void Code_blocks_hide_what_looks_like_a_table_or_a_heading()
    {
        const string markdown = "```\n| Name |\n| --- |\n## Not a heading\n```\n\n    | Name |\n    | --- |\n";

        var blocks = Blocks(markdown);

        Assert.Empty(blocks.OfType<ParagraphBlock>());
        Assert.Empty(blocks.OfType<HeadingBlock>());
        Assert.Equal(2, blocks.OfType<CodeBlock>().Count());
    }

    [Fact]
    public void Lists_give_items_with_their_paragraphs_and_nested_lists_in_order()
    {
        const string markdown = "* Orca ([OSDI 2022](x))\n  * Seoul National University & FriendliAI\n  * Iteration-level scheduling.\n* Mixtral\n";

        var blocks = Blocks(markdown);

        var items = blocks.OfType<ListItemBlock>().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(2, blocks.OfType<ListBlock>().Count());
        Assert.Equal(
            new[] { "Orca ([OSDI 2022](x))", "Seoul National University & FriendliAI", "Iteration-level scheduling.", "Mixtral" },
            blocks.OfType<ParagraphBlock>().Select(p => Text(markdown, p)));
        Assert.Same(items[0], items[1].Parent!.Parent);
    }

    [Fact]
    public void Link_reference_definitions_are_collected_and_leave_no_paragraph()
    {
        const string markdown = "| Name | Links |\n| --- | --- |\n| Orca | [Paper][orca] |\n\n[orca]: https://example.org/orca\n";

        var document = MarkdownBlocks.Parse(markdown);

        var definitions = document.GetLinkReferenceDefinitions(false);
        Assert.NotNull(definitions);
        Assert.Equal("https://example.org/orca", definitions!.Links["orca"].Url);
    }

    [Fact]
    public void Nesting_past_the_limit_is_an_argument_exception_that_says_nested()
    {
        var markdown = new string('>', 100_000) + " deep\n";

        var exception = Assert.ThrowsAny<ArgumentException>(() => MarkdownBlocks.Parse(markdown));

        Assert.Contains("nested", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LinkHelper_parses_inline_destinations_and_titles_and_gives_the_url_span()
    {
        const string text = "(https://example.org/a_(b) \"title\") rest";
        var slice = new StringSlice(text, 0, text.Length - 1);

        Assert.True(LinkHelper.TryParseInlineLink(ref slice, out var url, out var title, out var urlSpan, out _));

        Assert.Equal("https://example.org/a_(b)", url);
        Assert.Equal("title", title);
        Assert.Equal("https://example.org/a_(b)", text.Substring(urlSpan.Start, urlSpan.Length));
        Assert.Equal(text.IndexOf(" rest", StringComparison.Ordinal), slice.Start);

        var unclosed = new StringSlice("(https://example.org", 0, 19);
        Assert.False(LinkHelper.TryParseInlineLink(ref unclosed, out _, out _, out _, out _));
    }

    [Theory]
    [InlineData("<https://example.org/x>", "https://example.org/x", false)]
    [InlineData("<someone@example.org>", "someone@example.org", true)]
    public void LinkHelper_parses_autolinks(string text, string expected, bool isEmail)
    {
        var slice = new StringSlice(text, 0, text.Length - 1);

        Assert.True(LinkHelper.TryParseAutolink(ref slice, out var url, out var email));

        Assert.Equal((expected, isEmail), (url, email));
    }

    [Theory]
    [InlineData("amp", "&")]
    [InlineData("nbsp", "\u00A0")]
    [InlineData("ndash", "\u2013")]
    [InlineData("notanentity", null)]
    public void EntityHelper_decodes_html5_named_entities(string name, string? expected)
    {
        Assert.Equal(expected, EntityHelper.DecodeEntity(name.AsSpan()));
    }

    [Theory]
    [InlineData(' ', 'a', true, true, false)]
    [InlineData('a', ' ', true, false, true)]
    [InlineData('a', 'b', true, true, true)]
    [InlineData('a', 'b', false, false, false)]
    public void CharHelper_decides_whether_a_delimiter_run_opens_or_closes(char before, char after, bool isStar, bool opens, bool closes)
    {
        // isStar false is '_': intraword underscores neither open nor close (snake_case stays text).
        CharHelper.CheckOpenCloseDelimiter(before, after, isStar, out var canOpen, out var canClose);

        Assert.Equal((opens, closes), (canOpen, canClose));
    }
}
