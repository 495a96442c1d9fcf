using System;
using System.Collections.Generic;
using System.Text;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Model.Invariant;

namespace PaperCatalog.Generator.Building;

/// <summary>What a declared order sorts by.</summary>
internal enum OrderKey : byte
{
    Year,
    Date,
    Title,
    Name,
}

/// <summary>An order comment, <c>&lt;!-- papercatalog order: year desc --&gt;</c>, and where it is.</summary>
internal readonly record struct OrderDirective(int Start, int End, OrderKey Key, bool Descending)
{
    public string Describe() => Key.ToString().ToLowerInvariant() + (Descending ? " desc" : " asc");
}

/// <summary>An entry as the order check sees it: its block (a table, a list), its text range and its keys.</summary>
internal sealed record OrderedEntry(int Block, int Start, int End, int Line, string Name, string? Title, int Year, int Month, LocationInfo NameLocation, string Section);

/// <summary>
/// Declared orders (PCAT501, PCAT502). A comment before the first heading declares the order of every table and list
/// of the file; one elsewhere, of the next table or list. An entry whose key is out of order is reported where it is,
/// with the entry it belongs before; the first report of a block carries the fix, the block's entries in order (whole
/// lines moved, none changed: its lines are a permutation of the block's), when its entries are whole lines apart.
/// </summary>
internal static class DeclaredOrder
{
    private const string Directive = "papercatalog order";

    public static List<OrderDirective> Read(string text, DiagnosticSink sink)
    {
        var directives = new List<OrderDirective>();
        foreach (var (start, end, body) in CommentScanner.Comments(text))
        {
            if (!body.StartsWith(Directive, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TryParse(body.Substring(Directive.Length).TrimStart().TrimStart(':'), out var key, out var descending, out var problem))
            {
                directives.Add(new OrderDirective(start, end, key, descending));
            }
            else
            {
                sink.Report(DiagnosticMessages.InvalidOrder(comment: body, problem), (start, end));
            }
        }

        return directives;
    }

    private static bool TryParse(string text, out OrderKey key, out bool descending, out string problem)
    {
        key = OrderKey.Year;
        descending = false;
        problem = string.Empty;
        var words = text.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            problem = "it names no key";
            return false;
        }

        switch (words[0].ToLowerInvariant())
        {
            case "year": key = OrderKey.Year; break;
            case "date": key = OrderKey.Date; break;
            case "title": key = OrderKey.Title; break;
            case "name": key = OrderKey.Name; break;
            default:
                problem = $"'{words[0]}' is not a key";
                return false;
        }

        // Newest first is how lists by year or date are kept; titles and names read A to Z.
        descending = key is OrderKey.Year or OrderKey.Date;
        if (words.Length >= 2)
        {
            switch (words[1].ToLowerInvariant())
            {
                case "asc": descending = false; break;
                case "desc": descending = true; break;
                default:
                    problem = $"'{words[1]}' is neither asc nor desc";
                    return false;
            }
        }

        if (words.Length > 2)
        {
            problem = $"'{words[2]}' follows the direction";
            return false;
        }

        return true;
    }

    /// <summary>Checks every block an order applies to; <paramref name="firstHeading"/> is where the first heading starts (the text's length if none).</summary>
    public static void Check(string text, LineIndex lines, List<OrderDirective> directives, int firstHeading, List<OrderedEntry> entries, DiagnosticSink sink)
    {
        if (directives.Count == 0 || entries.Count == 0)
        {
            return;
        }

        OrderDirective? fileWide = null;
        var byBlock = new Dictionary<int, OrderDirective>();
        foreach (var directive in directives)
        {
            if (directive.Start < firstHeading)
            {
                fileWide = directive;
                continue;
            }

            // The next table or list after the comment: the first block whose first entry follows it.
            foreach (var entry in entries)
            {
                if (entry.Start > directive.End)
                {
                    byBlock[entry.Block] = directive;
                    break;
                }
            }
        }

        var start = 0;
        while (start < entries.Count)
        {
            var end = start;
            while (end < entries.Count && entries[end].Block == entries[start].Block)
            {
                end++;
            }

            if ((byBlock.TryGetValue(entries[start].Block, out var declared) ? declared : fileWide) is { } order)
            {
                CheckBlock(text, lines, order, entries.GetRange(start, end - start), sink);
            }

            start = end;
        }
    }

