using System;
using System.Globalization;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Reading;

internal enum LinkTargetProblem
{
    None,
    Empty,
    Placeholder,
    Invalid,
}

/// <summary>
/// What a link target must be: an absolute http(s) URL with a host, or a relative path (to a file of
/// the list's repository, or an <c>#anchor</c>). Editors' placeholders are caught by name.
/// </summary>
internal static class LinkTargets
{
    /// <summary>Targets that editors and converters leave where a URL is missing (GitBook writes <c>broken-reference</c>).</summary>
    public static readonly string[] Placeholders = { "broken-reference", "#", "about:blank", "todo", "tbd", "...", "url", "link" };

    // Top-level domains of the hosts papers live on; no file extension a repository holds is among them (.md is left out).
    private static readonly string[] HostEndings =
    {
        "com", "org", "net", "edu", "gov", "io", "ai", "cc", "dev", "info", "co", "uk", "de", "cn", "jp", "fr", "ca",
        "au", "ru", "in", "us", "eu", "ch", "nl", "se", "kr", "tw", "hk", "sg", "it", "es", "br", "il", "at", "be",
    };

    /// <summary>
    /// <c>arxiv.org/pdf/2108.02099</c>, <c>www.example.org/p</c>: a target whose first segment is a host name (labels
    /// and a known top-level domain, followed by a path, or starting with <c>www.</c>), not a file of the repository.
    /// </summary>
    internal static bool IsHostWithoutScheme(string target)
    {
        var slash = target.IndexOf('/');
        var host = slash < 0 ? target : target.Substring(0, slash);
        if (slash < 0 && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return Array.IndexOf(HostEndings, host.Substring(dot + 1).ToLowerInvariant()) >= 0;
    }

    public static LinkTargetProblem Check(string target, out string reason)
    {
        reason = string.Empty;
        var trimmed = target.Trim();
        if (trimmed.Length == 0)
        {
            return LinkTargetProblem.Empty;
        }

        foreach (var placeholder in Placeholders)
        {
            if (string.Equals(trimmed, placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return LinkTargetProblem.Placeholder;
            }
        }

        foreach (var c in target)
        {
            if (c is ' ' or '\t')
            {
                reason = "not a URL because it contains a space (write it as %20)";
                return LinkTargetProblem.Invalid;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                reason = $"not a URL because it contains the invisible character U+{(int)c:X4}";
                return LinkTargetProblem.Invalid;
            }
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            reason = "a protocol-relative URL; start it with https:";
            return LinkTargetProblem.Invalid;
        }

        var scheme = LinkClassifier.SchemeOf(trimmed);
        if (scheme is null)
        {
            var embedded = trimmed.IndexOf("://", StringComparison.Ordinal);
            if (embedded > 0)
            {
                // "[https://github.com/o/r" or "<https://…": a URL with a stray character before its scheme.
                reason = $"not a URL because '{trimmed.Substring(0, Math.Min(embedded, 8))}' before '://' is not a scheme (a stray character in front of it?)";
                return LinkTargetProblem.Invalid;
            }

            if (trimmed.IndexOf('\\') >= 0)
            {
                reason = "a path with backslashes; use / in links";
                return LinkTargetProblem.Invalid;
            }

            if (IsHostWithoutScheme(trimmed))
            {
                // GitHub resolves it inside the repository ("…/blob/main/arxiv.org/pdf/…"), where there is no such page.
                reason = $"a web address without its scheme, which GitHub opens as a page of the repository; write https://{trimmed}";
                return LinkTargetProblem.Invalid;
            }

            return LinkTargetProblem.None;
        }

        if (scheme is "http" or "https")
        {
            if (LinkClassifier.IsWebUrl(trimmed))
            {
                return LinkTargetProblem.None;
            }

            reason = $"not a valid {scheme} URL (it has no host)";
            return LinkTargetProblem.Invalid;
        }

        reason = scheme is "javascript" or "vbscript" or "data"
            ? $"a {scheme}: URL, which runs or embeds code instead of pointing at a page"
            : $"a {scheme}: URL, not a web page";
        return LinkTargetProblem.Invalid;
    }
}
