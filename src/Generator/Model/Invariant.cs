using System.Globalization;

namespace PaperCatalog.Generator.Model;

/// <summary>Numbers as text the same on every machine: generated code, hint names and messages never follow the culture.</summary>
internal static class Invariant
{
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
