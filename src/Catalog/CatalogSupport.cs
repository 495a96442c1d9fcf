using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;

namespace PaperCatalog;

/// <summary>Support for generated catalogs; not meant to be called by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class CatalogSupport
{
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
    /// <param name="files">The entries of each file.</param>
    /// <param name="fileAndEntry">Pairs of indexes: a file in <paramref name="files"/>, an entry in it.</param>
    /// <returns>A read-only list, in the order of the pairs.</returns>
    public static IReadOnlyList<Paper> Pick(Paper[][] files, int[] fileAndEntry)
    {
        var picked = new Paper[fileAndEntry.Length / 2];
        for (var i = 0; i < picked.Length; i++)
        {
            picked[i] = files[fileAndEntry[2 * i]][fileAndEntry[(2 * i) + 1]];
        }

        return new ReadOnlyCollection<Paper>(picked);
    }
}
