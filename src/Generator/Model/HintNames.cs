namespace PaperCatalog.Generator.Model;

/// <summary>The names of the generated sources: one prefix, so a consumer can tell them apart from its own and from other generators'.</summary>
internal static class HintNames
{
    private const string Prefix = "PaperCatalog.";

    /// <summary><c>PaperCatalog.File.{key}.g.cs</c>: one Markdown file's classes.</summary>
    public static string ForFile(string fileKey) => Prefix + "File." + fileKey + ".g.cs";

    /// <summary><c>PaperCatalog.{Namespace}.{Class}{suffix}.g.cs</c>: a root class's index or lookups.</summary>
    public static string ForRoot(string ns, string className, string suffix) =>
        Prefix + (ns.Length > 0 ? ns + "." : string.Empty) + className + suffix + ".g.cs";
}
