// Shared with the generator (compiled into both, as LinkClassifier.cs is): the build's duplicate checks and the
// runtime's Paper.Key and Find must tell the same paper by the same rule.
using System;
using System.Collections.Generic;
using System.Text;

#if PAPERCATALOG_GENERATOR
namespace PaperCatalog.Generator.Shared;
#else
namespace PaperCatalog;
#endif

/// <summary>
/// The identity of a paper as text, <c>kind:value</c> (<c>arXiv:2305.05920</c>): from the strongest evidence an
/// entry holds (an arXiv identifier without version, a DOI, an OpenReview forum, an ACL Anthology, USENIX,
/// PMLR, NeurIPS or CVF paper), else its paper URL normalized (when it names a document, not a site), else its title normalized, else its name.
/// </summary>
internal static class PaperKeys
{
    // In order of strength: an entry's key is its strongest link's.
    public const string Arxiv = "arXiv:";
    public const string Doi = "doi:";
    public const string OpenReview = "openreview:";
    public const string AclAnthology = "acl:";
    public const string Usenix = "usenix:";
    public const string Pmlr = "pmlr:";
    public const string NeurIps = "neurips:";
    public const string Cvf = "cvf:";
    public const string Url = "url:";
    public const string Title = "title:";
    public const string Name = "name:";

    /// <summary>Every prefix, strongest first.</summary>
    public static readonly string[] Prefixes = { Arxiv, Doi, OpenReview, AclAnthology, Usenix, Pmlr, NeurIps, Cvf, Url, Title, Name };

    /// <summary>
    /// The key of an entry and the link it comes from: the strongest identifier among its paper links (see
    /// <see cref="IdentifierOf(string)"/>), else the first paper link that names a document, normalized; else (link -1)
    /// its title, else its name. Which links are the paper's is the caller's to say: the build knows (a title link, a
    /// <c>Paper</c> column, a link labelled <c>pdf</c>), a badge or a link in the remarks is not one.
    /// </summary>
    public static (string Key, int Link) OfEntry<TLink>(IReadOnlyList<TLink> links, Func<TLink, string> url, Func<TLink, int, bool> isPaperLink, string? title, string name)
    {
        string? strongest = null;
        var rank = int.MaxValue;
        var strongestLink = -1;
        string? document = null;
        var documentLink = -1;
        for (var i = 0; i < links.Count; i++)
        {
            if (!isPaperLink(links[i], i))
            {
                continue;
            }

            // Each link is split once: an entry's key is made for every entry of every build.
            var target = url(links[i]).Trim();
            if (!LinkClassifier.TrySplitWebUrl(target, out var host, out var path))
            {
                continue;
            }

            if (IdentifierOf(target, host, path) is { } key)
            {
                var keyRank = RankOf(key);
                if (keyRank < rank)
                {
                    (strongest, rank, strongestLink) = (key, keyRank, i);
                }
            }
            else if (document is null && !LinkClassifier.HostIs(host, "github.com") && NamesADocument(target, path))
            {
                (document, documentLink) = (Url + NormalizedUrl(target), i);
            }
        }

        return strongest is not null ? (strongest, strongestLink)
            : document is not null ? (document, documentLink)
            : (OfText(title, name), -1);
    }

    /// <summary>The key a paper link gives (<see cref="OfEntry"/> chose it), or null when it gives none.</summary>
    public static string? OfPaperLink(string url)
    {
        var target = url.Trim();
        if (!LinkClassifier.TrySplitWebUrl(target, out var host, out var path))
        {
            return null;
        }

        return IdentifierOf(target, host, path) ?? (!LinkClassifier.HostIs(host, "github.com") && NamesADocument(target, path) ? Url + NormalizedUrl(target) : null);
    }

    /// <summary>The key of an entry without a paper link: its title normalized, else its name.</summary>
    public static string OfText(string? title, string name)
    {
        var normalizedTitle = title is null ? string.Empty : Normalized(title);
        return normalizedTitle.Length > 0 ? Title + normalizedTitle : Name + Normalized(name);
    }

    /// <summary>The key of one URL: its identifier when it has one, else the URL normalized; null for no web URL.</summary>
    public static string? OfUrl(string url) =>
        IdentifierOf(url) ?? (LinkClassifier.IsWebUrl(url.Trim()) ? Url + NormalizedUrl(url.Trim()) : null);

