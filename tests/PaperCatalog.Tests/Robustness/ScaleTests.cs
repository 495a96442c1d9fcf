using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using PaperCatalog.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Robustness;

/// <summary>
/// Catalogs of 20,000 entries, in one table and over 100 files, generate correctly and give cheap code.
/// These tests count; they never time. Speed is measured by the benchmarks (tests/PaperCatalog.Benchmarks).
/// </summary>
public sealed class ScaleTests
{
    private const int Entries = 20_000;

    // Entries built per method (CatalogEmitter.EntriesPerMethod) bound every method's size.
    private const int MaxMethodBodyBytes = 64 * 1024;

    [Fact]
    public void Twenty_thousand_rows_in_one_table_generate_compile_and_load_with_no_method_growing_with_the_catalog()
    {
        var catalog = new CatalogFile("catalog/big.md", SyntheticCatalogs.OneTable(Entries));

        var result = CompiledCatalog.Run(
            new[] { catalog },
            """
            return string.Join("|", Papers.All.Count, Papers.Topic0.All.Count, Papers.Venues.OSDI.Papers.Count,
                Papers.Institutions.University7.Papers.Count, Papers.Years.Y2015.Papers.Count,
                Papers.Topic0.Paper0x19999.PaperUrl, Papers.All[19_999].SourceLine);
            """,
            out var assembly);

        Assert.Equal($"{Entries}|{Entries}|2000|100|2000|https://arxiv.org/abs/2301.19999|{Entries + 6}", result);
        var (method, size, types) = LargestMethod(assembly);
        Assert.True(size < MaxMethodBodyBytes, $"{method} has {size} bytes of IL");
        Assert.True(types > Entries, "one class per entry");
    }

    [Fact]
    public void Twenty_thousand_items_in_one_bullet_list_generate_compile_and_load()
    {
        var catalog = new CatalogFile("catalog/list.md", SyntheticCatalogs.OneList(Entries));

        var result = CompiledCatalog.Run(
            new[] { catalog },
            """
            return string.Join("|", Papers.All.Count, Papers.Topic0.All.Count, Papers.Venues.OSDI.Papers.Count,
                Papers.Institutions.University7.Papers.Count, Papers.Topic0.Paper0x19999.PaperUrl,
                Papers.Topic0.Paper0x19999.Title, Papers.All[19_999].SourceLine);
            """);

        Assert.Equal($"{Entries}|{Entries}|2000|100|https://arxiv.org/abs/2301.19999|Paper 0x19999: A Synthetic Study of Item 0x19999|{5 + (3 * 19_999)}", result);
    }

    [Fact]
    public void Twenty_thousand_rows_over_one_hundred_files_generate_and_merge_sections()
    {
        var files = SyntheticCatalogs.ManyFiles(100, Entries / 100).Select(f => new CatalogFile(f.Path, f.Markdown)).ToArray();

        var result = CompiledCatalog.Run(
            files,
            """
            return string.Join("|", Papers.All.Count, Papers.Topic3.All.Count, Papers.Topic3.Paper13x199.Paper.SourceFile,
                Papers.All[0].Name, Papers.All[19_999].Name);
            """);

        Assert.Equal($"{Entries}|2000|catalog/list013.md|Paper 0x0|Paper 99x199", result);
    }

    /// <summary>
    /// Generated code is compiled on every build and kept in the IDE's memory: the 20,000-entry catalog of
    /// the benchmarks stays within 1,200 bytes of source per entry (issue 12's target; bytes, not time).
    /// </summary>
    [Fact]
    public void Generated_source_stays_within_1200_bytes_per_entry()
    {
        var files = SyntheticCatalogs.ManyFiles(100, Entries / 100).Select(f => new CatalogFile(f.Path, f.Markdown)).ToArray();

        var (result, _) = Catalogs.Run(files);

        var bytes = result.GeneratedSources.Sum(source => (long)source.SourceText.Length);
        Assert.True(bytes <= 1_200L * Entries, $"{bytes / (double)Entries:0} bytes per entry");
    }

    /// <summary>
    /// Real entries are longer than synthetic ones (titles, authors, many links): the 1,591 entries of the wild
    /// long-context list stay within 1,450 characters of source each (1,379 when the budget was set, 1,490 before the
    /// entries lost their shortcut fields; the hand-written floor of the same constants is about 680). A budget, so
    /// that what an entry costs grows only on purpose.
    /// </summary>
    [Fact]
    public void A_real_list_stays_within_1450_characters_of_source_per_entry()
    {
        var file = new CatalogFile("catalog/long-context.md", TestPaths.ReadTestData("corpus/wild/xnhyacinth-long-context.md"));

        var (result, _) = Catalogs.Run(file);

        var entries = Catalogs.Parse(file.Markdown, file.RelativePath).Spec.Entries.Count;
        var characters = result.GeneratedSources.Sum(source => (long)source.SourceText.Length);
        Assert.True(entries > 1_500, $"{entries} entries");
        Assert.True(characters <= 1_450L * entries, $"{characters / (double)entries:0} characters per entry");
    }

    /// <summary>The largest method body of an assembly (static constructors included), and its number of types.</summary>
    private static (string Method, int Size, int Types) LargestMethod(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        var largest = metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle))
            .Where(method => method.RelativeVirtualAddress != 0)
            .Select(method => (Name: metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name), Size: pe.GetMethodBody(method.RelativeVirtualAddress).Size))
            .MaxBy(method => method.Size);
        return (largest.Name, largest.Size, metadata.TypeDefinitions.Count);
    }
}
