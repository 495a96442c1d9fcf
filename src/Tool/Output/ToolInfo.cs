using System.Reflection;

namespace PaperCatalog.Tool.Output;

/// <summary>The tool's name, version and home, as reports name their producer.</summary>
internal static class ToolInfo
{
    public const string Name = "papercatalog";

    public static string Version { get; } = ReadVersion();

    public static string InformationUri { get; } = typeof(ToolInfo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "PaperCatalogRepositoryUrl")?.Value ?? string.Empty;

    // The informational version without the commit the SDK appends ("0.1.0+abc123").
    private static string ReadVersion()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
