using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// A diagnostic as an equatable value: its descriptor's ID, where it is and its message arguments.
/// The <see cref="Diagnostic"/> and its <see cref="Location"/> are made only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, LocationInfo additionalLocation, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), new[] { additionalLocation }.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Find(Id);
        var additional = new Location[AdditionalLocations.Count];
        for (var i = 0; i < additional.Length; i++)
        {
            additional[i] = AdditionalLocations[i].ToLocation();
        }

        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, additional, arguments);
    }
}
