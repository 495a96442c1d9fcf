using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>PCAT306: a link kept relative to a Markdown file that no PaperCatalog item holds.</summary>
internal static class MarkdownLinkCheck
{
    public static EquatableArray<DiagnosticInfo> Run(ImmutableArray<EquatableArray<MarkdownLinkFact>> links, ImmutableArray<string> catalogPaths)
    {
        var known = new HashSet<string>(catalogPaths, StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in links)
        {
            foreach (var link in file)
            {
                if (!known.Contains(link.TargetPath))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MarkdownLinkOutsideCatalog, link.Location, link.Label, link.EntryName, link.Section, link.Written));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
