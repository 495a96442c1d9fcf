using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>
/// The files of one root class (one namespace and class name), in the order every list of the root uses:
/// by path (ordinal), then by key, so it never depends on the order the build lists the files in.
/// </summary>
internal sealed class CatalogRoot<T>
{
    public CatalogRoot(string ns, string className, List<T> files)
    {
        Namespace = ns;
        ClassName = className;
        Files = files;
    }

    public string Namespace { get; }

    public string ClassName { get; }

    public List<T> Files { get; }
}

/// <summary>Groups catalog files by root class, roots in ordinal order of namespace and class name.</summary>
internal static class CatalogRoots
{
    public static List<CatalogRoot<T>> Group<T>(IEnumerable<T> files, Func<T, CatalogOptions> options, Func<T, string> fileKey)
    {
        var groups = new SortedDictionary<(string Namespace, string ClassName), List<T>>(RootComparer.Instance);
        foreach (var file in files)
        {
            var key = (options(file).Namespace, options(file).ClassName);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<T>();
            }

            list.Add(file);
        }

        var roots = new List<CatalogRoot<T>>(groups.Count);
        foreach (var group in groups)
        {
            group.Value.Sort((a, b) =>
            {
                var byPath = string.CompareOrdinal(options(a).RelativePath, options(b).RelativePath);
                return byPath != 0 ? byPath : string.CompareOrdinal(fileKey(a), fileKey(b));
            });
            roots.Add(new CatalogRoot<T>(group.Key.Namespace, group.Key.ClassName, group.Value));
        }

        return roots;
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

/// <summary>
/// The key of a class member across a root's files: the path of section identifiers from the root
/// (<c>.Inference.Serving</c>) and the member's identifier. One section path in two files is one class.
/// </summary>
internal static class SectionPaths
{
    /// <summary>The path of each section of a file, parents before children.</summary>
    public static string[] Of<TSection>(IReadOnlyList<TSection> sections)
        where TSection : ISectionNode
    {
        var paths = new string[sections.Count];
        for (var s = 0; s < paths.Length; s++)
        {
            var section = sections[s];
            paths[s] = Member(section.Parent >= 0 ? paths[section.Parent] : string.Empty, section.Identifier);
        }

        return paths;
    }

    /// <summary>The key of member <paramref name="identifier"/> of the class at <paramref name="parentPath"/> (empty for the root).</summary>
    public static string Member(string parentPath, string identifier) => parentPath + "." + identifier;
}
