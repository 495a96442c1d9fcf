using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Analysis;

/// <summary>Turns the catalog's problems into diagnostics, with locations from each file's <see cref="FileLocations"/>.</summary>
internal static class ProblemLocator
{
    public static EquatableArray<DiagnosticInfo> Locate(CatalogModel model, ImmutableArray<FileLocations> locations)
    {
        if (model.Problems.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var byFile = new Dictionary<string, FileLocations>(StringComparer.Ordinal);
        foreach (var file in locations)
        {
            byFile[file.FileKey] = file;
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var problem in model.Problems)
        {
            var location = Locate(byFile, problem.Site);
            var other = problem.Other is { } site ? Locate(byFile, site) : null;
            var diagnostic = problem.Message.At(location, other);
            diagnostics.Add(problem.Replace is { } replace && location is not null
                ? diagnostic.WithFix(new FixEdit(location.Start, location.Length, replace.New, OldText: replace.Old))
                : diagnostic);
        }

        return diagnostics.ToEquatableArray();
    }

    private static LocationInfo? Locate(Dictionary<string, FileLocations> files, SiteRef site)
    {
        if (!files.TryGetValue(site.FileKey, out var file))
        {
            return null;
        }

        switch (site.Kind)
        {
            case SiteKind.Section:
                return site.Index < file.Sections.Count ? file.Sections[site.Index] : null;
            case SiteKind.EntryName when site.Index < file.Entries.Count:
                return file.Entries[site.Index].Name;
            case SiteKind.EntryVenue when site.Index < file.Entries.Count:
                return file.Entries[site.Index].Venue ?? file.Entries[site.Index].Name;
            case SiteKind.EntryInstitution when site.Index < file.Entries.Count:
                var institutions = file.Entries[site.Index].Institutions;
                return site.Item < institutions.Count ? institutions[site.Item] : file.Entries[site.Index].Name;
            case SiteKind.EntryLink when site.Index < file.Entries.Count:
                var links = file.Entries[site.Index].Links;
                return site.Item < links.Count ? links[site.Item] : file.Entries[site.Index].Name;
            default:
                return null;
        }
    }
}
