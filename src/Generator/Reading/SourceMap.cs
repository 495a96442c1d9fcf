using System;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Where a stretch of a field's text came from: from <see cref="TextStart"/> on, either characters copied as they
/// are from <see cref="SourceStart"/> on (<see cref="IsVerbatim"/>), or characters that all stand for the source
/// <c>[SourceStart, SourceEnd)</c> (a decoded entity, a code span, a collapsed run of whitespace).
/// </summary>
internal readonly struct SourceRun
{
    public const int Verbatim = -1;

    public SourceRun(int textStart, int sourceStart, int sourceEnd)
    {
        TextStart = textStart;
        SourceStart = sourceStart;
        SourceEnd = sourceEnd;
    }

    public int TextStart { get; }

    public int SourceStart { get; }

    public int SourceEnd { get; }

    public bool IsVerbatim => SourceEnd == Verbatim;
}

/// <summary>
/// For each character of a field's text, the source range it came from, kept as runs: most text is copied from the
/// source as it is, so a field of hundreds of characters needs a few runs where a pair of offsets per character
/// cost eight bytes a character (a ninth of what reading the wild lists allocated).
/// </summary>
internal sealed class SourceMap
{
    public static readonly SourceMap Empty = new(Array.Empty<SourceRun>(), 0, 0);

    private readonly SourceRun[] _runs;

    public SourceMap(SourceRun[] runs, int runCount, int length)
    {
        _runs = new SourceRun[runCount];
        Array.Copy(runs, _runs, runCount);
        Length = length;
    }

    /// <summary>How many characters the map covers.</summary>
    public int Length { get; }

    public OffsetView Offsets => new(this, 0, Length, ends: false);

    public OffsetView Ends => new(this, 0, Length, ends: true);

    /// <summary>Where the character at <paramref name="index"/> came from, or where its source ends.</summary>
    public int At(int index, bool end)
    {
        // The last run starting at or before the index.
        int low = 0, high = _runs.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (_runs[mid].TextStart <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var run = _runs[low];
        if (!run.IsVerbatim)
        {
            return end ? run.SourceEnd : run.SourceStart;
        }

        var offset = run.SourceStart + (index - run.TextStart);
        return end ? offset + 1 : offset;
    }

    /// <summary>The index of the first character that comes from <paramref name="offset"/> or later (<see cref="Length"/> if none).</summary>
    public int FirstAtOrAfter(int offset)
    {
        // The first run whose last character comes from the offset or later: offsets never decrease.
        int low = 0, high = _runs.Length;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (LastOffsetOf(mid) < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        if (low == _runs.Length)
        {
            return Length;
        }

        var run = _runs[low];
        return run.IsVerbatim ? run.TextStart + Math.Max(0, offset - run.SourceStart) : run.TextStart;
    }

    private int LastOffsetOf(int runIndex)
    {
        var run = _runs[runIndex];
        var next = runIndex + 1 < _runs.Length ? _runs[runIndex + 1].TextStart : Length;
        return run.IsVerbatim ? run.SourceStart + (next - 1 - run.TextStart) : run.SourceStart;
    }
}

/// <summary>
/// A field's source offsets (or the ends of their sources), or a part of them without a copy: a slice of a slice
/// looks into the same map.
/// </summary>
internal readonly struct OffsetView
{
    public static readonly OffsetView Empty = new(SourceMap.Empty, 0, 0, ends: false);

    private readonly SourceMap _map;
    private readonly int _start;
    private readonly bool _ends;

    public OffsetView(SourceMap map, int start, int count, bool ends)
    {
        _map = map;
        _start = start;
        Count = count;
        _ends = ends;
    }

    public int Count { get; }

    public int this[int index] => (uint)index < (uint)Count ? _map.At(_start + index, _ends) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The index of the first offset at or after <paramref name="offset"/> (<see cref="Count"/> if none): what a binary search over the view finds. Asked of source offsets, not of their ends.</summary>
    public int FirstAtOrAfter(int offset) => Count == 0 ? 0 : Math.Min(Count, Math.Max(_start, _map.FirstAtOrAfter(offset)) - _start);

    public OffsetView Part(int start, int count) => count <= 0 ? new OffsetView(SourceMap.Empty, 0, 0, _ends) : new OffsetView(_map, _start + start, count, _ends);
}
