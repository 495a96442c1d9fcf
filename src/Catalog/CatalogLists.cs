using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;

namespace PaperCatalog;

/// <summary>Support for generated catalogs; not meant to be called by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CatalogLists
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
}