    /// <summary>
    /// The key of a link that names a paper by an identifier: arXiv (<c>abs</c>, <c>pdf</c>, <c>html</c>, any version),
    /// a DOI (doi.org, dx.doi.org, a publisher's <c>/doi/…</c> page), OpenReview (<c>forum</c>, <c>pdf</c>), ACL
    /// Anthology, a USENIX presentation page or its PDF, PMLR, NeurIPS proceedings, CVF open access. Null for others.
    /// </summary>
    public static string? IdentifierOf(string url)
    {
        var trimmed = url.Trim();
        return LinkClassifier.TrySplitWebUrl(trimmed, out var host, out var path) ? IdentifierOf(trimmed, host, path) : null;
    }

    private static string? IdentifierOf(string url, string host, string path)
    {
        if (LinkClassifier.HostIs(host, "github.com"))
        {
            return null;
        }

        if (LinkClassifier.HostIs(host, "arxiv.org"))
        {
            return LinkClassifier.ArxivIdFromPath(path) is { } arxivId ? Arxiv + arxivId : null;
        }

        var doi = LinkClassifier.HostIs(host, "doi.org") || LinkClassifier.HostIs(host, "dx.doi.org") ? LinkClassifier.DoiFrom(path.TrimStart('/'))
            : LinkClassifier.HostIs(host, "dl.acm.org") ? LinkClassifier.AcmDoi(path)
            : PublisherDoi(path);
        if (doi is not null)
        {
            return Doi + doi.ToLowerInvariant();
        }

        if (LinkClassifier.HostIs(host, "openreview.net"))
        {
            return QueryValue(url, "id") is { Length: > 0 } forum ? OpenReview + forum : null;
        }

        if (LinkClassifier.HostIs(host, "aclanthology.org") || LinkClassifier.HostIs(host, "aclweb.org"))
        {
            var segment = LastSegment(path.StartsWith("/anthology/", StringComparison.OrdinalIgnoreCase) ? path.Substring(10) : path);
            return segment.Length > 0 && segment.IndexOf('-') > 0 ? AclAnthology + WithoutExtension(segment).ToLowerInvariant() : null;
        }

        if (LinkClassifier.HostIs(host, "usenix.org"))
        {
            return UsenixKey(path);
        }

        if (LinkClassifier.HostIs(host, "proceedings.mlr.press"))
        {
            var parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 && parts[0].StartsWith("v", StringComparison.OrdinalIgnoreCase)
                ? Pmlr + parts[0].ToLowerInvariant() + "/" + WithoutExtension(parts[1]) : null;
        }

        if (LinkClassifier.HostIs(host, "neurips.cc") || LinkClassifier.HostIs(host, "nips.cc"))
        {
            return NeurIpsKey(path);
        }

        if (LinkClassifier.HostIs(host, "thecvf.com"))
        {
            var stem = WithoutExtension(LastSegment(path));
            return stem.EndsWith("_paper", StringComparison.OrdinalIgnoreCase) ? Cvf + stem.ToLowerInvariant() : null;
        }

        return null;
    }

