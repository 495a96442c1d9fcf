using System;
using System.Collections.Generic;
using System.Text;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Reading;
using static PaperCatalog.Generator.Model.Invariant;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Reads the entries of a table, pipe or HTML: the header gives each column its role (<see cref="ColumnMap"/>),
/// and every body row becomes a raw entry with one field per cell; the name cell is read by <see cref="PaperText"/>
/// like a list item's title line. Rows are read as GitHub shows them: a row with fewer cells than the header has
/// empty cells at its end, and cells beyond the header, which GitHub does not show, are a warning that names their
/// text. What is wrong with the table itself (a blank header cell, links but no column that names entries) is
/// reported here.
/// </summary>
internal sealed class TableEntries
{
    private readonly FieldReader _fields;
    private readonly DiagnosticSink _sink;
    private readonly PaperText _paper = new();

    public TableEntries(FieldReader fields, DiagnosticSink sink)
    {
        _fields = fields;
        _sink = sink;
    }

    /// <summary>
    /// The table's columns, or null when it has no column that names entries (reported when the table has
    /// links). Blank header cells are reported for a catalog table whose header names something. <paramref name="nameColumn"/> names the column that
    /// names entries (a comment before the table, else the item's metadata), or is empty for the usual headers;
    /// without one of those, the column whose cells hold titled links names the entries, or else a Paper column.
    /// </summary>
    public ColumnMap? ReadHeader(RawTable table, HtmlTokenizer html, string sectionTitle, string nameColumn)
    {
        var headers = new string[table.Header.Cells.Count];
        var blanks = new List<(int Cell, (int Start, int End) Span)>();
        for (var i = 0; i < headers.Length; i++)
        {
            var cell = _fields.ReadCell(table, table.Header.Cells[i], html);
            if (!table.Header.Cells[i].IsSpanned)
            {
                foreach (var problem in cell.Problems)
                {
                    _sink.Report(DiagnosticMessages.MalformedHtml(sectionTitle, $"{problem.Message}, in the header row"), (problem.Start, problem.End));
                }
            }

            // "Model <br />*Links:*<br />Venue Repository": a first line the catalog knows names the column, the others
            // explain it ("Spider<br>Exact Match(EM)" stays whole: its lines tell two columns apart).
            headers[i] = cell.LineBreaks.Count > 0 && cell.TextIndexOf(cell.LineBreaks[0].Start) is var firstBreak && firstBreak > 0
                && cell.Text.Substring(0, firstBreak).Trim() is var firstLine && ColumnMap.IsKnownHeader(firstLine)
                ? firstLine
                : cell.Text;
            if (headers[i].Length == 0 && !NumbersRows(table, html, i))
            {
                blanks.Add((i, cell.Span));
            }
        }

        var columns = ColumnMap.Create(headers, nameColumn);
        var weakName = columns.NameColumn >= 0 && ColumnMap.IsWeakNameHeader(headers[columns.NameColumn]);
        if (nameColumn.Length == 0 && (columns.NameColumn < 0 || weakName || !columns.Has(FieldRole.Venue)))
        {
            // What the header leaves open, the cells decide: which column names entries, which holds venues.
            var facts = ColumnFacts.Read(table, html, _fields, columns);
            if (weakName && !facts.TellsRowsApart(columns.NameColumn) && facts.TitledLinkColumn(columns) >= 0)
            {
                // | keywords | … | [Title](…) |: keywords that repeat or are left empty do not name the rows.
                columns = columns.WithoutName();
            }

            if (columns.NameColumn < 0 && facts.NameColumn(columns) is var byContent && byContent >= 0)
            {
                columns = columns.NamedBy(byContent);
            }

            if (columns.NameColumn >= 0 && !columns.Has(FieldRole.Venue) && facts.VenueColumn(columns) is var venue && venue >= 0)
            {
                columns = columns.WithVenue(venue);
            }
        }

        // A table with links or venues was meant as a catalog; one without (a support matrix, a price list) or with only
        // links to other pages (a table of contents) is not one, and a blank cell in its header is nobody's fault.
        var hasLinks = HasLinks(table, html);
        if (columns.NameColumn < 0)
        {
            if (hasLinks)
            {
                _sink.Report(DiagnosticMessages.NoNameColumn(sectionTitle, DescribeHeaders(headers)), (table.Header.Start, table.Header.End));
            }

            return null;
        }

        // A header of blank cells only (| | |) is GitHub's way to write a table without one: its cells name the columns;
        // one whose first cell alone has text over three columns or more (| China (& HK SAR) | | | |) is the table's caption.
        var named = Array.FindAll(headers, header => header.Length > 0).Length;
        var caption = named == 1 && headers.Length >= 3 && headers[0].Length > 0;
        if ((hasLinks || columns.Has(FieldRole.Venue)) && named > 0 && !caption)
        {
            foreach (var (cell, span) in blanks)
            {
                _sink.Report(DiagnosticMessages.BlankHeaderCell(cell: cell + 1, cells: headers.Length, sectionTitle), span);
            }
        }

        return columns;
    }

