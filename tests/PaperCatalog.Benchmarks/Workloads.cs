using System.Reflection;
using PaperCatalog.Testing;

namespace PaperCatalog.Benchmarks;

/// <summary>The catalogs measured: the seed, the shared corpus, and synthetic ones of 1,000 and 20,000 entries.</summary>
public enum Workload
{
    /// <summary>The seed catalog, llm.md (12 entries).</summary>
    Seed,

    /// <summary>The test corpus: the seed, the awesome-papers tables and lists, Awesome-LLM and its paper lists, the wild lists.</summary>
    Corpus,

    /// <summary>1,000 rows in one pipe table.</summary>
    Table1k,

    /// <summary>20,000 rows in one pipe table.</summary>
    Table20k,

    /// <summary>20,000 rows over 100 files.</summary>
    Files100,

    /// <summary>1,000 items in one bullet list (the seed repository's form, with sub-items).</summary>
    List1k,

    /// <summary>20,000 items in one bullet list.</summary>
    List20k,

    /// <summary>Three real lists the reader was not written for (TestData/corpus/wild: 1,930 entries).</summary>
    Wild,
}

internal static class Workloads
{
    private static readonly string TestData = typeof(Workloads).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestData").Value!;

    public static string Seed => File.ReadAllText(Path.Combine(TestData, "corpus", "seed", "llm.md"));

    public static IReadOnlyList<CatalogFile> Files(Workload workload) => workload switch
    {
        Workload.Seed => new[] { new CatalogFile("catalog/llm.md", Seed) },
        Workload.Corpus => Directory.GetFiles(Path.Combine(TestData, "corpus"), "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "README.md" && !Path.GetFileName(path).StartsWith("LICENSE", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new CatalogFile("catalog/" + Path.GetRelativePath(Path.Combine(TestData, "corpus"), path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray(),
        Workload.Table1k => new[] { new CatalogFile("catalog/table.md", SyntheticCatalogs.OneTable(1_000)) },
        Workload.Table20k => new[] { new CatalogFile("catalog/table.md", SyntheticCatalogs.OneTable(20_000)) },
        Workload.List1k => new[] { new CatalogFile("catalog/list.md", SyntheticCatalogs.OneList(1_000)) },
        Workload.List20k => new[] { new CatalogFile("catalog/list.md", SyntheticCatalogs.OneList(20_000)) },
        Workload.Wild => Directory.GetFiles(Path.Combine(TestData, "corpus", "wild"), "*.md")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new CatalogFile("catalog/wild/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray(),
        _ => SyntheticCatalogs.ManyFiles(100, 200).Select(f => new CatalogFile(f.Path, f.Markdown)).ToArray(),
    };
}