    private static void CheckBlock(string text, LineIndex lines, OrderDirective order, List<OrderedEntry> block, DiagnosticSink sink)
    {
        var keys = new SortKey[block.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = SortKey.Of(block[i], order.Key);
        }

        int Compare(int x, int y) => order.Descending ? -keys[x].CompareTo(keys[y]) : keys[x].CompareTo(keys[y]);

        var last = -1;
        var fixOffered = false;
        for (var i = 0; i < block.Count; i++)
        {
            if (!keys[i].HasKey)
            {
                continue;
            }

            if (last >= 0 && Compare(last, i) > 0)
            {
                var before = 0;
                while (!keys[before].HasKey || Compare(before, i) <= 0)
                {
                    before++;
                }

                var diagnostic = DiagnosticMessages.OutOfOrder(
                    named: block[i].Name, section: block[i].Section, order: order.Describe(), where: $"before '{block[before].Name}' on line {Number(block[before].Line)}").At(block[i].NameLocation);
                if (!fixOffered && Reordered(text, lines, block, keys, Compare) is { } fix)
                {
                    diagnostic = diagnostic.WithFix(fix);
                }

                fixOffered = true;
                sink.Add(diagnostic);
                continue;
            }

            last = i;
        }
    }

    /// <summary>
    /// The block's lines with its entries in order (a stable sort; entries without the key last), or null when its
    /// entries are not whole lines of their own (one-line HTML tables, several entries of one item, sub-items).
    /// </summary>
    private static FixEdit? Reordered(string text, LineIndex lines, List<OrderedEntry> block, SortKey[] keys, Func<int, int, int> compare)
    {
        var firstLines = new int[block.Count];
        var indent = -1;
        for (var i = 0; i < block.Count; i++)
        {
            var line = lines.LineOf(block[i].Start);
            var lineStart = lines.LineStart(line);
            if ((i > 0 && line <= firstLines[i - 1]) || (indent >= 0 && block[i].Start - lineStart != indent))
            {
                return null;
            }

            indent = block[i].Start - lineStart;
            firstLines[i] = line;
        }

        var lastLine = lines.LineOf(Math.Max(block[block.Count - 1].Start, block[block.Count - 1].End - 1));
        var regionStart = lines.LineStart(firstLines[0]);
        var regionEnd = lastLine + 1 < lines.LineCount ? lines.LineStart(lastLine + 1) : text.Length;
        var chunks = new string[block.Count];
        for (var i = 0; i < block.Count; i++)
        {
            var chunkStart = lines.LineStart(firstLines[i]);
            var chunkEnd = i + 1 < block.Count ? lines.LineStart(firstLines[i + 1]) : regionEnd;
            chunks[i] = text.Substring(chunkStart, chunkEnd - chunkStart);
        }

        // The last chunk may end the file without a line end: it borrows the first chunk's while it moves, and the
        // region keeps its own ending.
        var lineEnd = LineEnd(chunks[0]);
        var endsWithout = LineEnd(chunks[chunks.Length - 1]).Length == 0;
        if (endsWithout)
        {
            chunks[chunks.Length - 1] += lineEnd;
        }

        var sorted = new int[block.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = i;
        }

        // Stable: ties keep the order written (the index breaks them).
        Array.Sort(sorted, (x, y) =>
        {
            var byKey = keys[x].HasKey && keys[y].HasKey ? compare(x, y) : keys[y].HasKey.CompareTo(keys[x].HasKey);
            return byKey != 0 ? byKey : x.CompareTo(y);
        });

        var builder = new StringBuilder(regionEnd - regionStart + lineEnd.Length);
        foreach (var index in sorted)
        {
            builder.Append(chunks[index]);
        }

        if (endsWithout)
        {
            builder.Length -= lineEnd.Length;
        }

        return new FixEdit(regionStart, regionEnd - regionStart, builder.ToString());
    }

    /// <summary>What an entry sorts by, made once per entry: a number (year, date) or a normalized text (title, name).</summary>
    private readonly record struct SortKey(bool HasKey, int Number, string Text) : IComparable<SortKey>
    {
        public static SortKey Of(OrderedEntry entry, OrderKey key) => key switch
        {
            OrderKey.Year => new SortKey(entry.Year > 0, entry.Year, string.Empty),
            OrderKey.Date => new SortKey(entry.Year > 0, (entry.Year * 100) + entry.Month, string.Empty),
            OrderKey.Title => new SortKey(true, 0, PaperKeys.Normalized(entry.Title ?? entry.Name)),
            _ => new SortKey(true, 0, PaperKeys.Normalized(entry.Name)),
        };

        public int CompareTo(SortKey other)
        {
            var byNumber = Number.CompareTo(other.Number);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(Text, other.Text);
        }
    }

    private static string LineEnd(string chunk) =>
        chunk.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : chunk.EndsWith("\n", StringComparison.Ordinal) ? "\n" : chunk.EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty;
}
