namespace PaperCatalog.Generator.Model;

/// <summary>One root class and everything declared once for it: modifiers, docs and the <c>All</c> lists.</summary>
internal sealed record RootIndexSpec(
    string Namespace,
    string ClassName,
    bool IsPublic,
    EquatableArray<IndexFile> Files,
    EquatableArray<IndexSection> Sections);

internal sealed record IndexFile(string FileKey, string RelativePath, string? Title);

/// <summary>A section class of a root, merged over the files that have it.</summary>
/// <param name="Parent">Index of the parent section, or -1 for the root class.</param>
/// <param name="FileKeys">The files that contribute entries to it, in file order.</param>
internal sealed record IndexSection(string Identifier, string Title, int Parent, EquatableArray<string> FileKeys);
