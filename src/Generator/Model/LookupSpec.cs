using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Model;

/// <summary>The entries of one file that get no class, because an earlier file or a section took their name.</summary>
internal sealed record FileSkips(string FileKey, EquatableArray<int> Entries);

/// <summary>The lookup classes of one root class.</summary>
/// <param name="FileKeys">The root's files in path order; <see cref="PaperRef.File"/> indexes it.</param>
/// <param name="FileSizes">The number of entries of each of those files.</param>
internal sealed record LookupIndexSpec(
    string Namespace,
    string ClassName,
    EquatableArray<string> FileKeys,
    EquatableArray<int> FileSizes,
    EquatableArray<VenueLookup> Venues,
    EquatableArray<VenueSeriesLookup> Series,
    EquatableArray<NamedLookup> Institutions,
    EquatableArray<YearLookup> Years);

/// <summary>An entry of a root: the file (index into <see cref="LookupIndexSpec.FileKeys"/>) and its index there.</summary>
internal readonly record struct PaperRef(int File, int Entry);

/// <summary>One venue in one year (and detail): <c>Papers.Venues.OSDI2022</c>.</summary>
internal sealed record VenueLookup(string Identifier, string Text, string Name, int Year, VenueKind Kind, string? Detail, EquatableArray<PaperRef> Papers);

/// <summary>One venue over all years: <c>Papers.Venues.OSDI</c>.</summary>
internal sealed record VenueSeriesLookup(string Identifier, string Name, EquatableArray<PaperRef> Papers);

/// <summary>An institution: <c>Papers.Institutions.UCBerkeley</c>.</summary>
internal sealed record NamedLookup(string Identifier, string Name, EquatableArray<PaperRef> Papers);

/// <summary>A year: <c>Papers.Years.Y2022</c>.</summary>
internal sealed record YearLookup(string Identifier, int Year, EquatableArray<PaperRef> Papers);

/// <summary>What one file's source is generated from: its spec and the entries that get no class.</summary>
internal sealed record FileOutput(CatalogFileSpec Spec, EquatableArray<int> Skipped);
