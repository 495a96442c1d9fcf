using Markdig;
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
}