    /// <summary>Whether a body cell holds a link to something other than another page of the list or a part of this one.</summary>
    private bool HasLinks(RawTable table, HtmlTokenizer html)
    {
        foreach (var row in table.ReadRows())
        {
            foreach (var cell in row.Cells)
            {
                foreach (var link in _fields.ReadCell(table, cell, html).Links)
                {
                    if (!ListEntries.IsNavigation(link))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether every body cell of a column is a number or empty (<c>|   | Dataset |</c> over <c>| 0 | …</c>): the rows' numbers, no field to name.</summary>
    private bool NumbersRows(RawTable table, HtmlTokenizer html, int column)
    {
        foreach (var row in table.ReadRows())
        {
            if (column < row.Cells.Count && _fields.ReadCell(table, row.Cells[column], html).Text.Trim() is { Length: > 0 } text)
            {
                foreach (var c in text)
                {
                    if (!char.IsDigit(c) && c != '.')
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The body row as a raw entry: the name cell read as a title line, then every other cell in column order.</summary>
    public RawEntry ReadRow(RawTable table, RawRow row, ColumnMap columns, HtmlTokenizer html, string sectionTitle)
    {
        var headerCount = columns.Headers.Length;
        if (row.Cells.Count > headerCount)
        {
            ReportHiddenCells(table, row, headerCount, sectionTitle, html);
        }

        if (columns.NameHoldsTitleAndAuthors && columns.NameColumn < row.Cells.Count)
        {
            return ReadTitleAndAuthorsRow(table, row, columns, html);
        }

        var nameCell = columns.NameColumn < row.Cells.Count ? row.Cells[columns.NameColumn] : MissingCell(row);
        var name = Field(table, nameCell, html, FieldRole.Name, columns, columns.NameColumn);
        var entry = new RawEntry(EntryForm.TableRow, row.Start, row.End, name, nameFromTitle: true) { LineOffset = row.Start };
        if (name.Content.Text.Length > 0)
        {
            // An empty name cell has no parts; the paper's link beside it may name the entry (the builder decides).
            AddNameParts(entry, name, columns);
        }

        for (var column = 0; column < headerCount; column++)
        {
            if (column != columns.NameColumn)
            {
                var cell = column < row.Cells.Count ? row.Cells[column] : MissingCell(row);
                var field = Field(table, cell, html, columns.Roles[column], columns, column);
                if (field.Role == FieldRole.Paper && IsTitleTextBesideLinks(field.Content))
                {
                    AddTitleLineParts(entry, field, columns);
                }
                else if (field.Role == FieldRole.Title && field.Content.LineBreaks.Count > 0)
                {
                    // "Title <br> <sup><sub>*Jane Doe, John Roe*</sub></sup>": the lines after the title say more of it.
                    AddTitleLineParts(entry, field, columns);
                    continue;
                }

                entry.Fields.Add(field);
            }
        }

        return entry;
    }

    /// <summary>
    /// A Paper cell that writes the title as text beside links labelled as links
    /// (<c>Title (npj Computational Materials, 2024) [[Paper]](…)[[Code]](…)</c>): the text is the title line, not a remark.
    /// </summary>
    private static bool IsTitleTextBesideLinks(FieldContent content)
    {
        if (content.Links.Count == 0 || TextRuns.WordCount(content.TextOutsideLinks) < 3)
        {
            return false;
        }

        foreach (var link in content.Links)
        {
            if (!LinkLabels.NeedsColumnName(link))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The title, venue, date and authors of a Paper or Title cell's text, read as a title line. A Paper cell keeps
    /// its links itself; a Title cell's links that no part holds are kept as links. A short name in front
    /// (<c>CHEMREASONER: …</c>) stays in the title: the name column names the entry.
    /// </summary>
    private void AddTitleLineParts(RawEntry entry, RawField paper, ColumnMap columns)
    {
        var content = paper.Content;
        var parts = _paper.ReadTitleLine(content);
        var titleStart = -1;
        foreach (var part in parts.Parts)
        {
            if (part.Role == FieldRole.ShortName && titleStart < 0)
            {
                titleStart = part.Start;
                continue;
            }

            if (part.Role is not (FieldRole.Title or FieldRole.Venue or FieldRole.Date or FieldRole.Authors))
            {
                continue;
            }

            var role = RoleBeside(columns, part.Role);
            var start = part.Role == FieldRole.Title && titleStart >= 0 && titleStart < part.Start ? titleStart : part.Start;
            var slice = content.Slice(start, part.End);
            if (slice.Links.Count == 0)
            {
                entry.Fields.Add(new RawField(role, paper.Where, slice, paper.Header, paper.Column, paper.IsSpanned));
            }
        }

        if (paper.Role == FieldRole.Title)
        {
            for (var l = 0; l < content.Links.Count; l++)
            {
                entry.Fields.Add(new RawField(FieldRole.Links, paper.Where, content.LinkAlone(l), paper.Header, paper.Column, paper.IsSpanned));
            }
        }
    }

    /// <summary>
    /// The name cell, read as a title line: its title or title link, a short name, tags, and what else it holds
    /// (a venue or date when no column gives one, authors, remarks); links no part took are kept as links.
    /// </summary>
    private void AddNameParts(RawEntry entry, RawField name, ColumnMap columns)
    {
        var content = name.Content;
        var parts = _paper.ReadTitleLine(content);
        var taken = new bool[content.Links.Count];
        foreach (var part in parts.Parts)
        {
            var role = RoleBeside(columns, part.Role);

            var slice = content.Slice(part.Start, part.End);
            entry.Fields.Add(new RawField(role, name.Where, slice, name.Header, name.Column, name.IsSpanned));
            foreach (var link in slice.Links)
            {
                for (var l = 0; l < taken.Length; l++)
                {
                    taken[l] |= content.Links[l].Start == link.Start && content.Links[l].End == link.End;
                }
            }
        }

        for (var l = 0; l < taken.Length; l++)
        {
            if (!taken[l])
            {
                entry.Fields.Add(new RawField(FieldRole.Links, name.Where, content.LinkAlone(l), name.Header, name.Column, name.IsSpanned));
            }
        }
    }

    /// <summary>A venue or date a title line holds beside a Venue or Date column is a tag: the column gives the field.</summary>
    private static FieldRole RoleBeside(ColumnMap columns, FieldRole role) =>
        (role == FieldRole.Venue && columns.Has(FieldRole.Venue)) || (role == FieldRole.Date && columns.Has(FieldRole.Date)) ? FieldRole.Tags : role;

    /// <summary>
    /// A row whose name cell holds badges, the title link and the authors, one per line
    /// (<c>[![Star](…)](repo) [![Publish](…)]() &lt;br&gt; [Title](paper) &lt;br&gt; Authors</c>): the cell is cut at its
    /// line breaks; the line with a link that is no badge is the title (and the Paper link), lines of badges
    /// are links (the star badge's repository is the code), lines of text after the title are the authors.
    /// </summary>
    private RawEntry ReadTitleAndAuthorsRow(RawTable table, RawRow row, ColumnMap columns, HtmlTokenizer html)
    {
        var cell = row.Cells[columns.NameColumn];
        var whole = _fields.ReadCell(table, cell, html);
        var entry = new RawEntry(EntryForm.TableRow, row.Start, row.End, name: null, nameFromTitle: true) { LineOffset = row.Start };
        var start = cell.Start;
        var titled = false;
        for (var i = 0; i <= whole.LineBreaks.Count; i++)
        {
            var end = i < whole.LineBreaks.Count ? whole.LineBreaks[i].Start : cell.End;
            var line = _fields.ReadMarkdown(start, end, tableCell: true);
            start = i < whole.LineBreaks.Count ? whole.LineBreaks[i].End : cell.End;
            if (line.IsEmpty && line.Links.Count == 0)
            {
                continue;
            }

            var hasTitleLink = false;
            foreach (var link in line.Links)
            {
                hasTitleLink |= !link.LabelIsImage;
            }

            if (!titled && (hasTitleLink || line.TextOutsideLinks.Length > 0 && line.Links.Count == 0))
            {
                titled = true;
                entry.Fields.Add(new RawField(hasTitleLink ? FieldRole.Paper : FieldRole.Title, "title", line));
            }
            else if (line.TextOutsideLinks.Length == 0)
            {
                entry.Fields.Add(new RawField(FieldRole.Links, "badges", line));
            }
            else
            {
                entry.Fields.Add(new RawField(titled ? FieldRole.Authors : FieldRole.Remarks, titled ? "authors" : "line", line));
            }
        }

        for (var column = 0; column < columns.Headers.Length; column++)
        {
            if (column != columns.NameColumn)
            {
                var other = column < row.Cells.Count ? row.Cells[column] : MissingCell(row);
                entry.Fields.Add(Field(table, other, html, columns.Roles[column], columns, column));
            }
        }

        return entry;
    }

    private RawField Field(RawTable table, in RawCell cell, HtmlTokenizer html, FieldRole role, ColumnMap columns, int column)
    {
        var header = columns.Headers[column];
        return new RawField(role, header.Length > 0 ? header + " cell" : "cell", _fields.ReadCell(table, cell, html), header, column, cell.IsSpanned);
    }

    /// <summary>A cell the row does not write: GitHub shows it empty, at the row's end; nothing about it is a problem.</summary>
    private static RawCell MissingCell(RawRow row) => new(row.End, row.End, row.End, row.End, isSpanned: true);

    /// <summary>Cells beyond the header: GitHub drops them, so what they say is not on the page (PCAT101, a warning).</summary>
    private void ReportHiddenCells(RawTable table, RawRow row, int headerCount, string sectionTitle, HtmlTokenizer html)
    {
        var hidden = new StringBuilder();
        for (var c = headerCount; c < row.Cells.Count; c++)
        {
            var text = _fields.ReadCell(table, row.Cells[c], html).Text;
            if (hidden.Length > 0 && text.Length > 0)
            {
                hidden.Append(" | ");
            }

            hidden.Append(text);
        }

        var span = (row.Cells[headerCount].OuterStart, row.Cells[row.Cells.Count - 1].OuterEnd);
        var fix = table.Kind == TableKind.Pipe
            ? "add a header cell for them, remove them, or write a | that belongs to the text as \\|"
            : "add a header cell for them, or remove them";
        _sink.Report(
            DiagnosticMessages.RowCellCount(
                cells: row.Cells.Count,
                headerCells: headerCount,
                sectionTitle,
                hidden: hidden.Length > 0 ? $"'{hidden}'" : "nothing but empty cells",
                fix),
            span);
    }

    private static string DescribeHeaders(string[] headers)
    {
        var builder = new StringBuilder();
        foreach (var header in headers)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(header).Append('\'');
        }

        return builder.Length == 0 ? "(none)" : builder.ToString();
    }

}
