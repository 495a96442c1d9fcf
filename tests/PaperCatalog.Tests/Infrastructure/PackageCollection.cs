namespace PaperCatalog.Tests.Infrastructure;

/// <summary>The test classes that use the packed package share one pack, and run one after another (each runs dotnet builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Package";
}
