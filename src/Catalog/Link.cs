using System;

namespace PaperCatalog;

/// <summary>A labelled link of an entry: <c>Paper</c>, <c>Code</c>, <c>Personal Notes</c>.</summary>
public sealed class Link : IEquatable<Link>
{
    /// <summary>Creates a link.</summary>
    /// <param name="label">The link text, markup removed.</param>
    /// <param name="url">The target as written (absolute URL or a path relative to the Markdown file).</param>
    public Link(string label, string url)
    {
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Url = url ?? throw new ArgumentNullException(nameof(url));
    }

    /// <summary>The link text.</summary>
    public string Label { get; }

    /// <summary>The target as written.</summary>
    public string Url { get; }

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
