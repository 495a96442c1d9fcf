using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Markdig, used for the block structure only (headings, paragraphs, HTML blocks, lists; code blocks out
/// of the way). Every span it gives is an offset into the text the parser reads itself.
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>Parses the block structure. Offsets in the result are offsets into <paramref name="text"/>.</summary>
    public static MarkdownDocument Parse(string text) => Markdown.Parse(BlankWhitespaceLines(text), Pipeline);

    /// <summary>
    /// Markdig 0.31 (the newest the .NET Framework compiler can load, see the README's design notes) does
    /// not end an HTML block at a line of spaces, which CommonMark counts as blank, so the table after a
    /// <c>&lt;summary&gt;</c> line and an indented blank line vanished into the HTML. Each space or tab of
    /// such a line becomes a line end: the line is blank to any version, and no offset moves.
    /// </summary>
    internal static string BlankWhitespaceLines(string text)
    {
        char[]? copy = null;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            if (i > lineStart && IsSpacesOrTabs(text, lineStart, i))
            {
                copy ??= text.ToCharArray();
                for (var j = lineStart; j < i; j++)
                {
                    copy[j] = '\n';
                }
            }

            lineStart = i + 1;
        }

        return copy is null ? text : new string(copy);
    }

    private static bool IsSpacesOrTabs(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Replace<ParagraphBlockParser>(new RoomyParagraphBlockParser());

        // Only the block structure is wanted from Markdig: cells and headings are read by
        // MarkdownInlineReader, so Markdig's inline pass (quadratic on big pipe tables) is switched off.
        foreach (var parser in builder.BlockParsers)
        {
            if (parser is ParagraphBlockParser or HeadingBlockParser)
            {
                parser.Closed += static (_, block) => ((LeafBlock)block).ProcessInlines = false;
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Markdig 0.31 reads a paragraph's link reference definition past its last line when the paragraph's
    /// line array is exactly full (8, 16, 32 … lines) and an unclosed <c>[</c> runs to its end: an
    /// IndexOutOfRangeException (fixed upstream in xoofx/markdig#710, after 0.31). A paragraph gets one
    /// free slot before Markdig looks for a definition in it.
    /// </summary>
    private sealed class RoomyParagraphBlockParser : ParagraphBlockParser
    {
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            MakeRoom(block);
            return base.TryContinue(processor, block);
        }

        public override bool Close(BlockProcessor processor, Block block)
        {
            MakeRoom(block);
            return base.Close(processor, block);
        }

        private static void MakeRoom(Block block)
        {
            if (block is not ParagraphBlock paragraph || paragraph.Lines.Lines is not { } array || paragraph.Lines.Count < array.Length)
            {
                return;
            }

            // Doubled, as Markdig grows it: a long paragraph (a pipe table) is copied O(log n) times.
            var roomy = new StringLineGroup(array.Length * 2);
            for (var i = 0; i < paragraph.Lines.Count; i++)
            {
                roomy.Add(ref array[i]);
            }

            paragraph.Lines = roomy;
        }
    }
}
