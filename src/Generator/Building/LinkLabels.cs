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
    private static readonly string[] Generic =
    {
        "pdf", "paper", "arxiv", "code", "link", "url", "github", "project", "homepage", "blog", "docs", "html", "website",
        "slides", "video", "demo", "abs", "abstract", "here", "repo",
    };

    /// <summary>A label that names the kind of target rather than the paper (<c>pdf</c>, <c>[pdf]</c>, <c>arXiv</c>, <c>code</c>).</summary>
    public static bool IsGeneric(string label)
    {
        var inner = Unbracket(label).Trim();
        foreach (var generic in Generic)
        {
            if (string.Equals(inner, generic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label written in brackets inside the link: <c>[[DeepSeek-V2]](…)</c> reads as <c>[DeepSeek-V2]</c>.</summary>
    public static bool IsBracketed(string label) =>
        label.Length > 2 && label[0] == '[' && label[label.Length - 1] == ']';

    /// <summary>The label without its brackets.</summary>
    public static string Unbracket(string label) => IsBracketed(label) ? label.Substring(1, label.Length - 2).Trim() : label;

    /// <summary>Whether the label names the target's kind, or is none (a badge): then the column names the link.</summary>
    public static bool NeedsColumnName(in FieldLink link) => link.LabelIsImage || IsGeneric(link.Label) || IsBracketed(link.Label);

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

    /// <summary>A label that says its link is the paper itself (<c>pdf</c>, <c>[Paper]</c>, <c>arXiv</c>).</summary>
    public static bool IsPaperLabel(string label) => Unbracket(label).Trim().ToLowerInvariant() is "pdf" or "paper" or "arxiv" or "abs";

    /// <summary>The label of a badge link: a GitHub repository is the code; anything else is named by its column.</summary>
    public static string BadgeLabel(in FieldLink link, string header) =>
        link.Kind == LinkKind.GitHub ? "Code" : (header.Length > 0 ? header : "Link");
}
