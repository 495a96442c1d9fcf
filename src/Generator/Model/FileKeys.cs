using System.Text;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// A short identifier for a catalog file, unique per relative path and the same on every machine:
/// the path's letters and digits (for people reading generated code) and an FNV-1a hash of the whole
/// path (so <c>a-b.md</c> and <c>a_b.md</c> stay apart).
/// </summary>
internal static class FileKeys
{
    public static string Create(string relativePath)
    {
        var builder = new StringBuilder(relativePath.Length + 9);
        foreach (var c in relativePath)
        {
            builder.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
        }

        var hash = 2166136261u;
        foreach (var c in relativePath)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return builder.Append('_').Append(hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of a file key, folded to 48 bits, as 12 hex digits: short names for hidden
    /// members (every entry names its file's holder) that stay unique (two of a thousand files share one
    /// with a chance of about 2 in a billion).
    /// </summary>
    public static string ShortHash(string fileKey)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in fileKey)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return ((hash ^ (hash >> 48)) & 0xFFFFFFFFFFFFUL).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);
    }
}
