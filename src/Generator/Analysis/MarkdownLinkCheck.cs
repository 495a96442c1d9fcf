using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>
/// PCAT306: a link kept relative to a Markdown file in a folder that holds catalog files, which is not an
/// item itself: most likely a paper list the project forgot. Links to other Markdown files (reading notes)
/// are normal in a list kept on GitHub; each file counts those once (PCAT307, at Info).
/// </summary>
internal static class MarkdownLinkCheck
{
    public static EquatableArray<DiagnosticInfo> Run(ImmutableArray<EquatableArray<MarkdownLinkFact>> links, ImmutableArray<string> catalogPaths)
    {
        var known = new HashSet<string>(catalogPaths, StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in catalogPaths)
        {
            folders.Add(FolderOf(path));
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in links)
        {
            foreach (var link in file)
            {
                if (!known.Contains(link.TargetPath) && folders.Contains(FolderOf(link.TargetPath)))
                {
                    diagnostics.Add(DiagnosticMessages.MarkdownLinkOutsideCatalog(link.Label, entry: link.EntryName, link.Section, target: link.Written).At(link.Location));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }
}
