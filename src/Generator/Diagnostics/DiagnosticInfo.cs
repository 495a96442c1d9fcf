using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// A diagnostic as an equatable value: its descriptor, where it is and its message arguments (made by
/// <see cref="DiagnosticMessages"/>, located by <see cref="DiagnosticMessage.At(LocationInfo?)"/>), and the edits
/// that fix it when the fix is mechanical. The <see cref="Diagnostic"/> and its <see cref="Location"/> are made
/// only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations,
    EquatableArray<FixEdit> Fix = default)
{
    public string Id => Descriptor.Id;

    /// <summary>The same diagnostic with the edits that fix it.</summary>
    public DiagnosticInfo WithFix(params FixEdit[] edits) => this with { Fix = edits.ToEquatableArray() };

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

        return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, additional, FixEdit.ToProperties(Fix), arguments);
    }
}

/// <summary>
/// One edit of a fix, in UTF-16 offsets of the Markdown file: replace <see cref="Length"/> characters at
/// <see cref="Start"/> by <see cref="NewText"/>; with <see cref="OldText"/>, replace that text where it stands inside
/// the range instead (the catalog step knows where a link is, not where its URL starts). Carried to hosts in the
/// diagnostic's properties (<see cref="PropertyPrefix"/> and its index), which is how <c>papercatalog lint --fix</c>
/// and SARIF <c>fixes</c> get them.
/// </summary>
internal readonly record struct FixEdit(int Start, int Length, string NewText, string? OldText = null)
{
    public const string PropertyPrefix = "PaperCatalog.Fix.";

    public static ImmutableDictionary<string, string?>? ToProperties(EquatableArray<FixEdit> edits)
    {
        if (edits.IsEmpty)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            // start,length,old length,old text then new text: lengths first, so neither text needs escaping.
            var old = edit.OldText ?? string.Empty;
            builder.Add(
                PropertyPrefix + i.ToString(CultureInfo.InvariantCulture),
                string.Join(",", edit.Start.ToString(CultureInfo.InvariantCulture), edit.Length.ToString(CultureInfo.InvariantCulture), (edit.OldText is null ? -1 : old.Length).ToString(CultureInfo.InvariantCulture), string.Empty)
                + old + edit.NewText);
        }

        return builder.ToImmutable();
    }
}
