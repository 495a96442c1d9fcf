using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Emit.CodeFragments;
using static PaperCatalog.Generator.Model.Invariant;

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

    public static string HintName(CatalogFileSpec spec) => HintNames.ForFile(spec.FileKey);

    /// <param name="skipped">Entries that get no class (another file or a section took the name); their Paper stays in the lists.</param>
    /// <param name="options">What the consumer's language version accepts.</param>
    /// <param name="cancellationToken">Checked at every entry: a catalog can be large, and a keystroke cancels the run.</param>
    public static string Emit(CatalogFileSpec spec, EquatableArray<int> skipped, EmitOptions options, CancellationToken cancellationToken)
    {
        var layout = new Layout(spec, skipped, cancellationToken);
        return SourceWriter.File(
            Header(FileSource(spec.Options.RelativePath), options) + (spec.Options.IsPublic ? UndocumentedMembers : string.Empty) + TypeAliases(paper: true, venue: false, venueKind: false, strings: false, papers: false),
            spec.Options.Namespace,
            options,
            writer => EmitRoot(writer, spec, layout),
            1024 + (spec.Entries.Count * 1024));
    }

    private static void EmitRoot(SourceWriter writer, CatalogFileSpec spec, Layout layout)
    {
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
            EmitEntry(writer, spec, i, holder);
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

    /// <summary>
    /// One entry class: the whole row in its summary (a hover on the class shows the paper), its texts and
    /// links as one declaration of constants, its numbers as another, then its <see cref="PaperType"/>. The members have no summary: a hover on a constant shows its value, and a
    /// summary is parsed and checked on every build of a project with a documentation file (a third of the
    /// compile time of a real list's catalog, README, Performance); a public catalog disables CS1591 instead.
    /// </summary>
    private static void EmitEntry(SourceWriter writer, CatalogFileSpec spec, int index, string holder)
    {
        var entry = spec.Entries[index];
        writer.WriteLine("/// <summary>" + EntryDocs.Summary(entry) + "</summary>");
        using (writer.OpenBlock("public static class " + entry.Identifier))
        {
            var texts = new List<(string Name, string Value)> { (MemberNames.Name, entry.Name) };
            if (entry.Title is { } title)
            {
                texts.Add((MemberNames.Title, title));
            }

            if (entry.Venue is { } venue)
            {
                texts.Add((MemberNames.VenueText, venue.Text));
            }

            if (entry.Remarks is { } remarks)
            {
                texts.Add((MemberNames.Remarks, remarks));
            }

            foreach (var column in entry.Columns)
            {
                if (column.MemberName is not null)
                {
                    texts.Add((column.MemberName, column.Value));
                }
            }

            foreach (var link in entry.Links)
            {
                if (link.MemberName is not null)
                {
                    texts.Add((link.MemberName, link.Url));
                }
            }

            Constants(writer, "string", texts.Select(t => (t.Name, Literals.String(t.Value))));
            if (entry.Year > 0)
            {
                var numbers = new List<(string, string)> { (MemberNames.Year, Number(entry.Year)) };
                if (entry.Month > 0)
                {
                    numbers.Add((MemberNames.Month, Number(entry.Month)));
                }

                Constants(writer, "int", numbers);
            }

            // One field, the entry: its venue, institutions, authors and tags are read through it (Paper.Venue).
            // Shortcut fields for them (Orca.Venue) cost a quarter of a real list's compile and said nothing new.
            writer.WriteLine($"public static readonly {PaperAlias} {MemberNames.Paper} = {holder}.Entries[{Number(index)}];");
        }
    }

    /// <summary><c>public const T A = …, B = …;</c>, a declarator a line.</summary>
    private static void Constants(SourceWriter writer, string type, IEnumerable<(string Name, string Value)> constants)
    {
        var list = constants.ToList();
        if (list.Count == 1)
        {
            writer.WriteLine($"public const {type} {list[0].Name} = {list[0].Value};");
            return;
        }

        writer.WriteLine($"public const {type}");
        writer.Indent();
        for (var i = 0; i < list.Count; i++)
        {
            writer.WriteLine($"{list[i].Name} = {list[i].Value}{(i < list.Count - 1 ? "," : ";")}");
        }

        writer.Unindent();
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
            writer.WriteLine($"internal static readonly {PaperAlias}[] Entries = Create();");
            writer.WriteLine();

            // The entries' data is text that the runtime decodes (CatalogSupport.ReadEntries): no method
            // grows with the catalog, and the JIT has next to nothing to compile on first use.
            var file = Literals.String(spec.Options.RelativePath);
            using (writer.OpenBlock($"private static {PaperAlias}[] Create()"))
            {
                writer.WriteLine($"var entries = new {PaperAlias}[{Number(spec.Entries.Count)}];");
                // The root's All, for Paper.AlsoIn: read only when asked, long after these entries are made.
                writer.WriteLine($"var context = new {DataContextType}(Sections, {file}, () => {RootType(spec.Options.Namespace, spec.Options.ClassName)}.{MemberNames.All});");
                var data = new EntryDataWriter();
                for (var start = 0; start < spec.Entries.Count; start += EntriesPerLiteral)
                {
                    data.BeginChunk();
                    var end = System.Math.Min(spec.Entries.Count, start + EntriesPerLiteral);
                    for (var i = start; i < end; i++)
                    {
                        EntryData.Write(data, spec.Entries[i]);
                    }

                    writer.WriteLine($"{SupportType}.ReadEntries(entries, {Number(start)}, {Literals.String(data.Data.ToString())}, context);");
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
        public Layout(CatalogFileSpec spec, EquatableArray<int> skipped, CancellationToken cancellationToken)
        {
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
