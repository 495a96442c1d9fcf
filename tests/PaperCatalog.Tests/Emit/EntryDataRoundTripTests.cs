using CsCheck;
using PaperCatalog.CodeGeneration;
using PaperCatalog.Generator.Emit;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using EntryDataFormat = PaperCatalog.Generator.Shared.EntryDataFormat;

namespace PaperCatalog.Tests.Emit;

/// <summary>
/// The entry data format has one definition (<c>EntryDataFormat.cs</c>, compiled into the generator and the
/// library); these tests hold the generator's writer and the library's reader to it: whatever entry the generator
/// can produce comes back field for field, and data of another version is refused with a message.
/// </summary>
public sealed class EntryDataRoundTripTests
{
    private static readonly string[][] Sections = { new[] { "Inference" }, new[] { "Inference", "Serving" }, new[] { "Training" } };

    // Strings of any characters, and a few that repeat so that entries refer back to strings met before.
    private static readonly Gen<string> Text = Gen.Frequency((3, Gen.String), (2, Gen.OneOf(Gen.Const("OSDI 2022"), Gen.Const("Paper"), Gen.Const("https://arxiv.org/abs/2305.05920"), Gen.Const(""), Gen.Const("Code"))));

    private static readonly Gen<string?> MaybeText = Gen.Frequency((3, Text.Select(t => (string?)t)), (1, Gen.Const((string?)null)));

    private static readonly Gen<EquatableArray<string>> Texts = Text.Array[0, 4].Select(a => a.ToEquatableArray());

    private static readonly Gen<VenueSpec?> Venue = Gen.Frequency(
        (1, Gen.Const((VenueSpec?)null)),
        (3, Gen.Select(Text, MaybeText, MaybeText, Gen.Int[0, 2100], Gen.Enum<PaperCatalog.Generator.Shared.VenueKind>(), MaybeText, MaybeText)
            .Select((text, url, name, year, kind, arxiv, detail) => (VenueSpec?)new VenueSpec(text, url, name, year, kind, arxiv, detail))));

    private static readonly Gen<EquatableArray<LinkSpec>> Links =
        Gen.Select(Text, Gen.OneOf(Text, Gen.Const("https://arxiv.org/pdf/2305.05920v2"), Gen.Const("https://doi.org/10.1145/X.1"), Gen.Const("https://example.org/a/b.pdf"), Gen.Const("https://example.org/"), Gen.Const("https://github.com/a/b")))
            .Select((label, url) => new LinkSpec(label, url, null)).Array[0, 4].Select(a => a.ToEquatableArray());

    // Headers are distinct, as a table's are (Paper.Columns is keyed by header, case-insensitive).
    private static readonly Gen<EquatableArray<ColumnValue>> Columns = Gen.Select(Text, Text).Array[0, 3]
        .Select(pairs => pairs.Select((p, i) => new ColumnValue($"{p.Item1}#{i}", p.Item2, null)).ToArray().ToEquatableArray());

    private static readonly Gen<EntrySpec> Entry =
        Gen.Select(Text, Gen.Int[-1, Sections.Length - 1], MaybeText, Venue, Texts, MaybeText, Texts)
            .SelectMany((name, section, title, venue, institutions, remarks, authors) =>
                Gen.Select(Texts, Links, Gen.Int[0, 2100], Gen.Int[0, 12], Columns, Gen.Int[1, 100_000])
                    .Select((tags, links, year, month, columns, line) => new EntrySpec(
                        "Id", name, section, title, venue, institutions, remarks, authors, tags, links,
                        // As the generator decides it: an entry without a year of its own has its venue's.
                        year == 0 && venue is { Year: > 0 } ? venue.Year : year, month, columns, line,
                        KeyOf(links, title, name).Key, KeyOf(links, title, name).Link)));

    // As the build chooses, here with every link a paper link: the runtime must make the same key from the link it names.
    private static (string Key, int Link) KeyOf(EquatableArray<LinkSpec> links, string? title, string name) =>
        PaperCatalog.Generator.Shared.PaperKeys.OfEntry(links, static l => l.Url, static (_, _) => true, title, name);

    [Fact]
    public void Every_field_of_every_entry_survives_write_then_read() =>
        Gen.Select(Entry.Array[1, 12], Gen.Int[1, 5]).Sample((entries, chunkSize) =>
        {
            var papers = RoundTrip(entries, chunkSize);
            for (var i = 0; i < entries.Length; i++)
            {
                AssertSame(entries[i], papers[i]);
            }
        }, iter: 2_000);

    [Fact]
    public void Data_of_another_version_of_the_format_is_refused_with_what_to_do()
    {
        var data = $"{EntryDataFormat.Version + 1}|4:Alpa-0;-0;-0;0;0;0;0;0;1;";

        var refused = Assert.Throws<InvalidOperationException>(() => CatalogSupport.ReadEntries(new Paper[1], 0, data, new EntryDataContext(Sections, "a.md")));

        Assert.Contains($"of format {EntryDataFormat.Version + 1}", refused.Message);
        Assert.Contains("Reference one version of the package", refused.Message);
    }

    private static Paper[] RoundTrip(EntrySpec[] entries, int chunkSize)
    {
        var papers = new Paper[entries.Length];
        var context = new EntryDataContext(Sections, "docs/llm.md");
        var writer = new EntryDataWriter();
        for (var start = 0; start < entries.Length; start += chunkSize)
        {
            writer.BeginChunk();
            for (var i = start; i < Math.Min(entries.Length, start + chunkSize); i++)
            {
                EntryData.Write(writer, entries[i]);
            }

            CatalogSupport.ReadEntries(papers, start, writer.Data.ToString(), context);
        }

        return papers;
    }

    private static void AssertSame(EntrySpec entry, Paper paper)
    {
        Assert.Equal(entry.Name, paper.Name);
        Assert.Equal(entry.Title, paper.Title);
        // The build's key (duplicate checks) and the runtime's (Paper.Key, Find) are made by one rule from the same fields.
        Assert.Equal(entry.Key, paper.Key.ToString());
        Assert.Equal(entry.Section >= 0 ? Sections[entry.Section] : Array.Empty<string>(), paper.SectionPath);
        if (entry.Venue is { } venue)
        {
            Assert.NotNull(paper.Venue);
            Assert.Equal(
                (venue.Text, venue.Url, venue.Name, venue.Year > 0 ? venue.Year : (int?)null, (int)venue.Kind, venue.ArxivId, venue.Detail),
                (paper.Venue!.Text, paper.Venue.Url, paper.Venue.Name, paper.Venue.Year, (int)paper.Venue.Kind, paper.Venue.ArxivId, paper.Venue.Detail));
        }
        else
        {
            Assert.Null(paper.Venue);
        }

        Assert.Equal(entry.Institutions.ToArray(), paper.Institutions);
        Assert.Equal(entry.Remarks, paper.Remarks);
        Assert.Equal(entry.Authors.ToArray(), paper.Authors);
        Assert.Equal(entry.Tags.ToArray(), paper.Tags);
        Assert.Equal(entry.Links.Select(l => (l.Label, l.Url)), paper.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(entry.Year > 0 ? entry.Year : null, paper.Year);
        Assert.Equal(entry.Month > 0 ? entry.Month : null, paper.Month);
        Assert.Equal(entry.Columns.Select(c => (c.Header, c.Value)), paper.Columns.Select(c => (c.Key, c.Value)));
        Assert.Equal(("docs/llm.md", entry.Line), (paper.SourceFile, paper.SourceLine));
    }
}
