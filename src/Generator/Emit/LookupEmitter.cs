using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PaperCatalog.Generator.Analysis;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Emit.GeneratedNames;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// Writes a root's lookup classes: <c>Venues</c> (one class per venue and year, one per venue over all
/// years), <c>Institutions</c> and <c>Years</c>, each with the papers it lists, built on first use.
/// </summary>
internal static class LookupEmitter
{

    public static string HintName(LookupIndexSpec root) =>
        "PaperCatalog." + (root.Namespace.Length > 0 ? root.Namespace + "." : string.Empty) + root.ClassName + ".Lookups.g.cs";

    public static string Emit(LookupIndexSpec root)
    {
        var writer = new SourceWriter();
        writer.WriteLines(Header(RootSource(root.Namespace, root.ClassName)));
        writer.WriteLine();
        if (root.Namespace.Length > 0)
        {
            using (writer.OpenBlock("namespace " + root.Namespace))
            {
                EmitRoot(writer, root);
            }
        }
        else
        {
            EmitRoot(writer, root);
        }

        return writer.ToString();
    }

    private static void EmitRoot(SourceWriter writer, LookupIndexSpec root)
    {
        var files = "new " + PaperType + "[][] { " + string.Join(", ", root.FileKeys.Select(key => Qualified(root, FileHolder(key)) + ".Entries")) + " }";
        using (writer.OpenBlock("partial class " + root.ClassName))
        {
            writer.WriteLine("/// <summary>Every venue of the catalog: a class per venue and year (<c>OSDI2022</c>) and per venue over all years (<c>OSDI</c>).</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            using (writer.OpenBlock($"public static class {MemberNames.Venues}"))
            {
                var first = true;
                foreach (var venue in root.Venues)
                {
                    Separate(writer, ref first);
                    writer.WriteLine($"/// <summary>{Literals.Xml(venue.Text)} ({Describe(venue.Kind)}): {PaperNames(venue.Papers.Count)}.</summary>");
                    using (writer.OpenBlock($"public static class {venue.Identifier}"))
                    {
                        writer.WriteLine("/// <summary>The venue's name.</summary>");
                        writer.WriteLine($"public const string {MemberNames.Name} = {Literals.String(venue.Name)};");
                        writer.WriteLine();
                        writer.WriteLine("/// <summary>The year.</summary>");
                        writer.WriteLine($"public const int {MemberNames.Year} = {venue.Year.ToString(CultureInfo.InvariantCulture)};");
                        writer.WriteLine();
                        writer.WriteLine("/// <summary>The venue: equal to the <c>Venue</c> of every paper listed here.</summary>");
                        writer.WriteLine($"public static {VenueType} {MemberNames.Venue} {{ get; }} = new {VenueType}({Literals.String(venue.Text)}, null, {Literals.String(venue.Name)}, {venue.Year.ToString(CultureInfo.InvariantCulture)}, {VenueKindType}.{venue.Kind}, null, {Literals.StringOrNull(venue.Detail)});");
                        writer.WriteLine();
                        EmitPapers(writer, files, venue.Papers);
                    }
                }

                foreach (var series in root.Series)
                {
                    Separate(writer, ref first);
                    writer.WriteLine($"/// <summary>{Literals.Xml(series.Name)}, every year: {PaperNames(series.Papers.Count)}.</summary>");
                    using (writer.OpenBlock($"public static class {series.Identifier}"))
                    {
                        writer.WriteLine("/// <summary>The venue's name.</summary>");
                        writer.WriteLine($"public const string {MemberNames.Name} = {Literals.String(series.Name)};");
                        writer.WriteLine();
                        EmitPapers(writer, files, series.Papers);
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>Every institution of the catalog, each with its papers.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            using (writer.OpenBlock($"public static class {MemberNames.Institutions}"))
            {
                var first = true;
                foreach (var institution in root.Institutions)
                {
                    Separate(writer, ref first);
                    writer.WriteLine($"/// <summary>{Literals.Xml(institution.Name)}: {PaperNames(institution.Papers.Count)}.</summary>");
                    using (writer.OpenBlock($"public static class {institution.Identifier}"))
                    {
                        writer.WriteLine("/// <summary>The institution's name as first written.</summary>");
                        writer.WriteLine($"public const string {MemberNames.Name} = {Literals.String(institution.Name)};");
                        writer.WriteLine();
                        EmitPapers(writer, files, institution.Papers);
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>Every year of the catalog (from Date columns, else from venues), each with its papers.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            using (writer.OpenBlock($"public static class {MemberNames.Years}"))
            {
                var first = true;
                foreach (var year in root.Years)
                {
                    Separate(writer, ref first);
                    writer.WriteLine($"/// <summary>{year.Year}: {PaperNames(year.Papers.Count)}.</summary>");
                    using (writer.OpenBlock($"public static class {year.Identifier}"))
                    {
                        writer.WriteLine("/// <summary>The year.</summary>");
                        writer.WriteLine($"public const int {MemberNames.Year} = {year.Year.ToString(CultureInfo.InvariantCulture)};");
                        writer.WriteLine();
                        EmitPapers(writer, files, year.Papers);
                    }
                }
            }
        }
    }

    private static void EmitPapers(SourceWriter writer, string files, EquatableArray<PaperRef> papers)
    {
        writer.WriteLine("/// <summary>The papers, in catalog order, built on first use.</summary>");
        writer.WriteLine($"public static {PaperListType} {MemberNames.Papers} => {AllHolder}.Value;");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Holds <see cref=\"{MemberNames.Papers}\"/>.</summary>");
        using (writer.OpenBlock($"private static class {AllHolder}"))
        {
            // Pairs of (file, entry): an int array literal is stored as data, so the method stays small.
            var refs = new StringBuilder();
            foreach (var paper in papers)
            {
                refs.Append(refs.Length > 0 ? ", " : string.Empty)
                    .Append(paper.File.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(paper.Entry.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteLine("/// <summary>The papers.</summary>");
            writer.WriteLine($"internal static readonly {PaperListType} Value = {SupportType}.Pick({files}, new int[] {{ {refs} }});");
        }
    }

    private static string Qualified(LookupIndexSpec root, string member) =>
        "global::" + (root.Namespace.Length > 0 ? root.Namespace + "." : string.Empty) + root.ClassName + "." + member;

    private static string PaperNames(int count) => count == 1 ? "1 paper" : count.ToString(CultureInfo.InvariantCulture) + " papers";

    private static string Describe(VenueKind kind) => kind.ToString().ToLowerInvariant();

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.WriteLine();
        }

        first = false;
    }
}
