using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Emit.CodeFragments;
using static PaperCatalog.Generator.Model.Invariant;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes a root's lookup classes: <c>Venues</c> (one class per venue and year, one per venue over all
/// years), <c>Institutions</c> and <c>Years</c>, each with the papers it lists, built on first use.
/// </summary>
internal static class LookupEmitter
{
    public static string HintName(LookupIndexSpec root) =>
        HintNames.ForRoot(root.Namespace, root.ClassName, ".Lookups");

    public static string Emit(LookupIndexSpec root, EmitOptions options) =>
        SourceWriter.File(
            Header(RootSource(root.Namespace, root.ClassName), options) + TypeAliases(paper: false, venue: !root.Venues.IsEmpty, venueKind: !root.Venues.IsEmpty, strings: false, papers: true),
            root.Namespace,
            options,
            writer => EmitRoot(writer, root, options));

    private static void EmitRoot(SourceWriter writer, LookupIndexSpec root, EmitOptions options)
    {
        // Every lookup class picks its papers from the root's files (one array of them, named once) and
        // keeps them in its slot of one array, so no lookup class needs a holder class of its own.
        var lookupCount = root.Venues.Count + root.Series.Count + root.Institutions.Count + root.Years.Count;
        using (writer.OpenBlock("partial class " + root.ClassName))
        {
            writer.WriteLine("/// <summary>The entries of each file of the catalog, in path order, and each lookup class's papers once made.</summary>");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            using (writer.OpenBlock($"private static class {LookupFiles}"))
            {
                writer.WriteLine("/// <summary>The files' entries.</summary>");
                writer.WriteLine($"internal static readonly {PaperType}[][] Value = {{ {string.Join(", ", root.FileKeys.Select(key => FileHolder(key) + ".Entries"))} }};");
                var nullable = options.NullableAnnotations ? "?" : string.Empty;
                writer.WriteLine("/// <summary>The lookup classes' papers, each in its slot once made.</summary>");
                writer.WriteLine($"private static readonly {PapersAlias}{nullable}[] Lists = new {PapersAlias}{nullable}[{Number(lookupCount)}];");
                writer.WriteLine("/// <summary>The papers of the lookup class in slot <paramref name=\"index\"/>: picked by <paramref name=\"steps\"/> on first use, then kept.</summary>");
                writer.WriteLine($"internal static {PapersAlias} Get(int index, string steps) => {SupportType}.Pick(ref Lists[index], Value, steps);");
            }

            writer.WriteLine();
            var fileStarts = new int[root.FileSizes.Count];
            for (var f = 1; f < fileStarts.Length; f++)
            {
                fileStarts[f] = fileStarts[f - 1] + root.FileSizes[f - 1];
            }

            var lookups = new LookupWriter(writer, fileStarts);
            lookups.Open(
                "Every venue of the catalog: a class per venue and year (<c>OSDI2022</c>) and per venue over all years (<c>OSDI</c>).",
                MemberNames.Venues);
            foreach (var venue in root.Venues)
            {
                lookups.Add(
                    $"{Literals.Xml(venue.Text)} ({Describe(venue.Kind)})",
                    venue.Identifier,
                    venue.Papers,
                    w =>
                    {
                        Constant(w, "The venue's name.", "string", MemberNames.Name, Literals.String(venue.Name));
                        Constant(w, "The year.", "int", MemberNames.Year, Number(venue.Year));
                        w.WriteLine("/// <summary>The venue: equal to the <c>Venue</c> of every paper listed here.</summary>");
                        w.WriteLine($"public static {VenueAlias} {MemberNames.Venue} {{ get; }} = {SupportType}.CreateVenue({Literals.String(venue.Text)}, null, {Literals.String(venue.Name)}, {Number(venue.Year)}, {VenueKindAlias}.{venue.Kind}, null, {Literals.StringOrNull(venue.Detail)});");
                    });
            }

            foreach (var series in root.Series)
            {
                lookups.Add(
                    $"{Literals.Xml(series.Name)}, every year",
                    series.Identifier,
                    series.Papers,
                    w => Constant(w, "The venue's name.", "string", MemberNames.Name, Literals.String(series.Name)));
            }

            lookups.Close();
            lookups.Open("Every institution of the catalog, each with its papers.", MemberNames.Institutions);
            foreach (var institution in root.Institutions)
            {
                lookups.Add(
                    Literals.Xml(institution.Name),
                    institution.Identifier,
                    institution.Papers,
                    w => Constant(w, "The institution's name as first written.", "string", MemberNames.Name, Literals.String(institution.Name)));
            }

            lookups.Close();
            lookups.Open("Every year of the catalog (from Date columns, else from venues), each with its papers.", MemberNames.Years);
            foreach (var year in root.Years)
            {
                lookups.Add(Number(year.Year), year.Identifier, year.Papers, w => Constant(w, "The year.", "int", MemberNames.Year, Number(year.Year)));
            }

            lookups.Close();
        }
    }

