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
    // Text from the Markdown in a message is cut here: a message is read by a person, and a hostile
    // cell can be a megabyte long.
    private const int MaxArgumentLength = 160;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, Shorten(arguments), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, LocationInfo additionalLocation, params string[] arguments) =>
        new(descriptor.Id, location, Shorten(arguments), new[] { additionalLocation }.ToEquatableArray());

    private static EquatableArray<string> Shorten(string[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Length > MaxArgumentLength)
            {
                arguments[i] = arguments[i].Substring(0, MaxArgumentLength) + "…";
            }
        }

        return arguments.ToEquatableArray();
    }

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
