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
    private readonly string _nameColumn;

    public TableEntryReader(FieldReader fields, DiagnosticSink sink, string nameColumn)
    {
        _fields = fields;
        _sink = sink;
        _nameColumn = nameColumn;
    }

    /// <summary>
    /// The table's columns, or null when it has no column that names entries (reported). Header problems
    /// are reported in any case.
    /// </summary>
    public ColumnMap? ReadHeader(RawTable table, HtmlTokenizer html, string sectionTitle)
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

        var columns = ColumnMap.Create(headers, _nameColumn, MemberNames.EntryMembers);
        ReportUnnamedColumns(table, columns, sectionTitle);
        if (columns.NameColumn < 0)
        {
            _sink.Report(DiagnosticDescriptors.NoNameColumn, (table.Header.Start, table.Header.End), sectionTitle, DescribeHeaders(headers));
            return null;
        }

        return columns;
    }

    /// <summary>The body row as a raw entry: the name cell, then every other cell in column order.</summary>
    public RawEntry ReadRow(RawTable table, RawRow row, ColumnMap columns, HtmlTokenizer html, string sectionTitle)
    {
        var headerCount = columns.Headers.Length;
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
