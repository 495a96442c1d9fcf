namespace PaperCatalog.Generator;

/// <summary>The names of the generator's pipeline steps, for tests that check what each run cached.</summary>
public static class TrackingNames
{
    /// <summary>Catalog files read from AdditionalFiles with their options (null for other files).</summary>
    public const string CatalogSources = nameof(CatalogSources);

    /// <summary>The catalog files only.</summary>
    public const string CatalogFiles = nameof(CatalogFiles);

    /// <summary>Each file parsed into a spec and diagnostics.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>Each file's spec, without diagnostics: the input of its source output.</summary>
    public const string FileSpecs = nameof(FileSpecs);

    /// <summary>Each file's diagnostics, without the spec.</summary>
    public const string FileDiagnostics = nameof(FileDiagnostics);

    /// <summary>Each file's locations of sections and entries, for the catalog's own diagnostics.</summary>
    public const string FileLocations = nameof(FileLocations);

    /// <summary>Each file's relative links to Markdown files.</summary>
    public const string MarkdownLinks = nameof(MarkdownLinks);

    /// <summary>Every file's spec together.</summary>
    public const string AllSpecs = nameof(AllSpecs);

    /// <summary>The catalog model: clashes across files, lookup classes, problems.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>The entries that get no class, per file.</summary>
    public const string Skips = nameof(Skips);

    /// <summary>What the consumer's language version lets generated code use.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>Each file's spec with its skipped entries: the input of its source output.</summary>
    public const string FileOutputs = nameof(FileOutputs);

    /// <summary>The lookup classes (venues, institutions, years) of every root.</summary>
    public const string Lookups = nameof(Lookups);

    /// <summary>Every file's locations together.</summary>
    public const string AllLocations = nameof(AllLocations);

    /// <summary>The catalog's own diagnostics, located.</summary>
    public const string CatalogDiagnostics = nameof(CatalogDiagnostics);

    /// <summary>The paths of every catalog file, for the Markdown link check.</summary>
    public const string CatalogPaths = nameof(CatalogPaths);

    /// <summary>Diagnostics for relative links to Markdown files outside the catalog.</summary>
    public const string LinkDiagnostics = nameof(LinkDiagnostics);

    /// <summary>Each file's shape: the sections the root index needs.</summary>
    public const string Shapes = nameof(Shapes);

    /// <summary>All shapes together.</summary>
    public const string AllShapes = nameof(AllShapes);

    /// <summary>The root indexes built from all shapes.</summary>
    public const string Indexes = nameof(Indexes);

    /// <summary>Each file's suppression comments.</summary>
    public const string FileSuppressions = nameof(FileSuppressions);

    /// <summary>All files' suppression comments together.</summary>
    public const string AllSuppressions = nameof(AllSuppressions);

    /// <summary>All files' own diagnostics together.</summary>
    public const string AllFileDiagnostics = nameof(AllFileDiagnostics);

    /// <summary>Every step's diagnostics, less those a suppression comment covers: what the build reports.</summary>
    public const string ReportedDiagnostics = nameof(ReportedDiagnostics);
}
