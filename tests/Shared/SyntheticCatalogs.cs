using System.Globalization;
using System.Text;

namespace PaperCatalog.Testing;

/// <summary>
/// Large catalogs in the style of the real lists, for the scale tests and the benchmarks (one source,
/// linked into both projects): bold names, Markdown venue links, HTML institution lists, HTML link
/// lists and remarks with emphasis, the mix that makes Markdig's pipe tables quadratic.
/// </summary>
public static class SyntheticCatalogs
{
    private static readonly string[] Venues = { "OSDI", "SOSP", "NSDI", "EuroSys", "ATC", "ASPLOS", "MLSys", "SC", "ICML", "NeurIPS" };

    /// <summary>One file with one section holding one pipe table of <paramref name="rows"/> rows.</summary>
    public static string OneTable(int rows, int file = 0)
    {
        var builder = new StringBuilder(rows * 420);
        builder.Append("# Synthetic catalog ").Append(file.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        builder.Append("## Topic ").Append((file % 10).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        builder.Append("| Name | Conference | Institution | Links | Remarks |\n");
        builder.Append("| :--: | ---------- | ----------- | ----- | ------- |\n");
        for (var i = 0; i < rows; i++)
        {
            AppendRow(builder, file, i);
        }

        return builder.ToString();
    }

    /// <summary>
    /// One file with one section holding one bullet list of <paramref name="items"/> items in the seed
    /// repository's form: title, linked venue, bracketed links, institutions and a remark as sub-items.
    /// </summary>
    public static string OneList(int items, int file = 0)
    {
        var builder = new StringBuilder(items * 380);
        builder.Append("# Synthetic list ").Append(file.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        builder.Append("## Topic ").Append((file % 10).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        for (var i = 0; i < items; i++)
        {
            var id = file.ToString(CultureInfo.InvariantCulture) + "x" + i.ToString(CultureInfo.InvariantCulture);
            var venue = Venues[i % Venues.Length];
            var year = (2015 + (i % 10)).ToString(CultureInfo.InvariantCulture);
            builder
                .Append("* Paper ").Append(id).Append(": A Synthetic Study of Item ").Append(id)
                .Append(" ([").Append(venue).Append(' ').Append(year).Append("](../notes/").Append(venue.ToLowerInvariant()).Append('-').Append(year).Append("/))")
                .Append(" \\[[Paper](https://arxiv.org/abs/2301.").Append((i % 100000).ToString("D5", CultureInfo.InvariantCulture)).Append(")]")
                .Append(" \\[[Code](https://github.com/lab/p").Append(id).Append(")]\n")
                .Append("  * University ").Append((i % 200).ToString(CultureInfo.InvariantCulture)).Append(" & Lab ").Append((i % 7).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("  * _Emphasis_ on **bold** words and _more emphasis_; item ").Append(id).Append(".\n");
        }

        return builder.ToString();
    }

    /// <summary><paramref name="files"/> files of <paramref name="rowsPerFile"/> rows; files share ten section names, which merge.</summary>
    public static IReadOnlyList<(string Path, string Markdown)> ManyFiles(int files, int rowsPerFile)
    {
        var list = new List<(string, string)>(files);
        for (var f = 0; f < files; f++)
        {
            list.Add(($"catalog/list{f.ToString("D3", CultureInfo.InvariantCulture)}.md", OneTable(rowsPerFile, f)));
        }

        return list;
    }

    private static void AppendRow(StringBuilder builder, int file, int i)
    {
        var id = file.ToString(CultureInfo.InvariantCulture) + "x" + i.ToString(CultureInfo.InvariantCulture);
        var venue = Venues[i % Venues.Length];
        var year = (2015 + (i % 10)).ToString(CultureInfo.InvariantCulture);
        builder
            .Append("| **Paper ").Append(id).Append("** ")
            .Append("| [").Append(venue).Append(' ').Append(year).Append("](../notes/").Append(venue.ToLowerInvariant()).Append('-').Append(year).Append("/) ")
            .Append("| <ul><li>University ").Append((i % 200).ToString(CultureInfo.InvariantCulture)).Append("</li><li>Lab ").Append((i % 7).ToString(CultureInfo.InvariantCulture)).Append("</li></ul> ")
            .Append("| <ul><li><a href=\"https://arxiv.org/abs/2301.").Append((i % 100000).ToString("D5", CultureInfo.InvariantCulture)).Append("\">Paper</a></li>")
            .Append("<li><a href=\"https://github.com/lab/p").Append(id).Append("\">Code</a></li></ul> ")
            .Append("| _Emphasis_ on **bold** words and _more emphasis_; row ").Append(id).Append(". |\n");
    }
}
