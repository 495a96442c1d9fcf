using System.Collections.Generic;
using System.ComponentModel;

namespace PaperCatalog.CodeGeneration;

/// <summary>
/// What the chunks of one file's entry data share while <see cref="CatalogSupport.ReadEntries"/> reads them: made
/// once per file by generated code; not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryDataContext
{
    /// <param name="sections">The section paths that the data's section indexes refer to.</param>
    /// <param name="sourceFile">The Markdown file of the entries, relative to the project.</param>
    public EntryDataContext(string[][] sections, string sourceFile)
    {
        Sections = sections;
        SourceFile = sourceFile;
    }

    /// <param name="sections">The section paths that the data's section indexes refer to.</param>
    /// <param name="sourceFile">The Markdown file of the entries, relative to the project.</param>
    /// <param name="catalog">The catalog the file is part of (its root's <c>All</c>), for <see cref="Paper.AlsoIn"/>.</param>
    public EntryDataContext(string[][] sections, string sourceFile, System.Func<IReadOnlyList<Paper>> catalog)
        : this(sections, sourceFile)
    {
        Catalog = catalog;
    }

    internal System.Func<IReadOnlyList<Paper>>? Catalog { get; }

    internal string[][] Sections { get; }

    internal string SourceFile { get; }

    // The file's strings so far, by number: later chunks refer back to them.
    internal List<string> Strings { get; } = new();
}
