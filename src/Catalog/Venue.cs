using System;

namespace PaperCatalog;

/// <summary>Where a paper appeared, as written in the catalog's venue column.</summary>
public sealed class Venue : IEquatable<Venue>
{
    /// <summary>Creates a venue.</summary>
    /// <param name="text">The venue as written: <c>OSDI 2022</c>, <c>arXiv 2305.05920</c>.</param>
    /// <param name="url">The link the venue cell holds, or null.</param>
    public Venue(string text, string? url)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Url = url;
    }

    /// <summary>The venue as written, markup removed.</summary>
    public string Text { get; }

    /// <summary>The link the venue cell holds (often the list's notes for that conference), or null.</summary>
    public string? Url { get; }

    /// <summary>Two venues are equal when their text is (the link is where a list points, not what the venue is).</summary>
    public bool Equals(Venue? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Venue);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Compares by value.</summary>
    public static bool operator ==(Venue? left, Venue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    public static bool operator !=(Venue? left, Venue? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Text;
}
