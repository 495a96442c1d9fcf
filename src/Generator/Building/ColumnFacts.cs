using System.Collections.Generic;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// What the cells of a table's columns hold, read from its first rows: how many are filled, whether they differ
/// from row to row, how many hold a link with a title, how many read as a venue. A column is recognised by these
/// where its header says nothing (<c>| Year | CONF | [Title](…) |</c>) or only suggests (<c>keywords</c>).
/// </summary>
internal sealed class ColumnFacts
{
    /// <summary>Enough rows to tell what a column holds, so a long table is not read twice.</summary>
    private const int SampledRows = 100;

    private readonly int[] _filled;
    private readonly int[] _titledLinks;
    private readonly int[] _venues;
    private readonly int[] _plainNames;
    private readonly int[] _boldTitles;
    private readonly HashSet<string>[] _distinct;

    private ColumnFacts(int columns)
    {
        _filled = new int[columns];
        _titledLinks = new int[columns];
        _venues = new int[columns];
        _plainNames = new int[columns];
        _boldTitles = new int[columns];
        _distinct = new HashSet<string>[columns];
        for (var c = 0; c < columns; c++)
        {
            _distinct[c] = new HashSet<string>(System.StringComparer.Ordinal);
        }
    }

    public int Rows { get; private set; }

    public static ColumnFacts Read(RawTable table, HtmlTokenizer html, FieldReader fields, ColumnMap columns)
    {
        var facts = new ColumnFacts(columns.Headers.Length);
        foreach (var row in table.ReadRows())
        {
            if (facts.Rows++ == SampledRows)
            {
                break;
            }

            for (var c = 0; c < columns.Headers.Length && c < row.Cells.Count; c++)
            {
                var cell = fields.ReadCell(table, row.Cells[c], html);
                if (cell.Text.Length == 0 && cell.Links.Count == 0)
                {
                    continue;
                }

                facts._filled[c]++;
                facts._distinct[c].Add(cell.Text);
                foreach (var link in cell.Links)
                {
                    if (PaperText.IsTitleLabel(link) && !ListEntries.IsNavigation(link))
                    {
                        facts._titledLinks[c]++;
                        break;
                    }
                }

                if (cell.Links.Count == 0 && cell.Strong.Count > 0 && cell.TrimmedTextRange(cell.Strong[0].OuterStart, cell.Strong[0].OuterEnd) is var bold
                    && bold.Start <= 0 && TextRuns.WordCount(cell.Text.Substring(bold.Start, bold.End - bold.Start)) >= 1)
                {
                    // "**TrueNorth** — *a million-neuron chip*": the paper's name in bold, opening the cell.
                    facts._boldTitles[c]++;
                }

                if (cell.Links.Count == 0 && VenueParser.ReadsAsVenue(cell.Text))
                {
                    facts._venues[c]++;
                }
                else if (cell.Links.Count == 0 && IsPlainName(cell.Text))
                {
                    facts._plainNames[c]++;
                }
            }
        }

        facts.Rows = System.Math.Min(facts.Rows, SampledRows);
        return facts;
    }

    /// <summary>Whether the column's cells name the rows: nearly all filled, and each different.</summary>
    public bool TellsRowsApart(int column) =>
        _filled[column] * 5 >= Rows * 4 && _distinct[column].Count * 10 >= _filled[column] * 9;

    /// <summary>The column whose cells most often hold a link with a title, or -1.</summary>
    public int TitledLinkColumn(ColumnMap columns)
    {
        var best = -1;
        for (var c = 0; c < _titledLinks.Length; c++)
        {
            if (columns.Roles[c] is FieldRole.Venue or FieldRole.Date or FieldRole.Institutions or FieldRole.Authors or FieldRole.Links)
            {
                continue;
            }

            if (_titledLinks[c] > 0 && (best < 0 || _titledLinks[c] > _titledLinks[best]))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// The column that names entries when no header says so: the one whose cells most often hold a link with a
    /// title (<c>| Year | Pub | [Title](…) | Repo |</c>), else the Paper column; -1 when neither.
    /// </summary>
    public int NameColumn(ColumnMap columns)
    {
        if (TitledLinkColumn(columns) is var titled && titled >= 0)
        {
            return titled;
        }

        var paper = System.Array.IndexOf(columns.Roles, FieldRole.Paper);
        if (paper < 0 && BoldTitleColumn(columns) is var bold && bold >= 0)
        {
            return bold;
        }

        return paper >= 0 && PlainNameColumn(columns) is var named && named >= 0 ? named : paper;
    }

    /// <summary>
    /// The first column no header names whose cells open with bold text, a different one in each row, beside a Links
    /// column (<c>| Year | Landmark | Venue | Link |</c> over <c>| 2014 | **TrueNorth** — *a chip* | Science | [paper](…) |</c>), or -1.
    /// </summary>
    private int BoldTitleColumn(ColumnMap columns)
    {
        if (System.Array.IndexOf(columns.Roles, FieldRole.Links) < 0)
        {
            return -1;
        }

        for (var c = 0; c < _boldTitles.Length; c++)
        {
            if (columns.Roles[c] == FieldRole.Other && _filled[c] >= 2 && TellsRowsApart(c) && _boldTitles[c] * 10 >= _filled[c] * 9)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first column no header names whose cells are short plain names, a different one in each row
    /// (<c>| Scheduler | Year | Series | Paper |</c> over <c>| Optimus | 2018 | EuroSys | [Paper](…) |</c>), or -1: where the Paper
    /// column holds only <c>[Paper](…)</c>, it names the rows.
    /// </summary>
    private int PlainNameColumn(ColumnMap columns)
    {
        for (var c = 0; c < _plainNames.Length; c++)
        {
            if (columns.Roles[c] == FieldRole.Other && _filled[c] >= 2 && TellsRowsApart(c) && _plainNames[c] * 10 >= _filled[c] * 9)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>A name of one to four words with a letter, no year, no sentence: <c>Optimus</c>, <c>Pollux</c>, <c>AFS</c>.</summary>
    private static bool IsPlainName(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 40 || TextRuns.WordCount(trimmed) > 4 || VenueParser.YearOnly(trimmed) > 0 || trimmed.IndexOf(". ", System.StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var ch in trimmed)
        {
            if (char.IsLetter(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A column no header names whose filled cells mostly read as venues (<c>CVPR</c>, <c>ICLR 2024</c>), or -1.</summary>
    public int VenueColumn(ColumnMap columns)
    {
        var best = -1;
        for (var c = 0; c < _venues.Length; c++)
        {
            if (columns.Roles[c] != FieldRole.Other || _filled[c] < 3 || _venues[c] * 5 < _filled[c] * 3)
            {
                continue;
            }

            if (best < 0 || _venues[c] > _venues[best])
            {
                best = c;
            }
        }

        return best;
    }
}
