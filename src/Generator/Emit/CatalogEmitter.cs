using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Emit.GeneratedNames;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes the source of one catalog file: a static class per entry (constants and the entry's
/// <see cref="PaperType"/>) inside partial classes for its sections, and a hidden holder that
/// builds the file's <c>Paper</c> objects on first use, in small methods so no single method or static
/// constructor grows with the catalog.
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>Entries per string literal of entry data: keeps each literal (and each line) of reasonable size.</summary>
    internal const int EntriesPerLiteral = 50;

    public static string HintName(CatalogFileSpec spec) => "PaperCatalog.File." + spec.FileKey + ".g.cs";

    /// <param name="skipped">Entries that get no class (another file or a section took the name); their Paper stays in the lists.</param>
    /// <param name="options">What the consumer's language version accepts.</param>
    /// <param name="cancellationToken">Checked at every entry: a catalog can be large, and a keystroke cancels the run.</param>
    public static string Emit(CatalogFileSpec spec, EquatableArray<int> skipped, EmitOptions options, CancellationToken cancellationToken) =>
        SourceWriter.File(
            Header(FileSource(spec.Options.RelativePath), options),
            spec.Options.Namespace,
            writer => EmitRoot(writer, spec, skipped, options, cancellationToken),
            1024 + (spec.Entries.Count * 1024));

    private static void EmitRoot(SourceWriter writer, CatalogFileSpec spec, EquatableArray<int> skipped, EmitOptions options, CancellationToken cancellationToken)
    {
        var layout = new Layout(spec, skipped, options, cancellationToken);
        var holder = FileHolder(spec.FileKey);

        // Modifiers and documentation of the root and section classes are in the index source, once.
        using (writer.OpenBlock("partial class " + spec.Options.ClassName))
        {
            EmitSectionBody(writer, spec, -1, layout, holder);
            EmitHolder(writer, spec, holder);
        }
    }

    private static void EmitSectionBody(SourceWriter writer, CatalogFileSpec spec, int section, Layout layout, string holder)
    {
        var first = true;
        foreach (var i in layout.Entries[section + 1])
        {
            layout.CancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            EmitEntry(writer, spec, i, holder, layout.Options);
        }

        foreach (var child in layout.Children[section + 1])
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var childSpec = spec.Sections[child];
            using (writer.OpenBlock("partial class " + childSpec.Identifier))
            {
                EmitSectionBody(writer, spec, child, layout, holder);
                writer.WriteLine();
                EmitSectionPart(writer, spec, childSpec, holder);
            }
        }
    }

    private static void EmitSectionPart(SourceWriter writer, CatalogFileSpec spec, SectionSpec section, string holder)
    {
        writer.WriteLine($"/// <summary>The entries of this section (and its subsections) read from {Literals.Xml(spec.Options.RelativePath)}.</summary>");
        var segments = new StringBuilder();
        foreach (var range in section.Ranges)
        {
            if (segments.Length > 0)
            {
                segments.Append(", ");
            }

            segments.Append($"new global::System.ArraySegment<{PaperType}>({holder}.Entries, {range.Start}, {range.Count})");
        }

        var value = section.Ranges.Count == 1 ? segments.ToString() : $"{SupportType}.Concat({segments})";
        writer.WriteLine($"private static {PaperSequenceType} {SectionPart(spec.FileKey)} => {value};");
    }

    private static void EmitEntry(SourceWriter writer, CatalogFileSpec spec, int index, string holder, EmitOptions options)
    {
        var entry = spec.Entries[index];
        EntryDocs.WriteSummary(writer, spec, entry);
        writer.WriteLine(GeneratedCodeAttribute);
        using (writer.OpenBlock("public static class " + entry.Identifier))
        {
            writer.WriteLine($"/// <summary>The name as written in the catalog: <c>{Literals.Xml(entry.Name)}</c>.</summary>");
            writer.WriteLine($"public const string {MemberNames.Name} = {Literals.String(entry.Name)};");

            if (entry.Title is { } title)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The title: <c>{Literals.Xml(title)}</c>.</summary>");
                writer.WriteLine($"public const string {MemberNames.Title} = {Literals.String(title)};");
            }

            if (entry.Venue is { } venue)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The venue as written: <c>{Literals.Xml(venue.Text)}</c>.</summary>");
                writer.WriteLine($"public const string {MemberNames.VenueText} = {Literals.String(venue.Text)};");
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The venue, parsed: equal to the <c>Venue</c> of its class in <c>Venues</c> and of every other paper there.</summary>");
                writer.WriteLine($"public static {VenueType} {MemberNames.Venue} => {MemberNames.Paper}.Venue{NullForgiving(options)};");
            }

            if (entry.Year > 0)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The year{(entry.Month > 0 ? " of the date" : string.Empty)}: {entry.Year}.</summary>");
                writer.WriteLine($"public const int {MemberNames.Year} = {entry.Year.ToString(CultureInfo.InvariantCulture)};");
            }

            if (entry.Month > 0)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The month of the date: {entry.Month}.</summary>");
                writer.WriteLine($"public const int {MemberNames.Month} = {entry.Month.ToString(CultureInfo.InvariantCulture)};");
            }

            if (!entry.Institutions.IsEmpty)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The institutions: {Literals.Xml(string.Join("; ", entry.Institutions))}.</summary>");
                writer.WriteLine($"public static {StringListType} {MemberNames.Institutions} => {MemberNames.Paper}.Institutions;");
            }

            if (!entry.Authors.IsEmpty)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The authors: {Literals.Xml(string.Join("; ", entry.Authors))}.</summary>");
                writer.WriteLine($"public static {StringListType} {MemberNames.Authors} => {MemberNames.Paper}.Authors;");
            }

            if (!entry.Tags.IsEmpty)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The tags: {Literals.Xml(string.Join("; ", entry.Tags))}.</summary>");
                writer.WriteLine($"public static {StringListType} {MemberNames.Tags} => {MemberNames.Paper}.Tags;");
            }

            if (entry.Remarks is { } remarks)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The remarks: {Literals.Xml(remarks)}</summary>");
                writer.WriteLine($"public const string {MemberNames.Remarks} = {Literals.String(remarks)};");
            }

            foreach (var column in entry.Columns)
            {
                if (column.MemberName is null)
                {
                    continue;
                }

                writer.WriteLine();
                writer.WriteLine($"/// <summary>The <c>{Literals.Xml(column.Header)}</c> column: {Literals.Xml(column.Value)}</summary>");
                writer.WriteLine($"public const string {column.MemberName} = {Literals.String(column.Value)};");
            }

            foreach (var link in entry.Links)
            {
                if (link.MemberName is null)
                {
                    continue;
                }

                writer.WriteLine();
                writer.WriteLine($"/// <summary>The <c>{Literals.Xml(link.Label)}</c> link: {EntryDocs.LinkReference(link.Url)}.</summary>");
                writer.WriteLine($"public const string {link.MemberName} = {Literals.String(link.Url)};");
            }

            writer.WriteLine();
            writer.WriteLine($"/// <summary>The whole entry (venue, institutions, remarks, every link, source line) as a <see cref=\"{PaperType}\"/>.</summary>");
            writer.WriteLine($"public static {PaperType} {MemberNames.Paper} => {holder}.Entries[{index}];");
        }
    }

    private static void EmitHolder(SourceWriter writer, CatalogFileSpec spec, string holder)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The entries of {Literals.Xml(spec.Options.RelativePath)}, built on first use.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.OpenBlock($"private static class {holder}"))
        {
            // Declared before Entries, whose initializer uses them.
            writer.WriteLine("/// <summary>The section paths of the file's entries.</summary>");
            writer.WriteLine("private static readonly string[][] Sections =");
            writer.WriteLine("{");
            for (var i = 0; i < spec.Sections.Count; i++)
            {
                writer.WriteLine($"    new string[] {{ {SectionPath(spec, i)} }},");
            }

            writer.WriteLine("};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every entry of the file, in document order.</summary>");
            writer.WriteLine($"internal static readonly {PaperType}[] Entries = Create();");
            writer.WriteLine();

            // The entries' data is text that the runtime decodes (CatalogSupport.ReadEntries): no method
            // grows with the catalog, and the JIT has next to nothing to compile on first use.
            var file = Literals.String(spec.Options.RelativePath);
            using (writer.OpenBlock($"private static {PaperType}[] Create()"))
            {
                writer.WriteLine($"var entries = new {PaperType}[{spec.Entries.Count.ToString(CultureInfo.InvariantCulture)}];");
                var data = new StringBuilder();
                for (var start = 0; start < spec.Entries.Count; start += EntriesPerLiteral)
                {
                    data.Clear();
                    var end = System.Math.Min(spec.Entries.Count, start + EntriesPerLiteral);
                    for (var i = start; i < end; i++)
                    {
                        EntryData.Write(data, spec.Entries[i]);
                    }

                    writer.WriteLine($"{SupportType}.ReadEntries(entries, {start.ToString(CultureInfo.InvariantCulture)}, {Literals.String(data.ToString())}, Sections, {file});");
                }

                writer.WriteLine("return entries;");
            }
        }
    }

    private static string SectionPath(CatalogFileSpec spec, int section)
    {
        var titles = new List<string>();
        for (var s = section; s >= 0; s = spec.Sections[s].Parent)
        {
            titles.Add(Literals.String(spec.Sections[s].Title));
        }

        titles.Reverse();
        return string.Join(", ", titles);
    }

    /// <summary>For the root (index 0) and each section (index + 1): its entries and its direct subsections, in document order.</summary>
    private sealed class Layout
    {
        public Layout(CatalogFileSpec spec, EquatableArray<int> skipped, EmitOptions options, CancellationToken cancellationToken)
        {
            Options = options;
            CancellationToken = cancellationToken;
            Children = NewLists(spec.Sections.Count + 1);
            Entries = NewLists(spec.Sections.Count + 1);
            for (var i = 0; i < spec.Sections.Count; i++)
            {
                Children[spec.Sections[i].Parent + 1].Add(i);
            }

            var skip = new HashSet<int>(skipped);
            for (var i = 0; i < spec.Entries.Count; i++)
            {
                if (!skip.Contains(i))
                {
                    Entries[spec.Entries[i].Section + 1].Add(i);
                }
            }
        }

        public List<int>[] Children { get; }

        public CancellationToken CancellationToken { get; }

        public EmitOptions Options { get; }

        public List<int>[] Entries { get; }

        private static List<int>[] NewLists(int count)
        {
            var lists = new List<int>[count];
            for (var i = 0; i < count; i++)
            {
                lists[i] = new List<int>();
            }

            return lists;
        }
    }
}
