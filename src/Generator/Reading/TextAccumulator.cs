using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Builds the plain text of a cell, a link label or a list item: runs of HTML/Markdown whitespace
/// (space, tab, CR, LF, FF) become one space and the ends are trimmed. Other characters, including
/// U+00A0 and U+2028, are kept exactly: they are content, and the emitter escapes them. When asked to, it
/// also records where each character came from in the source, so a part of the text can be traced back.
/// </summary>
internal sealed class TextAccumulator
{
    private readonly StringBuilder _builder = new();
    private readonly List<int>? _offsets;
    private readonly List<int>? _ends;
    private bool _pendingSpace;

    public TextAccumulator(bool recordOffsets = false)
    {
        _offsets = recordOffsets ? new List<int>() : null;
        _ends = recordOffsets ? new List<int>() : null;
    }

    public bool IsEmpty => _builder.Length == 0;

    public void Clear()
    {
        _builder.Clear();
        _offsets?.Clear();
        _ends?.Clear();
        _pendingSpace = false;
    }

    public void Break() => _pendingSpace = true;

    public void Append(string text) => Append(text, 0, text.Length, -1, -1);

    /// <summary>Appends source text: each character's source offset is its index in <paramref name="text"/>.</summary>
    public void Append(string text, int start, int length) => Append(text, start, length, -1, -1);

    /// <summary>Appends text that stands for the source <c>[sourceStart, sourceEnd)</c> (a decoded entity, a code span).</summary>
    public void AppendLiteral(string value, int sourceStart, int sourceEnd) => Append(value, 0, value.Length, sourceStart, sourceEnd);

    private void Append(string text, int start, int length, int literalStart, int literalEnd)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsCollapsibleWhitespace(c))
            {
                _pendingSpace = true;
                continue;
            }

            var offset = literalStart >= 0 ? literalStart : i;
            if (_pendingSpace)
            {
                if (_builder.Length > 0)
                {
                    // A collapsed run of whitespace: it stands where the next character starts, and is empty.
                    _builder.Append(' ');
                    _offsets?.Add(offset);
                    _ends?.Add(offset);
                }

                _pendingSpace = false;
            }

            _builder.Append(c);
            _offsets?.Add(offset);
            _ends?.Add(literalStart >= 0 ? literalEnd : i + 1);
        }
    }

    /// <summary>For each character of the text, the source offset it came from (never decreasing).</summary>
    public int[] Offsets() => _offsets is { Count: > 0 } offsets ? offsets.ToArray() : System.Array.Empty<int>();

    /// <summary>For each character of the text, where its source ends (an entity's or a code span's whole).</summary>
    public int[] Ends() => _ends is { Count: > 0 } ends ? ends.ToArray() : System.Array.Empty<int>();

    public override string ToString() => _builder.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCollapsibleWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
