using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>Builds the root indexes (the <c>All</c> lists and section classes of each root) from the files' shapes.</summary>
internal static class RootIndexBuilder
{
    /// <summary>Groups the files by root class; files in path order, sections in order of first appearance.</summary>
    public static EquatableArray<RootIndexSpec> Build(ImmutableArray<CatalogShape> shapes)
    {
        var roots = new List<RootIndexSpec>();
        foreach (var root in CatalogRoots.Group(shapes, static s => s.Options, static s => s.FileKey))
        {
            var files = root.Files;
            var indexFiles = new IndexFile[files.Count];
            var sections = new List<(string Identifier, string Title, int Parent, List<string> Files)>();
            var sectionByPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var isPublic = false;
            for (var f = 0; f < files.Count; f++)
            {
                var file = files[f];
                isPublic |= file.Options.IsPublic;
                indexFiles[f] = new IndexFile(file.FileKey, file.Options.RelativePath, file.Title);
                var paths = SectionPaths.Of(file.Sections);
                for (var s = 0; s < file.Sections.Count; s++)
                {
                    var section = file.Sections[s];
                    if (!sectionByPath.TryGetValue(paths[s], out var index))
                    {
                        var parent = section.Parent >= 0 ? sectionByPath[paths[section.Parent]] : -1;
                        index = sections.Count;
                        sectionByPath.Add(paths[s], index);
                        sections.Add((section.Identifier, section.Title, parent, new List<string>()));
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

            roots.Add(new RootIndexSpec(root.Namespace, root.ClassName, isPublic, indexFiles.ToEquatableArray(), indexSections.ToEquatableArray()));
        }

        return roots.ToEquatableArray();
    }
}
