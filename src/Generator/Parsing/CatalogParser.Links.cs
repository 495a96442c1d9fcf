using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Parsing;

internal sealed partial class CatalogParser
{
    private Uri? _baseUri;
    private bool _baseUriRead;

    /// <summary>
    /// The URL a relative link resolves to: against <c>BaseUrl</c> + <c>RepositoryPath</c> (the file's own
    /// place in its repository) when the item gives a BaseUrl; the target as written otherwise.
    /// </summary>
    private string Resolve(string target, LinkKind kind)
    {
        var baseUri = BaseUri();
        if (baseUri is null || kind != LinkKind.Relative)
        {
            return target;
        }

        try
        {
            return new Uri(baseUri, target.Trim()).AbsoluteUri;
        }
        catch (UriFormatException)
        {
            return target;
        }
    }

    private Uri? BaseUri()
    {
        if (!_baseUriRead)
        {
            _baseUriRead = true;
            var options = _source.Options;
            if (options.BaseUrl.Length > 0 && Uri.TryCreate(options.BaseUrl.EndsWith("/", StringComparison.Ordinal) ? options.BaseUrl : options.BaseUrl + "/", UriKind.Absolute, out var root))
            {
                var repositoryPath = options.RepositoryPath.Length > 0 ? options.RepositoryPath : options.RelativePath;
                _baseUri = Uri.TryCreate(root, repositoryPath.TrimStart('/'), out var file) ? file : root;
            }
        }

        return _baseUri;
    }

    // The links kept relative (no BaseUrl): counted, and said once per file (PCAT307).
    private int _relativeLinkCount;
    private (LocationInfo Location, string Label, string Entry)? _firstRelativeLink;

    /// <summary>
    /// Notes a link kept relative: counted for the file's PCAT307, and when it points at a Markdown file,
    /// noted for the whole catalog's check (PCAT306).
    /// </summary>
    private void NoteRelativeLink(in CellLink link, string name, string sectionTitle)
    {
        if (BaseUri() is not null)
        {
            return;
        }

        _relativeLinkCount++;
        if (_firstRelativeLink is null)
        {
            var at = link.TargetEnd > link.TargetStart ? _lines.Locate(link.TargetStart, link.TargetEnd) : _lines.Locate(link.Start, link.End);
            _firstRelativeLink = (at, link.Label, name);
        }

        var path = link.Target.Trim();
        var cut = path.IndexOfAny(new[] { '#', '?' });
        path = cut >= 0 ? path.Substring(0, cut) : path;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var relativePath = _source.Options.RelativePath;
        var directory = relativePath.LastIndexOf('/') is var slash && slash >= 0 ? relativePath.Substring(0, slash + 1) : string.Empty;
        var target = NormalizePath(path.StartsWith("/", StringComparison.Ordinal) ? path.Substring(1) : directory + Uri.UnescapeDataString(path));
        var location = link.TargetEnd > link.TargetStart ? _lines.Locate(link.TargetStart, link.TargetEnd) : _lines.Locate(link.Start, link.End);
        _markdownLinks.Add(new MarkdownLinkFact(target, link.Target, link.Label, name, sectionTitle, location));
    }

    /// <summary>PCAT307 for the file, at its first relative link, with the count; null when every link is absolute.</summary>
    private DiagnosticInfo? RelativeLinksDiagnostic() =>
        _firstRelativeLink is { } first
            ? DiagnosticInfo.Create(DiagnosticDescriptors.RelativeLinks, first.Location, Number(_relativeLinkCount), _source.Options.RelativePath, first.Label, first.Entry)
            : null;

    /// <summary>Removes <c>.</c> and <c>name/..</c> segments; leading <c>..</c> (outside the project) stay.</summary>
    internal static string NormalizePath(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}

