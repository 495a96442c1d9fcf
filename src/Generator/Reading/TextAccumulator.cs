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
    private SourceRun[] _runs = System.Array.Empty<SourceRun>();
    private int _runCount;
    private bool _pendingSpace;

    public TextAccumulator(bool recordOffsets = false) => _recordOffsets = recordOffsets;

    public bool IsEmpty => _builder.Length == 0;

    public void Clear()
    {
        _builder.Clear();
        _runCount = 0;
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
                if (literalStart >= 0)
                {
                    Record(literalStart, literalEnd);
                }
                else
                {
                    RecordVerbatim(i);
                }
            }

            _builder.Append(text, i, runEnd - i);
            i = runEnd;
        }
    }

    /// <summary>Where the characters about to be appended came from: each of them from one source range (an entity, a collapsed space).</summary>
    private void Record(int offset, int end)
    {
        if (_recordOffsets)
        {
            var last = _runCount - 1;
            if (last >= 0 && _runs[last].SourceEnd == end && _runs[last].SourceStart == offset)
            {
                return;
            }

            Add(new SourceRun(_builder.Length, offset, end));
        }
    }

    /// <summary>Characters about to be appended as they are in the source, from <paramref name="offset"/> on.</summary>
    private void RecordVerbatim(int offset)
    {
        var last = _runCount - 1;
        if (last >= 0 && _runs[last].IsVerbatim && _runs[last].SourceStart + (_builder.Length - _runs[last].TextStart) == offset)
        {
            return;
        }

        Add(new SourceRun(_builder.Length, offset, SourceRun.Verbatim));
    }

    private void Add(SourceRun run)
    {
        if (_runCount == _runs.Length)
        {
            System.Array.Resize(ref _runs, Math.Max(16, _runs.Length * 2));
        }

        _runs[_runCount++] = run;
    }

    /// <summary>For each character of the text, the source range it came from.</summary>
    public SourceMap SourceMap() => _recordOffsets && _runCount > 0 && _builder.Length > 0 ? new SourceMap(_runs, _runCount, _builder.Length) : Reading.SourceMap.Empty;

    public override string ToString() => _builder.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCollapsibleWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
