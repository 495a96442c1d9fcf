using System.Collections.Generic;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Generator.Building;

/// <summary>Which block form an entry was read from; messages say "row" or "item" by it.</summary>
internal enum EntryForm : byte
{
    /// <summary>A row of a pipe or HTML table.</summary>
    TableRow,

    /// <summary>An item of a bullet list.</summary>
    ListItem,
}

/// <summary>What a field says about its entry. A table's column header gives it; a list reader tells it by position.</summary>
internal enum FieldRole : byte
{
    /// <summary>Something the catalog does not know: a string constant named from its header.</summary>
    Other,

    /// <summary>The entry's name (a table's name column).</summary>
    Name,

    /// <summary>The paper's title (a Title column that is not the name column; a list item's title).</summary>
    Title,

    /// <summary>A title that is a link (a list item's <c>[Title](url)</c>): the title and the entry's main link.</summary>
    TitleLink,

    Venue,

    Institutions,

    /// <summary>Labelled links: each one a <c>&lt;Label&gt;Url</c> constant.</summary>
    Links,

    Remarks,

    /// <summary>One link whose text is the title (Awesome-LLM's <c>Paper</c> column): gives PaperUrl and Title.</summary>
    Paper,

    /// <summary>A date (<c>2017-06</c>): gives Year and Month.</summary>
    Date,

    /// <summary>Authors, as written; split into names.</summary>
    Authors,

    /// <summary>The short name the list gives the paper apart from its title (<c>**RoboRefer**: "…"</c>, <c>(**B2T2**)</c>).</summary>
    ShortName,

    /// <summary>A tag in brackets that is neither the name nor a venue (<c>[Oral]</c>).</summary>
    Tags,
}

/// <summary>One field of a raw entry: what it is, how messages name it, and what it says.</summary>
/// <param name="Where">How a message names the field: <c>Links cell</c>, <c>title</c>.</param>
/// <param name="Header">The column header, for columns the catalog does not know (their constant's name), else empty.</param>
/// <param name="Column">The table column the field is, or -1.</param>
/// <param name="IsSpanned">A cell another cell spans into (<c>rowspan</c>): its problems are reported at the spanning cell.</param>
internal sealed record RawField(FieldRole Role, string Where, FieldContent Content, string Header = "", int Column = -1, bool IsSpanned = false);

/// <summary>
/// An entry as one block reader found it, before anything is checked or named: its fields with their
/// source ranges. Every form (pipe table, HTML table, bullet list) gives the same shape, and one
/// <c>EntryBuilder</c> turns it into a spec.
/// </summary>
internal sealed class RawEntry
{
    public RawEntry(EntryForm form, int start, int end, RawField? name, bool nameFromTitle)
    {
        Form = form;
        Start = start;
        End = end;
        Name = name;
        NameFromTitle = nameFromTitle;
    }

    public EntryForm Form { get; }

    /// <summary>Where the row or the item's first line is.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>The field that names the entry; null when the row is too short to have it.</summary>
    public RawField? Name { get; }

    /// <summary>
    /// The name is the title's part before its first <c>": "</c> (the whole title when it has none),
    /// as list items name papers: <c>Orca: A Distributed Serving System…</c> is Orca.
    /// </summary>
    public bool NameFromTitle { get; }

    /// <summary>The other fields, in the order written.</summary>
    public List<RawField> Fields { get; } = new();

    /// <summary>Malformed markup in the parts of the entry that were cut into fields, reported once, with where it is.</summary>
    public List<(MarkupProblem Problem, string Where)> Problems { get; } = new();

    /// <summary>Where the entry is: its row, or its item's marker (for <c>Paper.SourceLine</c>).</summary>
    public int LineOffset { get; init; } = -1;

    public string Noun => Form == EntryForm.TableRow ? "row" : "item";

    /// <summary>"A row", "An item": the noun as a message's sentence opens with it.</summary>
    public string NounOpeningSentence => Form == EntryForm.TableRow ? "A row" : "An item";
}
