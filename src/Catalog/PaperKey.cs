using System;

namespace PaperCatalog;

/// <summary>
/// The identity of a paper: one key for every entry that lists it, however its links are written
/// (<c>arxiv.org/abs/2305.05920</c>, <c>arxiv.org/pdf/2305.05920v2</c>). Written as <c>kind:value</c>
/// (<c>arXiv:2305.05920</c>, <c>doi:10.1145/…</c>); equal when kind and value are.
/// </summary>
public sealed class PaperKey : IEquatable<PaperKey>
{
    private readonly string _text;

    private PaperKey(string text, PaperKeyKind kind)
    {
        _text = text;
        Kind = kind;
    }

    /// <summary>What the key is made from: an identifier (arXiv, DOI, …), the paper's URL, its title or its name.</summary>
    public PaperKeyKind Kind { get; }

    /// <summary>The key without its kind: <c>2305.05920</c> for <c>arXiv:2305.05920</c>.</summary>
    public string Value => _text.Substring(_text.IndexOf(':') + 1);

    /// <summary>
    /// The key of a paper as a user writes it: a key (<c>arXiv:2305.05920</c>, <c>doi:10.1145/…</c>), a link to the
    /// paper (<c>https://arxiv.org/pdf/2305.05920v2</c>), a bare arXiv identifier or a bare DOI; null for other text.
    /// </summary>
    /// <param name="text">The key, link or identifier.</param>
    public static PaperKey? Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var trimmed = text.Trim();
        if (PaperKeys.OfUrl(trimmed) is { } fromUrl)
        {
            return From(fromUrl);
        }

        if (LinkClassifier.IsArxivId(LinkClassifier.StripArxivVersion(trimmed)))
        {
            return From(PaperKeys.Arxiv + LinkClassifier.StripArxivVersion(trimmed));
        }

        if (trimmed.StartsWith("10.", StringComparison.Ordinal) && trimmed.IndexOf('/') > 3)
        {
            return From(PaperKeys.Doi + trimmed.ToLowerInvariant());
        }

        for (var i = 0; i < PaperKeys.Prefixes.Length; i++)
        {
            var prefix = PaperKeys.Prefixes[i];
            if (trimmed.Length > prefix.Length && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var value = trimmed.Substring(prefix.Length).Trim();
                // A key written by hand: its value as the build writes it.
                return (PaperKeyKind)(i + 1) switch
                {
                    PaperKeyKind.Arxiv => From(prefix + LinkClassifier.StripArxivVersion(value)),
                    PaperKeyKind.Title or PaperKeyKind.Name => From(prefix + PaperKeys.Normalized(value)),
                    PaperKeyKind.OpenReview or PaperKeyKind.Pmlr or PaperKeyKind.Url => From(prefix + value),
                    _ => From(prefix + value.ToLowerInvariant()),
                };
            }
        }

        return null;
    }

    /// <summary>The key as written: <c>arXiv:2305.05920</c>.</summary>
    public override string ToString() => _text;

    /// <summary>Equal when both name the same paper by the same evidence.</summary>
    public bool Equals(PaperKey? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaperKey);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>The same paper by the same evidence.</summary>
    public static bool operator ==(PaperKey? left, PaperKey? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not the same key.</summary>
    public static bool operator !=(PaperKey? left, PaperKey? right) => !(left == right);

    /// <summary>A key the build made (<see cref="PaperKeys"/>): its kind from its prefix.</summary>
    internal static PaperKey From(string text) => new(text, (PaperKeyKind)(PaperKeys.RankOf(text) + 1));
}
