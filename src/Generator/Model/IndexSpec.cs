using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PaperCatalog.Generator.Model;

/// <summary>One root class and everything declared once for it: modifiers, docs and the <c>All</c> lists.</summary>
internal sealed record RootIndexSpec(
    string Namespace,
    string ClassName,
    bool IsPublic,
    EquatableArray<IndexFile> Files,
    EquatableArray<IndexSection> Sections)
{
    /// <summary>Groups the files by root class; files in path order, sections in order of first appearance.</summary>
    public static EquatableArray<RootIndexSpec> Build(ImmutableArray<CatalogShape> shapes)
    {
        var groups = new SortedDictionary<(string Namespace, string ClassName), List<CatalogShape>>(RootComparer.Instance);
        foreach (var shape in shapes)
        {
            var key = (shape.Options.Namespace, shape.Options.ClassName);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<CatalogShape>();
            }

            list.Add(shape);
        }

        var roots = new List<RootIndexSpec>(groups.Count);
        foreach (var group in groups)
        {
            var files = group.Value;
            files.Sort(static (a, b) => CompareFiles(a.Options, a.FileKey, b.Options, b.FileKey));

            var indexFiles = new IndexFile[files.Count];
            var sections = new List<SectionBuilder>();
            var sectionByPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var isPublic = false;
            for (var f = 0; f < files.Count; f++)
            {
                var file = files[f];
                isPublic |= file.Options.IsPublic;
                indexFiles[f] = new IndexFile(file.FileKey, file.Options.RelativePath, file.Title);
                var paths = new string[file.Sections.Count];
                for (var s = 0; s < file.Sections.Count; s++)
                {
                    var section = file.Sections[s];
                    var parentPath = section.Parent >= 0 ? paths[section.Parent] : string.Empty;
                    var path = paths[s] = parentPath + "." + section.Identifier;
                    if (!sectionByPath.TryGetValue(path, out var index))
                    {
                        var parent = section.Parent >= 0 ? sectionByPath[parentPath] : -1;
                        index = sections.Count;
                        sectionByPath.Add(path, index);
                        sections.Add(new SectionBuilder(section.Identifier, section.Title, parent));
                    }

                    sections[index].Files.Add(file.FileKey);
                }
            }

            var indexSections = new IndexSection[sections.Count];
            for (var s = 0; s < indexSections.Length; s++)
            {
                var section = sections[s];
                indexSections[s] = new IndexSection(section.Identifier, section.Title, section.Parent, section.Files.ToEquatableArray());
            }

            roots.Add(new RootIndexSpec(group.Key.Namespace, group.Key.ClassName, isPublic, indexFiles.ToEquatableArray(), indexSections.ToEquatableArray()));
        }

        return roots.ToEquatableArray();
    }

    /// <summary>
    /// The order of a root's files, for its All lists and its lookups alike: by path (ordinal), then
    /// by key, so it never depends on the order the build lists the files in.
    /// </summary>
    public static int CompareFiles(CatalogOptions a, string aKey, CatalogOptions b, string bKey)
    {
        var byPath = string.CompareOrdinal(a.RelativePath, b.RelativePath);
        return byPath != 0 ? byPath : string.CompareOrdinal(aKey, bKey);
    }

    private sealed class SectionBuilder
    {
        public SectionBuilder(string identifier, string title, int parent)
        {
            Identifier = identifier;
            Title = title;
            Parent = parent;
        }

        public string Identifier { get; }

        public string Title { get; }

        public int Parent { get; }

        public List<string> Files { get; } = new();
    }

    private sealed class RootComparer : IComparer<(string Namespace, string ClassName)>
    {
        public static readonly RootComparer Instance = new();

        public int Compare((string Namespace, string ClassName) x, (string Namespace, string ClassName) y)
        {
            var byNamespace = string.CompareOrdinal(x.Namespace, y.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(x.ClassName, y.ClassName);
        }
    }
}

internal sealed record IndexFile(string FileKey, string RelativePath, string? Title);

/// <summary>A section class of a root, merged over the files that have it.</summary>
/// <param name="Parent">Index of the parent section, or -1 for the root class.</param>
/// <param name="FileKeys">The files that contribute entries to it, in file order.</param>
internal sealed record IndexSection(string Identifier, string Title, int Parent, EquatableArray<string> FileKeys);
