using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PaperCatalog.CodeGeneration;

/// <summary>
/// What generated catalogs call, in a namespace of its own as System.Text.Json's <c>Serialization.Metadata</c> is:
/// not meant to be called by hand, hidden from IntelliSense, and free to grow with the generator (its parameters
/// are types that can take new members without a new signature).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class CatalogSupport
{
    /// <summary>A venue, for generated code that compiles with C# 7.3 (which cannot set init-only properties).</summary>
    /// <param name="text">The venue as written.</param>
    /// <param name="url">The link of the venue cell, or null.</param>
    /// <param name="name">The normalized name, or null.</param>
    /// <param name="year">The year, or 0 for none.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="arxivId">A preprint's arXiv identifier, or null.</param>
    /// <param name="detail">What follows the year, or null.</param>
    /// <returns>The venue.</returns>
    public static Venue CreateVenue(string text, string? url, string? name, int year, VenueKind kind, string? arxivId, string? detail) =>
        new(text) { Url = url, Name = name, Year = year > 0 ? year : null, Kind = kind, ArxivId = arxivId, Detail = detail };

    /// <summary>Joins parts of a catalog into one read-only list, in order.</summary>
    /// <param name="parts">The parts: a file's entries, or a section's run of them.</param>
    /// <returns>A read-only list that cannot be cast back to a mutable array.</returns>
    public static IReadOnlyList<Paper> Concat(params IEnumerable<Paper>[] parts)
    {
        var all = new List<Paper>();
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return new ReadOnlyCollection<Paper>(all);
    }

    /// <summary>Picks entries of a catalog's files into one read-only list.</summary>
    /// <param name="files">The entries of each file, in the catalog's order.</param>
    /// <param name="steps">
    /// The entries to pick, in catalog order, each as the step from the previous one's position (the first from
    /// -1) over all files' entries one after another, in base 36, separated by commas: <c>"1,2,a"</c> picks
    /// positions 0, 2 and 12. Steps are short where a list of pairs of indexes would not be.
    /// </param>
    /// <returns>A read-only list, in catalog order.</returns>
    public static IReadOnlyList<Paper> Pick(Paper[][] files, string steps)
    {
        var picked = new List<Paper>();
        if (steps.Length == 0)
        {
            return new ReadOnlyCollection<Paper>(picked);
        }

        var file = 0;
        var fileStart = 0;
        var position = -1;
        var step = 0;
        for (var i = 0; i <= steps.Length; i++)
        {
            if (i < steps.Length && steps[i] != ',')
            {
                var c = steps[i];
                step = (step * 36) + (c <= '9' ? c - '0' : c - 'a' + 10);
                continue;
            }

            position += step;
            step = 0;
            while (position - fileStart >= files[file].Length)
            {
                fileStart += files[file].Length;
                file++;
            }

            picked.Add(files[file][position - fileStart]);
        }

        return new ReadOnlyCollection<Paper>(picked);
    }

    /// <summary>
    /// The list <see cref="Pick(Paper[][], string)"/> makes, made on first use and kept in <paramref name="cache"/>:
    /// every caller gets the same list, even when threads race to make it.
    /// </summary>
    /// <param name="cache">Where the list is kept (a generated lookup class's slot).</param>
    /// <param name="files">The entries of each file, in the catalog's order.</param>
    /// <param name="steps">The entries to pick, as <see cref="Pick(Paper[][], string)"/> reads them.</param>
    /// <returns>A read-only list, in catalog order.</returns>
    public static IReadOnlyList<Paper> Pick(ref IReadOnlyList<Paper>? cache, Paper[][] files, string steps)
    {
        var list = Volatile.Read(ref cache);
        if (list is null)
        {
            var picked = Pick(files, steps);
            list = Interlocked.CompareExchange(ref cache, picked, null) ?? picked;
        }

        return list;
    }

    // Each catalog's index by key, made on its first Find and kept while the catalog lives.
    private static readonly ConditionalWeakTable<IReadOnlyList<Paper>, Dictionary<PaperKey, List<Paper>>> Indexes = new();

    /// <summary>Every entry of <paramref name="catalog"/> whose <see cref="Paper.Key"/> is the key of <paramref name="key"/>.</summary>
    /// <param name="catalog">A root's <c>All</c>.</param>
    /// <param name="key">A key (<c>arXiv:2305.05920</c>), a link to the paper, a bare arXiv identifier or DOI (<see cref="PaperKey.Parse"/>).</param>
    /// <returns>The entries, in catalog order; empty when none (or the text is no key).</returns>
    public static IReadOnlyList<Paper> Find(IReadOnlyList<Paper> catalog, string key) =>
        PaperKey.Parse(key ?? throw new System.ArgumentNullException(nameof(key))) is { } parsed ? Find(catalog, parsed) : System.Array.Empty<Paper>();

    internal static IReadOnlyList<Paper> Find(IReadOnlyList<Paper> catalog, PaperKey key)
    {
        var index = Indexes.GetValue(catalog, static all =>
        {
            var byKey = new Dictionary<PaperKey, List<Paper>>();
            foreach (var paper in all)
            {
                if (!byKey.TryGetValue(paper.Key, out var papers))
                {
                    byKey.Add(paper.Key, papers = new List<Paper>(1));
                }

                papers.Add(paper);
            }

            return byKey;
        });

        return index.TryGetValue(key, out var found) ? found.AsReadOnly() : System.Array.Empty<Paper>();
    }
}
