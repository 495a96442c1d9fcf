using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// What relative links of one file become. With a <c>BaseUrl</c>, a relative link resolves against it and
/// the file's place in its repository (<c>RepositoryPath</c>). Without one it stays as written: the file's
/// relative links are counted for one message (PCAT307), and those to Markdown files are kept for the
/// whole catalog's check (PCAT306).
/// </summary>
internal sealed class LinkResolver
{
    private readonly CatalogOptions _options;
    private readonly DiagnosticSink _sink;
    private readonly Uri? _baseUri;
    private readonly List<MarkdownLinkFact> _markdownLinks = new();
    private int _relativeCount;
    private (LocationInfo Location, string Label, string Entry)? _firstRelative;

    public LinkResolver(CatalogOptions options, DiagnosticSink sink)
    {
        _options = options;
        _sink = sink;
        _baseUri = BaseUri(options);
    }

    /// <summary>The relative links to Markdown files that stay relative, for PCAT306.</summary>
    public List<MarkdownLinkFact> MarkdownLinks => _markdownLinks;

    /// <summary>The URL a valid link's target becomes.</summary>
    public string Resolve(in FieldLink link)
    {
        if (_baseUri is null || link.Kind != LinkKind.Relative)
        {
            return link.Target;
        }

        try
        {
            return new Uri(_baseUri, link.Target.Trim()).AbsoluteUri;
        }
        catch (UriFormatException)
        {
            return link.Target;
        }
    }

    /// <summary>Notes a valid link of entry <paramref name="entryName"/>: a relative one that stays relative is counted, and kept when it points at a Markdown file.</summary>
    public void Note(in FieldLink link, string entryName, string sectionTitle)
    {
        if (_baseUri is not null || link.Kind != LinkKind.Relative)
        {
            return;
        }

        _relativeCount++;
        var location = _sink.Locate(link.TargetSpan);
        _firstRelative ??= (location, link.Label, entryName);

        var path = link.Target.Trim();
        var cut = path.IndexOfAny(new[] { '#', '?' });
        path = cut >= 0 ? path.Substring(0, cut) : path;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var relativePath = _options.RelativePath;
        var directory = relativePath.LastIndexOf('/') is var slash && slash >= 0 ? relativePath.Substring(0, slash + 1) : string.Empty;
        var target = NormalizePath(path.StartsWith("/", StringComparison.Ordinal) ? path.Substring(1) : directory + Uri.UnescapeDataString(path));
        _markdownLinks.Add(new MarkdownLinkFact(target, link.Target, link.Label, entryName, sectionTitle, location));
    }

    /// <summary>PCAT307 for the file, at its first relative link, with the count; null when every link is absolute.</summary>
    public DiagnosticInfo? RelativeLinksDiagnostic() =>
        _firstRelative is { } first
            ? DiagnosticMessages.RelativeLinks(_relativeCount, _options.RelativePath, firstLabel: first.Label, firstEntry: first.Entry).At(first.Location)
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

    private static Uri? BaseUri(CatalogOptions options)
    {
        if (options.BaseUrl.Length == 0
            || !Uri.TryCreate(options.BaseUrl.EndsWith("/", StringComparison.Ordinal) ? options.BaseUrl : options.BaseUrl + "/", UriKind.Absolute, out var root))
        {
            return null;
        }

        var repositoryPath = options.RepositoryPath.Length > 0 ? options.RepositoryPath : options.RelativePath;
        return Uri.TryCreate(root, repositoryPath.TrimStart('/'), out var file) ? file : root;
    }
}
