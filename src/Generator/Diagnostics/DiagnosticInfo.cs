using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// A diagnostic as an equatable value: its descriptor, where it is and its message arguments (made by
/// <see cref="DiagnosticMessages"/>, located by <see cref="DiagnosticMessage.At(LocationInfo?)"/>). The
/// <see cref="Diagnostic"/> and its <see cref="Location"/> are made only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public string Id => Descriptor.Id;

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
