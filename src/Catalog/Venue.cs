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
    /// <summary>Creates a venue.</summary>
    /// <param name="text">The venue as written, markup removed.</param>
    /// <param name="url">The link the venue cell holds, or null.</param>
    /// <param name="name">The venue's name with known spellings normalized (<c>Eurosys</c> → <c>EuroSys</c>), or null when the text did not parse.</param>
    /// <param name="year">The year, or null.</param>
    /// <param name="kind">Conference, journal, workshop or preprint.</param>
    /// <param name="arxivId">The arXiv identifier of a preprint, or null.</param>
    /// <param name="detail">What follows the year (a workshop's title), or null.</param>
    public Venue(string text, string? url, string? name, int? year, VenueKind kind, string? arxivId, string? detail)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Url = url;
        Name = name;
        Year = year;
        Kind = kind;
        ArxivId = arxivId;
        Detail = detail;
    }

    /// <summary>The venue as written, markup removed.</summary>
    public string Text { get; }

    /// <summary>The link the venue cell holds (often the list's notes for that conference), or null.</summary>
    public string? Url { get; }

    /// <summary>The name: <c>OSDI</c>, <c>DLP-KDD</c>, <c>arXiv</c>; null when the text did not parse.</summary>
    public string? Name { get; }

    /// <summary>The year; for a preprint, the year of its arXiv identifier.</summary>
    public int? Year { get; }

    /// <summary>Conference, journal, workshop or preprint.</summary>
    public VenueKind Kind { get; }

    /// <summary>The arXiv identifier of a preprint (<c>2305.05920</c>), or null.</summary>
    public string? ArxivId { get; }

    /// <summary>What follows the year (<c>Workshop on Cloud Intelligence / AIOps</c>), or null.</summary>
    public string? Detail { get; }

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
