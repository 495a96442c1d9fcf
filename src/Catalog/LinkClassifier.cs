using System;

// Shared with the generator, which compiles this file into a namespace of its own: a test project
// that sees both assemblies' internals must not meet two types of one name.
#if PAPERCATALOG_GENERATOR
namespace PaperCatalog.Generator.Shared;
#else
namespace PaperCatalog;
#endif

/// <summary>
/// Recognizes what a URL points at. Compiled into the runtime library (for <see cref="Link"/>) and
/// into the generator (for its checks), so both read URLs the same way.
/// </summary>
internal static class LinkClassifier
{
    /// <summary>The kind of <paramref name="url"/> and the identifiers it holds.</summary>
    public static LinkKind Classify(string url, out string? arxivId, out string? doi, out string? gitHubRepository)
    {
        arxivId = null;
        doi = null;
        gitHubRepository = null;
        var trimmed = url.Trim();
        if (!TrySplitWebUrl(trimmed, out var host, out var path))
        {
            return SchemeOf(trimmed) is null ? LinkKind.Relative : LinkKind.Other;
        }

        if (HostIs(host, "arxiv.org"))
        {
            arxivId = ArxivIdFromPath(path);
            return LinkKind.Arxiv;
        }

        if (HostIs(host, "doi.org") || HostIs(host, "dx.doi.org"))
        {
            doi = DoiFrom(path.TrimStart('/'));
            return LinkKind.Doi;
        }

        if (HostIs(host, "dl.acm.org"))
        {
            doi = AcmDoi(path);
            return LinkKind.AcmDigitalLibrary;
        }

        if (HostIs(host, "usenix.org"))
        {
            return LinkKind.Usenix;
        }

        if (HostIs(host, "github.com"))
        {
            var parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !IsGitHubReservedOwner(parts[0]))
            {
                var name = parts[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? parts[1].Substring(0, parts[1].Length - 4) : parts[1];
                gitHubRepository = parts[0] + "/" + name;
            }

            return LinkKind.GitHub;
        }

        return LinkKind.ProjectPage;
    }

    private static readonly string[] ArxivPaths = { "/abs/", "/pdf/", "/html/" };

    /// <summary>
    /// The arXiv identifier of an <c>abs</c>, <c>pdf</c> or <c>html</c> path, without version or <c>.pdf</c>, so the
    /// abstract and the PDF of one paper give the same identifier.
    /// </summary>
    public static string? ArxivIdFromPath(string path)
    {
        foreach (var prefix in ArxivPaths)
        {
            if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = path.Substring(prefix.Length).TrimEnd('/');
            if (id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                id = id.Substring(0, id.Length - 4);
            }

            id = StripArxivVersion(id);
            return IsArxivId(id) ? id : null;
        }

        return null;
    }

    /// <summary>New-style identifiers (YYMM.NNNN before 2015, YYMM.NNNNN since) and old-style ones (<c>cs/0112017</c>).</summary>
    public static bool IsArxivId(string id)
    {
        var dot = id.IndexOf('.');
        if (dot == 4 && AllDigits(id, 0, 4) && (id.Length - 5 == 4 || id.Length - 5 == 5) && AllDigits(id, 5, id.Length - 5))
        {
            // Since January 2015 (1501) the number after the dot has five digits; before, four.
            var month = ((id[2] - '0') * 10) + (id[3] - '0');
            var yearMonth = (((id[0] - '0') * 10) + (id[1] - '0')) * 100 + month;
            var digits = id.Length - 5;
            return month >= 1 && month <= 12 && (yearMonth >= 1501 ? digits == 5 : digits == 4);
        }

        var slash = id.IndexOf('/');
        if (slash <= 0 || id.Length - slash - 1 != 7 || !AllDigits(id, slash + 1, 7))
        {
            return false;
        }

        for (var i = 0; i < slash; i++)
        {
            var c = id[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The year an arXiv identifier was given in (<c>2305.05920</c> → 2023, <c>cs/0112017</c> → 2001), or 0.</summary>
    public static int ArxivYear(string? id)
    {
        if (id is null)
        {
            return 0;
        }

        var start = id.IndexOf('/') + 1;
        if (!AllDigits(id, start, 2))
        {
            return 0;
        }

        var yy = ((id[start] - '0') * 10) + (id[start + 1] - '0');
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    /// <summary>Removes a version suffix: <c>2412.19437v1</c> → <c>2412.19437</c>.</summary>
    public static string StripArxivVersion(string id)
    {
        var v = id.LastIndexOf('v');
        return v > 0 && v < id.Length - 1 && AllDigits(id, v + 1, id.Length - v - 1) ? id.Substring(0, v) : id;
    }

    /// <summary>The DOI of an ACM library path (<c>/doi/10.…</c>, <c>/doi/pdf/10.…</c>, <c>/doi/abs/10.…</c>), or null.</summary>
    public static string? AcmDoi(string path)
    {
        var marker = path.IndexOf("/10.", StringComparison.Ordinal);
        return marker >= 0 && path.StartsWith("/doi/", StringComparison.OrdinalIgnoreCase) ? DoiFrom(path.Substring(marker + 1)) : null;
    }

    public static string? DoiFrom(string text)
    {
        var end = text.IndexOfAny(new[] { '?', '#' });
        var doi = (end >= 0 ? text.Substring(0, end) : text).TrimEnd('/');
        return doi.StartsWith("10.", StringComparison.Ordinal) && doi.IndexOf('/') > 3 ? doi : null;
    }

    /// <summary>
    /// Splits an absolute http(s) URL into host and path without System.Uri, which costs microseconds a
    /// link: every link of a catalog is classified, at build time and again when its Link is first used.
    /// </summary>
    public static bool TrySplitWebUrl(string url, out string host, out string path)
    {
        host = path = string.Empty;
        int authority;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            authority = 8;
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            authority = 7;
        }
        else
        {
            return false;
        }

        var end = url.Length;
        for (var i = authority; i < url.Length; i++)
        {
            if (url[i] is '/' or '?' or '#')
            {
                end = i;
                break;
            }
        }

        // user:password@host:port → host
        var hostStart = url.LastIndexOf('@', end - 1, end - authority) + 1;
        hostStart = hostStart > authority ? hostStart : authority;
        var colon = url.IndexOf(':', hostStart, end - hostStart);
        var hostEnd = colon >= 0 ? colon : end;
        if (hostEnd <= hostStart)
        {
            return false;
        }

        host = url.Substring(hostStart, hostEnd - hostStart);
        var pathEnd = url.IndexOfAny(new[] { '?', '#' }, end);
        path = end < url.Length ? url.Substring(end, (pathEnd < 0 ? url.Length : pathEnd) - end) : "/";
        if (path.Length == 0 || path[0] != '/')
        {
            path = "/" + path;
        }

        return true;
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http(s) URL with a host.</summary>
    public static bool IsWebUrl(string url) => TrySplitWebUrl(url, out _, out _);

    public static bool HostIs(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower-case scheme of an absolute URI (<c>https</c>, <c>javascript</c>), or null for a relative reference.</summary>
    public static string? SchemeOf(string url)
    {
        if (url.Length == 0 || !IsAsciiLetter(url[0]))
        {
            return null;
        }

        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return url.Substring(0, i).ToLowerInvariant();
            }

            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    // Paths of github.com that are not owner/repository.
    private static bool IsGitHubReservedOwner(string owner) =>
        owner is "orgs" or "topics" or "sponsors" or "features" or "marketplace" or "settings" or "search" or "collections";

    private static bool AllDigits(string text, int start, int length)
    {
        if (length <= 0 || start + length > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
