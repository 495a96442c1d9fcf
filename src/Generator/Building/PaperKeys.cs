using System;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// What tells one paper behind different links: its arXiv identifier without version (<c>abs</c>, <c>pdf</c> and
/// <c>…v2</c> are one), its DOI (case-insensitive; doi.org, dx.doi.org and the ACM library's <c>doi/…</c> pages), else
/// its URL without scheme, <c>www.</c>, fragment or trailing slash; a relative link as written.
/// </summary>
internal static class PaperKeys
{
    /// <summary>The key of the paper at <paramref name="url"/> (<c>arXiv:2305.05920</c>, <c>doi:10.1145/…</c>, <c>url:…</c>), or null.</summary>
    public static string? Of(string? url)
    {
        if (url is null || url.Length == 0)
        {
            return null;
        }

        LinkClassifier.Classify(url, out var arxivId, out var doi, out _);
        if (arxivId is not null)
        {
            return "arXiv:" + arxivId;
        }

        if (doi is not null)
        {
            return "doi:" + doi.ToLowerInvariant();
        }

        var key = url.Trim();
        if (!key.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !key.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // A relative link (a file of the repository, an anchor) is the same only as written.
            return "path:" + key;
        }

        var fragment = key.IndexOf('#');
        key = fragment >= 0 ? key.Substring(0, fragment) : key;
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        key = scheme >= 0 ? key.Substring(scheme + 3) : key;
        key = key.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? key.Substring(4) : key;
        var slash = key.IndexOf('/');
        // The host is case-insensitive, the path is not.
        key = slash >= 0 ? key.Substring(0, slash).ToLowerInvariant() + key.Substring(slash) : key.ToLowerInvariant();
        key = key.TrimEnd('/');
        return key.IndexOf('.') > 0 ? "url:" + key : null;
    }
}
