namespace PaperCatalog.Generator.Model;

/// <summary>How messages name the part of a file before its first section heading.</summary>
internal static class SectionTitles
{
    public const string TopLevel = "(top level)";
}
