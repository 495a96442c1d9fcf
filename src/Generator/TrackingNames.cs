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

    /// <summary>Each file's shape: the sections the root index needs.</summary>
    public const string Shapes = nameof(Shapes);

    /// <summary>All shapes together.</summary>
    public const string AllShapes = nameof(AllShapes);

    /// <summary>The root indexes built from all shapes.</summary>
    public const string Indexes = nameof(Indexes);
}
