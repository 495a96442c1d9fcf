using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Reads the entries of a table, pipe or HTML: the header gives each column its role (<see cref="ColumnMap"/>),
/// and every body row becomes a raw entry with one field per cell. What is wrong with the table itself (a
/// blank header cell, no column that names entries, a row with too many or too few cells) is reported here.
/// </summary>
internal sealed class TableEntryReader
{
    private readonly FieldReader _fields;
    private readonly DiagnosticSink _sink;
    public TableEntryReader(FieldReader fields, DiagnosticSink sink)
    {
        _fields = fields;
        _sink = sink;
    }

    /// <summary>
    /// The table's columns, or null when it has no column that names entries (reported when the table has
    /// links). Header problems are reported in any case. <paramref name="nameColumn"/> names the column that
    /// names entries (a comment before the table, else the item's metadata), or is empty for the usual headers.
    /// </summary>
    public ColumnMap? ReadHeader(RawTable table, HtmlTokenizer html, string sectionTitle, string nameColumn)
    {
        var headers = new string[table.Header.Cells.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            var cell = _fields.ReadCell(table, table.Header.Cells[i], html);
            foreach (var problem in cell.Problems)
            {
                _sink.Report(DiagnosticDescriptors.MalformedHtml, (problem.Start, problem.End), sectionTitle, $"{problem.Message}, in the header row");
            }

            headers[i] = cell.Text;
            if (headers[i].Length == 0)
            {
                _sink.Report(DiagnosticDescriptors.BlankHeaderCell, cell.Span, Number(i + 1), Number(headers.Length), sectionTitle);
            }
        }

        var columns = ColumnMap.Create(headers, nameColumn, MemberNames.EntryMembers);
        ReportUnnamedColumns(table, columns, sectionTitle);
        if (columns.NameColumn < 0)
        {
            // A table with links was meant as a catalog; one without (a support matrix, a price list) is not one.
            if (HasLinks(table, html))
            {
                _sink.Report(DiagnosticDescriptors.NoNameColumn, (table.Header.Start, table.Header.End), sectionTitle, DescribeHeaders(headers));
            }

            return null;
        }

        return columns;
    }

    private bool HasLinks(RawTable table, HtmlTokenizer html)
    {
        foreach (var row in table.ReadRows())
        {
            foreach (var cell in row.Cells)
            {
                if (_fields.ReadCell(table, cell, html).Links.Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The body row as a raw entry: the name cell, then every other cell in column order.</summary>
    public RawEntry ReadRow(RawTable table, RawRow row, ColumnMap columns, HtmlTokenizer html, string sectionTitle)
    {
        var headerCount = columns.Headers.Length;
        if (columns.NameHoldsTitleAndAuthors && columns.NameColumn < row.Cells.Count)
        {
            return ReadTitleAndAuthorsRow(table, row, columns, html, sectionTitle);
        }

        RawField? name = null;
        if (columns.NameColumn < row.Cells.Count)
        {
            name = Field(table, row.Cells[columns.NameColumn], html, FieldRole.Name, columns, columns.NameColumn);
        }

        if (row.Cells.Count != headerCount)
        {
            var label = name is { Content.Text.Length: > 0 } ? name.Content.Text : "(unnamed)";
            ReportCellCount(table, row, headerCount, label, sectionTitle);
        }

        var entry = new RawEntry(EntryForm.TableRow, row.Start, row.End, name, nameFromTitle: false);
        if (name is null || name.Content.Text.Length == 0)
        {
            // Nothing to name the entry: its other cells are not read (the builder reports the name).
            return entry;
        }

        for (var column = 0; column < headerCount && column < row.Cells.Count; column++)
        {
            if (column != columns.NameColumn)
            {
                entry.Fields.Add(Field(table, row.Cells[column], html, columns.Roles[column], columns, column));
            }
        }

        return entry;
    }

    /// <summary>
    /// A row whose name cell holds badges, the title link and the authors, one per line
    /// (<c>[![Star](…)](repo) [![Publish](…)]() &lt;br&gt; [Title](paper) &lt;br&gt; Authors</c>): the cell is cut at its
    /// line breaks; the line with a link that is no badge is the title (and the Paper link), lines of badges
    /// are links (the star badge's repository is the code), lines of text after the title are the authors.
    /// </summary>
    private RawEntry ReadTitleAndAuthorsRow(RawTable table, RawRow row, ColumnMap columns, HtmlTokenizer html, string sectionTitle)
    {
        var cell = row.Cells[columns.NameColumn];
        var whole = _fields.ReadCell(table, cell, html);
        if (row.Cells.Count != columns.Headers.Length)
        {
            ReportCellCount(table, row, columns.Headers.Length, whole.Text.Length > 0 ? whole.Text : "(unnamed)", sectionTitle);
        }

        var entry = new RawEntry(EntryForm.TableRow, row.Start, row.End, name: null, nameFromTitle: true);
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

        for (var column = 0; column < columns.Headers.Length && column < row.Cells.Count; column++)
        {
            if (column != columns.NameColumn)
            {
                entry.Fields.Add(Field(table, row.Cells[column], html, columns.Roles[column], columns, column));
            }
        }

        return entry;
    }

    private RawField Field(RawTable table, in RawCell cell, HtmlTokenizer html, FieldRole role, ColumnMap columns, int column)
    {
        var header = columns.Headers[column];
        return new RawField(role, header.Length > 0 ? header + " cell" : "cell", _fields.ReadCell(table, cell, html), header, columns.MemberNames[column]);
    }

    /// <summary>An unknown column whose header makes no constant (no letter, or a name an entry already has) says so.</summary>
    private void ReportUnnamedColumns(RawTable table, ColumnMap columns, string sectionTitle)
    {
        for (var i = 0; i < columns.Headers.Length; i++)
        {
            var header = columns.Headers[i];
            if (columns.Roles[i] != FieldRole.Other || columns.MemberNames[i] is not null || header.Length == 0)
            {
                continue;
            }

            var location = _sink.Locate(CellSpan(table.Header.Cells[i]));
            if (!Identifiers.TryFromName(header, out var identifier, out var problem))
            {
                _sink.Report(
                    DiagnosticDescriptors.NameWithoutIdentifier, location, "column header", header, sectionTitle,
                    problem + "; its cells are kept in Paper.Columns only");
            }
            else
            {
                _sink.Report(
                    DiagnosticDescriptors.MemberCollision, location, header, sectionTitle, identifier,
                    "a member every entry has, or another column; its cells are kept in Paper.Columns only");
            }
        }
    }

    private void ReportCellCount(RawTable table, RawRow row, int headerCount, string entryLabel, string sectionTitle)
    {
        string fix;
        (int, int) span;
        if (row.Cells.Count > headerCount)
        {
            // Point at the extra cells.
            span = (row.Cells[headerCount].OuterStart, row.Cells[row.Cells.Count - 1].OuterEnd);
            fix = table.Kind == TableKind.Pipe
                ? "remove the extra cells, or write a | that belongs to the text as \\|"
                : "remove the extra cells";
        }
        else
        {
            span = (row.Start, row.End);
            fix = table.Kind == TableKind.Pipe
                ? "add the missing cells; an empty cell is written | |"
                : "add the missing cells; an empty cell is written <td></td>";
        }

        _sink.Report(DiagnosticDescriptors.RowCellCount, span, entryLabel, sectionTitle, Number(row.Cells.Count), Number(headerCount), fix);
    }

    private static (int Start, int End) CellSpan(in RawCell cell) => cell.IsEmpty ? (cell.OuterStart, cell.OuterEnd) : (cell.Start, cell.End);

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

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
