using System;
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
    private readonly bool _recordOffsets;
    private int[] _offsets = System.Array.Empty<int>();
    private int[] _ends = System.Array.Empty<int>();
    private int _recorded;
    private bool _pendingSpace;

    public TextAccumulator(bool recordOffsets = false) => _recordOffsets = recordOffsets;

    public bool IsEmpty => _builder.Length == 0;

    public void Clear()
    {
        _builder.Clear();
        _recorded = 0;
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
        var i = start;
        while (i < end)
        {
            if (IsCollapsibleWhitespace(text[i]))
            {
                _pendingSpace = true;
                i++;
                continue;
            }

            // A run of characters that are kept as they are, appended at once.
            var runEnd = i + 1;
            while (runEnd < end && !IsCollapsibleWhitespace(text[runEnd]))
            {
                runEnd++;
            }

            var offset = literalStart >= 0 ? literalStart : i;
            if (_pendingSpace)
            {
                if (_builder.Length > 0)
                {
                    // A collapsed run of whitespace: it stands where the next character starts, and is empty.
                    Record(offset, offset);
                    _builder.Append(' ');
                }

                _pendingSpace = false;
            }

            if (_recordOffsets)
            {
                Reserve(runEnd - i);
                for (var k = i; k < runEnd; k++, _recorded++)
                {
                    _offsets[_recorded] = literalStart >= 0 ? literalStart : k;
                    _ends[_recorded] = literalStart >= 0 ? literalEnd : k + 1;
                }
            }

            _builder.Append(text, i, runEnd - i);
            i = runEnd;
        }
    }

    /// <summary>Where the character about to be appended came from, and where its source ends.</summary>
    private void Record(int offset, int end)
    {
        if (_recordOffsets)
        {
            Reserve(1);
            _offsets[_recorded] = offset;
            _ends[_recorded] = end;
            _recorded++;
        }
    }

    private void Reserve(int more)
    {
        if (_recorded + more > _offsets.Length)
        {
            var size = Math.Max(Math.Max(64, _offsets.Length * 2), _recorded + more);
            System.Array.Resize(ref _offsets, size);
            System.Array.Resize(ref _ends, size);
        }
    }

    /// <summary>For each character of the text, the source offset it came from (never decreasing).</summary>
    public int[] Offsets() => Recorded(_offsets);

    /// <summary>For each character of the text, where its source ends (an entity's or a code span's whole).</summary>
    public int[] Ends() => Recorded(_ends);

    private int[] Recorded(int[] values)
    {
        if (_recorded == 0)
        {
            return System.Array.Empty<int>();
        }

        var copy = new int[_recorded];
        System.Array.Copy(values, copy, copy.Length);
        return copy;
    }

    public override string ToString() => _builder.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCollapsibleWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
