using System;

namespace PaperCatalog;

/// <summary>A labelled link of an entry: <c>Paper</c>, <c>Code</c>, <c>Personal Notes</c>.</summary>
public sealed class Link : IEquatable<Link>
{
    // Recognized from the URL on first use: a catalog builds thousands of links and most are never asked.
    private LinkKind? _kind;
    private string? _arxivId;
    private string? _doi;
    private string? _gitHubRepository;

    /// <summary>Creates a link; its kind and identifiers are recognized from the URL.</summary>
    /// <param name="label">The link text, markup removed.</param>
    /// <param name="url">The target: an absolute URL, or a path relative to the Markdown file when the catalog has no BaseUrl.</param>
    public Link(string label, string url)
    {
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Url = url ?? throw new ArgumentNullException(nameof(url));
    }

    /// <summary>The link text.</summary>
    public string Label { get; }

    /// <summary>The target.</summary>
    public string Url { get; }

    /// <summary>What the link points at: arXiv, DOI, ACM DL, USENIX, GitHub, another page, or a relative path.</summary>
    public LinkKind Kind => Classify();

    /// <summary>
    /// The arXiv identifier of an arXiv abstract or PDF link, without version: the <c>abs</c> and the
    /// <c>pdf</c> link of one paper give the same identifier. Null for other links.
    /// </summary>
    public string? ArxivId
    {
        get
        {
            Classify();
            return _arxivId;
        }
    }

    /// <summary>The DOI (<c>10.1145/3302424.3303953</c>) of a doi.org or ACM DL link, or null.</summary>
    public string? Doi
    {
        get
        {
            Classify();
            return _doi;
        }
    }

    /// <summary>The repository (<c>owner/name</c>) of a GitHub link, or null.</summary>
    public string? GitHubRepository
    {
        get
        {
            Classify();
            return _gitHubRepository;
        }
    }

    // Benign race: two threads may classify at once; both write the same values.
    private LinkKind Classify()
    {
        if (_kind is { } kind)
        {
            return kind;
        }

        kind = LinkClassifier.Classify(Url, out _arxivId, out _doi, out _gitHubRepository);
        _kind = kind;
        return kind;
    }

    /// <inheritdoc />
    public bool Equals(Link? other) =>
        other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal) && string.Equals(Url, other.Url, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Link);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Label) * 397) ^ StringComparer.Ordinal.GetHashCode(Url));

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {Url}";
}