    /// <summary>The normalized text of a title or name: letters and digits, lower case, one space between words.</summary>
    public static string Normalized(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The position of the key's kind among <see cref="Prefixes"/> (0 the strongest), or -1.</summary>
    public static int RankOf(string key)
    {
        for (var i = 0; i < Prefixes.Length; i++)
        {
            if (key.StartsWith(Prefixes[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether two entries with this key are the same paper by evidence (a link or a title), not by name alone.</summary>
    public static bool IsEvidence(string key) => !key.StartsWith(Name, StringComparison.Ordinal);

    /// <summary>
    /// Whether a URL can name one paper: a path of two segments or more, a file, or a query. A site's front page or an
    /// organisation's (<c>llama.meta.com</c>, <c>huggingface.co/baichuan-inc</c>) is linked by many entries that are not one paper.
    /// </summary>
    private static bool NamesADocument(string url, string path)
    {
        var segments = 0;
        var lastStart = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '/' && (i == 0 || path[i - 1] == '/'))
            {
                segments++;
                lastStart = i;
            }
        }

        return segments >= 2 || (segments == 1 && path.IndexOf('.', lastStart) > lastStart) || url.IndexOf('?') > 0;
    }

    /// <summary>The URL without scheme, <c>www.</c>, query-less fragment or trailing slash; the host in lower case.</summary>
    private static string NormalizedUrl(string url)
    {
        var key = url;
        var fragment = key.IndexOf('#');
        key = fragment >= 0 ? key.Substring(0, fragment) : key;
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        key = scheme >= 0 ? key.Substring(scheme + 3) : key;
        key = key.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? key.Substring(4) : key;
        var slash = key.IndexOf('/');
        // The host is case-insensitive, the path is not.
        key = slash >= 0 ? key.Substring(0, slash).ToLowerInvariant() + key.Substring(slash) : key.ToLowerInvariant();
        return key.TrimEnd('/');
    }

    // link.springer.com/article/10.1007/…, onlinelibrary.wiley.com/doi/full/10.1002/…, journals' /doi/abs/10.…
    private static string? PublisherDoi(string path)
    {
        var marker = path.IndexOf("/10.", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var before = path.Substring(0, marker + 1);
        var publisherPath = before.StartsWith("/doi/", StringComparison.OrdinalIgnoreCase)
            || string.Equals(before, "/article/", StringComparison.OrdinalIgnoreCase)
            || string.Equals(before, "/chapter/", StringComparison.OrdinalIgnoreCase);
        return publisherPath ? LinkClassifier.DoiFrom(WithoutExtension(path.Substring(marker + 1), ".pdf")) : null;
    }

    // /conference/osdi22/presentation/zheng-lianmin and its PDF /system/files/osdi22-zheng-lianmin.pdf are one.
    private static string? UsenixKey(string path)
    {
        var parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && string.Equals(parts[0], "conference", StringComparison.OrdinalIgnoreCase)
            && string.Equals(parts[2], "presentation", StringComparison.OrdinalIgnoreCase))
        {
            return Usenix + parts[1].ToLowerInvariant() + "/" + parts[3].ToLowerInvariant();
        }

        if (parts.Length >= 3 && string.Equals(parts[0], "system", StringComparison.OrdinalIgnoreCase)
            && string.Equals(parts[1], "files", StringComparison.OrdinalIgnoreCase)
            && parts[parts.Length - 1].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var stem = WithoutExtension(parts[parts.Length - 1]).ToLowerInvariant();
            var dash = stem.IndexOf('-');
            if (dash <= 0 || dash == stem.Length - 1)
            {
                return null;
            }

            var slug = stem.Substring(dash + 1);
            slug = slug.StartsWith("paper-", StringComparison.Ordinal) ? slug.Substring(6) : slug;
            return Usenix + stem.Substring(0, dash) + "/" + slug;
        }

        return null;
    }

    // …/hash/<32 hex>-Abstract.html, …/file/<32 hex>-Paper.pdf, papers.nips.cc/paper/7181-attention-is-all-you-need.pdf
    private static string? NeurIpsKey(string path)
    {
        var segment = LastSegment(path);
        var dash = segment.IndexOf('-');
        var head = dash > 0 ? segment.Substring(0, dash) : WithoutExtension(segment);
        if (head.Length == 32 && IsHex(head))
        {
            return NeurIps + head.ToLowerInvariant();
        }

        return head.Length > 0 && dash > 0 && IsDigits(head) ? NeurIps + head : null;
    }

    private static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?');
        if (query < 0)
        {
            return null;
        }

        var end = url.IndexOf('#', query);
        foreach (var pair in url.Substring(query + 1, (end < 0 ? url.Length : end) - query - 1).Split('&'))
        {
            if (pair.StartsWith(name + "=", StringComparison.Ordinal))
            {
                return pair.Substring(name.Length + 1);
            }
        }

        return null;
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Substring(trimmed.LastIndexOf('/') + 1);
    }

    private static string WithoutExtension(string segment)
    {
        var dot = segment.LastIndexOf('.');
        var extension = dot > 0 ? segment.Substring(dot + 1) : string.Empty;
        return extension is "pdf" or "html" or "htm" or "PDF" ? segment.Substring(0, dot) : segment;
    }

    private static string WithoutExtension(string text, string extension) =>
        text.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? text.Substring(0, text.Length - extension.Length) : text;

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
