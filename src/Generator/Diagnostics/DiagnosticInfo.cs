using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// A diagnostic as an equatable value: its descriptor, where it is and its message arguments. The
/// <see cref="Diagnostic"/> and its <see cref="Location"/> are made only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    // Text from the Markdown in a message is cut here: a message is read by a person, and a hostile
    // cell can be a megabyte long.
    private const int MaxArgumentLength = 160;

    public string Id => Descriptor.Id;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, Shorten(arguments), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, LocationInfo additionalLocation, params string[] arguments) =>
        new(descriptor, location, Shorten(arguments), new[] { additionalLocation }.ToEquatableArray());

    public static EquatableArray<string> Shorten(string[] arguments)
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

        return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, additional, arguments);
    }
}
