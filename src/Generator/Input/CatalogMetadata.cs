namespace PaperCatalog.Generator.Input;

/// <summary>
/// The analyzer-config keys a catalog file's options arrive under. The package's .targets copies each
/// <c>PaperCatalog</c> item's metadata onto its AdditionalFiles item under these names; the tool passes
/// the same keys when it hosts the generator, so both read a file's options the same way.
/// </summary>
internal static class CatalogMetadata
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    public const string IsCatalog = Prefix + "PaperCatalog";
    public const string ClassName = Prefix + "PaperCatalogClassName";
    public const string Namespace = Prefix + "PaperCatalogNamespace";
    public const string Accessibility = Prefix + "PaperCatalogAccessibility";
    public const string BaseUrl = Prefix + "PaperCatalogBaseUrl";
    public const string RepositoryPath = Prefix + "PaperCatalogRepositoryPath";
    public const string NameColumn = Prefix + "PaperCatalogNameColumn";

    // Global options: the project's, not an item's.
    public const string RootNamespace = "build_property.RootNamespace";
    public const string ProjectDirectory = "build_property.MSBuildProjectDirectory";
}
