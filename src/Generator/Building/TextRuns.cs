namespace PaperCatalog.Generator.Building;

/// <summary>
/// The punctuation the field readers trim and split on, as shared arrays: netstandard2.0 has only the
/// <c>params char[]</c> overloads of <c>Trim</c> and <c>Split</c>, which allocate an array at every call, and these
/// run for every candidate part of every entry.
/// </summary>
internal static class TextRuns
{
    /// <summary>The full stop and comma that end a run of text in a sentence.</summary>
    public static readonly char[] SentenceEnd = { '.', ',' };

    public static readonly char[] SentenceEndOrSemicolon = { '.', ',', ';' };

    public static readonly char[] ListSeparators = { ',', ';' };

    public static readonly char[] Space = { ' ' };

    public static readonly char[] Comma = { ',' };

    public static readonly char[] Dot = { '.' };

    public static readonly char[] Colon = { ':' };

    public static readonly char[] CommaOrSpace = { ',', ' ' };

    /// <summary>The number of words of a text whose spaces are single: its spaces and one.</summary>
    /// <summary>How many capital letters the text has (<c>TCYB</c> 4, <c>NeurIPS</c> 4, <c>June</c> 1).</summary>
    public static int Capitals(string? text)
    {
        var capitals = 0;
        foreach (var c in text ?? string.Empty)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals;
    }

    public static int WordCount(string text)
    {
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }
}
