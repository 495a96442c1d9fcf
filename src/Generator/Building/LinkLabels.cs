using System;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// What a link's text says about the link. Lists write labels that name the kind of target, not the paper
/// (<c>[pdf]</c>, <c>paper</c>, <c>code</c>), labels in brackets (<c>[[DeepSeek-V2]](…)</c>), and badges, whose
/// image is no label at all: such a link is named by its column (<c>Code</c> → <c>CodeUrl</c>), or as code.
/// </summary>
internal static class LinkLabels
{
    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static readonly string[] Generic =
    {
        "pdf", "paper", "arxiv", "code", "link", "url", "github", "project", "homepage", "blog", "docs", "html", "website",
        "slides", "video", "demo", "abs", "abstract", "here", "repo", "project page", "official code", "source code", "talk",
        "poster", "youtube", "bibtex", "supplementary", "supp", "doi", "preprint", "note", "notes", "reading note", "reading notes",
        "personal notes", "paper link", "pdf link",
    };

    /// <summary>
    /// A label that names the kind of target rather than the paper (<c>pdf</c>, <c>[pdf]</c>, <c>arXiv</c>, <c>code</c>,
    /// <c>Reading Note2</c>: a number after it only counts the links of one kind).
    /// </summary>
    public static bool IsGeneric(string label)
    {
        var inner = Unbracket(label).Trim().TrimEnd(Digits).TrimEnd();
        foreach (var generic in Generic)
        {
            if (string.Equals(inner, generic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var (chinese, _) in ChineseKinds)
        {
            if (string.Equals(inner, chinese, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label that names a kind of link and then its source (<c>Reading Note from dawuge</c>, <c>Code by the authors</c>).</summary>
    public static bool StartsWithGeneric(string label)
    {
        var inner = Unbracket(label).Trim();
        foreach (var joint in GenericJoints)
        {
            var at = inner.IndexOf(joint, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && IsGeneric(inner.Substring(0, at)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] GenericJoints = { " from ", " by ", " on ", " (", ": " };

    /// <summary>
    /// What a link's constant is named from: a kind of link without its remark in parentheses (<c>Paper(Highlight)</c>,
    /// <c>代码（即将开源）</c>, "code, to be released"), and a kind of link written in Chinese in English, as the other
    /// constants are (<c>论文2</c> → <c>Paper2</c>). The label itself stays as written.
    /// </summary>
    public static string MemberStem(string label)
    {
        var open = label.IndexOfAny(OpeningParentheses);
        var stem = open > 0 && IsGeneric(label.Substring(0, open)) ? label.Substring(0, open).Trim() : label;
        var kind = stem.TrimEnd(Digits);
        foreach (var (chinese, english) in ChineseKinds)
        {
            if (kind == chinese)
            {
                return english + stem.Substring(kind.Length);
            }
        }

        return stem;
    }

    private static readonly char[] OpeningParentheses = { '(', '\uFF08' };

    // The kinds of link in Chinese, as lists written in it label their links (paper, code, open-source code, code
    // released, project page, homepages of a person, an author, a lab or a team, video, demo video, dataset, Google
    // Scholar, blog, docs): each is a kind of link (IsGeneric), and its constant is named in English.
    private static readonly (string Chinese, string English)[] ChineseKinds =
    {
        ("论文", "Paper"), ("代码", "Code"), ("开源代码", "Code"), ("代码开源", "Code"), ("项目", "Project"), ("工程地址", "Project"),
        ("项目主页", "Homepage"), ("主页", "Homepage"), ("个人主页", "Homepage"), ("作者主页", "Homepage"), ("实验室主页", "Homepage"),
        ("团队主页", "Homepage"), ("视频", "Video"), ("演示视频", "Video"), ("数据集", "Dataset"), ("开源数据集", "Dataset"),
        ("数据集地址", "Dataset"), ("谷歌学术", "Scholar"), ("博客", "Blog"), ("链接", "Link"), ("笔记", "Notes"), ("解读", "Commentary"),
        ("文档", "Docs"),
    };

    /// <summary>A label written in brackets inside the link: <c>[[DeepSeek-V2]](…)</c> reads as <c>[DeepSeek-V2]</c>.</summary>
    public static bool IsBracketed(string label) =>
        label.Length > 2 && label[0] == '[' && label[label.Length - 1] == ']';

    /// <summary>The label without its brackets.</summary>
    public static string Unbracket(string label) => IsBracketed(label) ? label.Substring(1, label.Length - 2).Trim() : label;

    /// <summary>Whether the label names the target's kind, or is none (a badge, an icon): then the column names the link.</summary>
    public static bool NeedsColumnName(in FieldLink link) =>
        link.LabelIsImage || IsGeneric(link.Label) || IsBracketed(link.Label) || IsIcon(link.Label) || IsUrl(link.Label);

    /// <summary>A label that is a URL (a bare URL GitHub links, <c>&lt;https://…&gt;</c>): it says where, not what.</summary>
    public static bool IsUrl(string label) =>
        label.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || label.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || label.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>A label that is an icon: an emoji code (<c>:scroll:</c>) or symbols without a letter or digit (<c>🔗</c>, <c>📄</c>).</summary>
    public static bool IsIcon(string label)
    {
        var text = label.Trim();
        if (text.Length >= 3 && text[0] == ':' && text[text.Length - 1] == ':' && text.IndexOf(' ') < 0)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// The label of a link whose own label names nothing (an icon) and whose column names none either: what its
    /// target is (a pdf, the code), else <c>Link</c>.
    /// </summary>
    public static string KindLabel(in FieldLink link) =>
        IsPdf(link.Target) || link.Kind == LinkKind.Arxiv ? "Paper" : link.Kind == LinkKind.GitHub ? "Code" : "Link";

    private static readonly char[] QueryStart = { '?', '#' };

    /// <summary>Whether a target's path (before a query or fragment) ends in <c>.pdf</c>.</summary>
    public static bool IsPdf(string target)
    {
        var query = target.IndexOfAny(QueryStart);
        var pathEnd = query >= 0 ? query : target.Length;
        return pathEnd >= 4 && string.Compare(target, pathEnd - 4, ".pdf", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>A column header that says its cells are the paper (<c>Paper</c>, <c>Papers</c>): its link is the paper's.</summary>
    public static bool IsPaperHeader(string header) => header.Trim().ToLowerInvariant() is "paper" or "papers" or "paper link" or "paper url";

    /// <summary>Of a Paper cell's links, the paper's: the first labelled as a paper (<c>pdf</c>, <c>arXiv</c>) or by a title, else the first.</summary>
    public static int PaperLinkIndex(System.Collections.Generic.IReadOnlyList<FieldLink> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            var label = Unbracket(links[i].Label).Trim().ToLowerInvariant();
            if (!links[i].LabelIsImage && (label is "pdf" or "paper" or "arxiv" or "abs" || !IsGeneric(label)))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Hosts whose pages are papers themselves, known by kind: arXiv, a DOI, the ACM library, USENIX.</summary>
    public static bool IsPaperKind(LinkKind kind) => kind is LinkKind.Arxiv or LinkKind.Doi or LinkKind.AcmDigitalLibrary or LinkKind.Usenix;

    /// <summary>A label that says its link is the paper itself (<c>pdf</c>, <c>[Paper]</c>, <c>arXiv</c>).</summary>
    public static bool IsPaperLabel(string label) => Unbracket(label).Trim().ToLowerInvariant() is "pdf" or "paper" or "arxiv" or "abs";

    /// <summary>A label of four words or more: a paper's title, not the name of a link (<c>Code</c>) or of a thing (<c>SParC</c>).</summary>
    public static bool IsTitleLike(string label)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in label)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words >= 4;
    }

    /// <summary>The label of a badge link: a GitHub repository is the code; anything else is named by its column.</summary>
    public static string BadgeLabel(in FieldLink link, string header) =>
        link.Kind == LinkKind.GitHub ? "Code" : (header.Length > 0 ? header : "Link");
}
