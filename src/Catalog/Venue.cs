using System;

namespace PaperCatalog;

/// <summary>
/// Where a paper appeared, parsed from the catalog's venue column: <c>OSDI 2022</c> is the conference
/// OSDI in 2022; <c>arXiv 2305.05920</c> a 2023 preprint; <c>MLSys 2022 Workshop on Cloud Intelligence</c>
/// MLSys, 2022, with the workshop as <see cref="Detail"/>.
/// </summary>
/// <remarks>
/// Two venues are equal when their <see cref="Name"/>, <see cref="Year"/> and <see cref="Detail"/> are:
/// every OSDI 2022 paper has the same venue, whatever link its cell holds and however its text is
/// spaced. A preprint's venue is arXiv and its year; the paper's own identifier is <see cref="ArxivId"/>.
/// </remarks>
public sealed class Venue : IEquatable<Venue>
{
    /// <summary>Creates a venue with the given text and nothing else; set the other properties in an initializer (C# 9 or later), as for <see cref="Paper"/>.</summary>
    /// <param name="text">The venue as written, markup removed.</param>
    public Venue(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The venue as written, markup removed.</summary>
    public string Text { get; }

    /// <summary>The link the venue cell holds (often the list's notes for that conference), or null.</summary>
    public string? Url { get; init; }

    /// <summary>The name: <c>OSDI</c>, <c>DLP-KDD</c>, <c>arXiv</c>; null when the text did not parse.</summary>
    public string? Name { get; init; }

    /// <summary>The year; for a preprint, the year of its arXiv identifier.</summary>
    public int? Year { get; init; }

    /// <summary>Conference, journal, workshop or preprint.</summary>
    public VenueKind Kind { get; init; }

    /// <summary>The arXiv identifier of a preprint (<c>2305.05920</c>), or null.</summary>
    public string? ArxivId { get; init; }

    /// <summary>What follows the year (<c>Workshop on Cloud Intelligence / AIOps</c>), or null.</summary>
    public string? Detail { get; init; }

    /// <summary>Equal when <see cref="Name"/>, <see cref="Year"/> and <see cref="Detail"/> are (for a venue that did not parse: its text).</summary>
    public bool Equals(Venue? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Name is null || other.Name is null)
        {
            return Name is null && other.Name is null && string.Equals(Text, other.Text, StringComparison.Ordinal);
        }

        return string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Year == other.Year
            && string.Equals(Detail, other.Detail, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Venue);

    /// <inheritdoc />
    public override int GetHashCode() => Name is null
        ? StringComparer.Ordinal.GetHashCode(Text)
        : unchecked((StringComparer.Ordinal.GetHashCode(Name) * 397) ^ (Year ?? 0) ^ (Detail is null ? 0 : StringComparer.Ordinal.GetHashCode(Detail)));

    /// <summary>Compares by value.</summary>
    public static bool operator ==(Venue? left, Venue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    public static bool operator !=(Venue? left, Venue? right) => !(left == right);

    /// <summary>The venue as written.</summary>
    public override string ToString() => Text;
}