    private static void Constant(SourceWriter writer, string summary, string type, string name, string value)
    {
        writer.WriteLine($"/// <summary>{summary}</summary>");
        writer.WriteLine($"public const {type} {name} = {value};");
    }

    // __Files by its simple name: lookup classes are nested in the root class, and no name from Markdown starts with __.
    private static void EmitPapers(SourceWriter writer, int index, int[] fileStarts, EquatableArray<PaperRef> papers)
    {
        writer.WriteLine("/// <summary>The papers, in catalog order, built on first use.</summary>");
        writer.WriteLine($"public static {PapersAlias} {MemberNames.Papers} => {LookupFiles}.Get({Number(index)}, {Literals.String(Steps(fileStarts, papers))});");
    }

    /// <summary>The papers as steps between their positions over all files' entries, in base 36 (<c>CatalogSupport.Pick</c>).</summary>
    private static string Steps(int[] fileStarts, EquatableArray<PaperRef> papers)
    {
        var steps = new StringBuilder();
        var previous = -1;
        foreach (var paper in papers)
        {
            var position = fileStarts[paper.File] + paper.Entry;
            if (steps.Length > 0)
            {
                steps.Append(',');
            }

            AppendBase36(steps, position - previous);
            previous = position;
        }

        return steps.ToString();
    }

    private static void AppendBase36(StringBuilder builder, int value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var start = builder.Length;
        do
        {
            builder.Insert(start, Digits[value % 36]);
            value /= 36;
        }
        while (value > 0);
    }

    private static string PaperNames(int count) => count == 1 ? "1 paper" : Number(count) + " papers";

    private static string Describe(VenueKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Writes the lookup containers (<c>Venues</c>, …) and the classes in them, one after another.</summary>
    private sealed class LookupWriter
    {
        private readonly SourceWriter _writer;
        private readonly int[] _fileStarts;
        private SourceWriter.Block _container;
        private bool _first = true;
        private bool _firstInContainer;
        private int _index;

        public LookupWriter(SourceWriter writer, int[] fileStarts)
        {
            _writer = writer;
            _fileStarts = fileStarts;
        }

        public void Open(string summary, string name)
        {
            if (!_first)
            {
                _writer.WriteLine();
            }

            _first = false;
            _firstInContainer = true;
            _writer.WriteLine($"/// <summary>{summary}</summary>");
            _writer.WriteLine(GeneratedCodeAttribute);
            _container = _writer.OpenBlock($"public static class {name}");
        }

        /// <summary>A lookup class: its constants, then its papers.</summary>
        public void Add(string summary, string identifier, EquatableArray<PaperRef> papers, System.Action<SourceWriter> constants)
        {
            if (!_firstInContainer)
            {
                _writer.WriteLine();
            }

            _firstInContainer = false;
            _writer.WriteLine($"/// <summary>{summary}: {PaperNames(papers.Count)}.</summary>");
            using (_writer.OpenBlock($"public static class {identifier}"))
            {
                constants(_writer);
                EmitPapers(_writer, _index++, _fileStarts, papers);
            }
        }

        public void Close() => _container.Dispose();
    }
}
