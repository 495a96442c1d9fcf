using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// A set of words that ignores case and can be asked about a range of a string without cutting it out: the author
/// reader asks it about every word of every candidate list of names.
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] _byLength;

    /// <param name="words">Lowercase words.</param>
    public WordSet(params string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        var buckets = new List<string>[longest + 1];
        foreach (var word in words)
        {
            (buckets[word.Length] ??= new List<string>()).Add(word);
        }

        _byLength = new string[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = buckets[length]?.ToArray() ?? Array.Empty<string>();
        }
    }

    public bool Contains(string text) => Contains(text, 0, text.Length);

    public bool Contains(string text, int start, int length)
    {
        if (length == 0 || length >= _byLength.Length)
        {
            return false;
        }

        var first = char.ToLowerInvariant(text[start]);
        foreach (var word in _byLength[length])
        {
            // The words are lowercase: most are told apart by their first letter, without a comparison.
            if (word[0] == first && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
