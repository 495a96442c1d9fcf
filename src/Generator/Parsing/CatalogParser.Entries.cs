using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Parsing;

internal sealed partial class CatalogParser
{
    /// <summary>The names that every entry class declares besides its <c>…Url</c> constants.</summary>
    private static readonly string[] FixedEntryMembers = { "Name", "VenueText", "Institutions", "Remarks", "Paper" };

    /// <summary>The member every section class and the root class declare.</summary>
    private const string AllMember = "All";

    private void OpenHeading(HeadingBlock heading)
    {
        var title = ReadHeadingText(heading);
        if (heading.Level == 1)
        {
            // The first # heading is the document's title; any # heading closes all sections.
            _title ??= title.Length > 0 ? title : null;
            _headingStack.Clear();
            _currentSection = Root;
            return;
        }

        while (_headingStack.Count > 0 && _headingStack[_headingStack.Count - 1].Level >= heading.Level)
        {
            _headingStack.RemoveAt(_headingStack.Count - 1);
        }

        var parent = _headingStack.Count > 0 ? _headingStack[_headingStack.Count - 1].Section : Root;
        var section = parent == Dropped ? Dropped : OpenSection(heading, title, parent);
        _headingStack.Add((heading.Level, section));
        _currentSection = section;
    }

    private int OpenSection(HeadingBlock heading, string title, int parent)
    {
        var location = _lines.Locate(heading.Span.Start, heading.Span.End + 1);
        var identifier = Identifiers.FromName(title);
        if (identifier is null)
        {
            // A heading without letters (an emoji, a rule of dashes) groups nothing of its own: its
            // tables stay in the enclosing section.
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NameWithoutIdentifier, location, "section heading", title, SectionTitle(parent),
                "its tables are generated in the enclosing section"));
            return parent;
        }

        var scope = Scope(parent);
        if (scope.TryGetValue(identifier, out var existing))
        {
            if (existing.Section >= 0)
            {
                // The same heading again in one scope continues that section.
                return existing.Section;
            }

            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MemberCollision, location, existing.Location, title, SectionTitle(parent), identifier,
                $"the entry '{existing.Name}' (this section and its entries are not generated)"));
            return Dropped;
        }

        var collision = identifier == AllMember
            ? "the All list of its enclosing class"
            : identifier == EnclosingClassName(parent) ? "its enclosing class" : null;
        if (collision is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MemberCollision, location, title, SectionTitle(parent), identifier,
                collision + " (this section and its entries are not generated)"));
            return Dropped;
        }

        _sections.Add(new SectionBuilder(title, identifier, parent));
        var index = _sections.Count - 1;
        scope.Add(identifier, new ScopeMember(title, location, index));
        return index;
    }

    private string ReadHeadingText(HeadingBlock heading)
    {
        var start = heading.Span.Start;
        var end = heading.Span.Start;
        _cell.Reset(start, end);
        var lines = heading.Lines.Lines;
        for (var i = 0; i < heading.Lines.Count; i++)
        {
            var slice = lines[i].Slice;
            _cell.Break();
            if (slice.End >= slice.Start)
            {
                _inlines.Read(_text, slice.Start, slice.End + 1, _cell, tableCell: false);
            }
        }

        return _cell.Finish();
    }

    private void ReadTable(RawTable table)
    {
        _tableCount++;
        var section = _currentSection;
        var sectionTitle = CurrentSectionTitle;
        var headers = new string[table.Header.Cells.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            var cell = table.Header.Cells[i];
            headers[i] = ReadCell(table, cell, sectionTitle, "the header row");
            if (headers[i].Length == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.BlankHeaderCell,
                    LocateCell(cell),
                    Number(i + 1),
                    Number(headers.Length),
                    sectionTitle));
            }
        }

        var columns = ColumnMap.Create(headers);
        if (columns.NameColumn < 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NoNameColumn,
                _lines.Locate(table.Header.Start, table.Header.End),
                sectionTitle,
                DescribeHeaders(headers)));
            return;
        }

        if (section == Dropped)
        {
            // The heading's diagnostic already says that this section is not generated.
            return;
        }

        foreach (var row in table.Rows)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ReadRow(table, row, columns, section, sectionTitle);
        }
    }

    private void ReadRow(RawTable table, RawRow row, ColumnMap columns, int section, string sectionTitle)
    {
        var headerCount = columns.Headers.Length;
        var hasNameCell = columns.NameColumn < row.Cells.Count;
        var name = hasNameCell ? ReadCell(table, row.Cells[columns.NameColumn], sectionTitle, "a name cell") : string.Empty;
        var entryLabel = name.Length > 0 ? name : "(unnamed)";
        if (hasNameCell)
        {
            CheckLinkTargets(entryLabel, sectionTitle);
        }

        if (row.Cells.Count != headerCount)
        {
            ReportCellCount(table, row, headerCount, entryLabel, sectionTitle);
        }

        var nameLocation = hasNameCell ? LocateCell(row.Cells[columns.NameColumn]) : _lines.Locate(row.Start, row.End);
        if (name.Length == 0)
        {
            // A row too short to have a name cell is already reported for its cell count.
            if (hasNameCell)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.EntryWithoutName, nameLocation, sectionTitle, columns.Headers[columns.NameColumn]));
            }

            return;
        }

        var identifier = Identifiers.FromName(name);
        if (identifier is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NameWithoutIdentifier, nameLocation, "name", name, sectionTitle,
                "it has no letter or digit; give the entry a name with at least one"));
            return;
        }

        // Every other cell is read once, in column order; each link in it is checked on the way.
        VenueSpec? venue = null;
        RawCell? venueCell = null;
        var institutions = EquatableArray<string>.Empty;
        string? remarks = null;
        var links = EquatableArray<LinkSpec>.Empty;
        var memberNames = new HashSet<string>(FixedEntryMembers, StringComparer.Ordinal);
        string? arxivLinkId = null;
        for (var column = 0; column < headerCount && column < row.Cells.Count; column++)
        {
            var role = columns.Roles[column];
            if (column == columns.NameColumn)
            {
                continue;
            }

            var cell = row.Cells[column];
            var text = ReadCell(table, cell, sectionTitle, $"the {columns.Headers[column]} cell of '{name}'");
            CheckLinkTargets(name, sectionTitle);
            foreach (var link in _cell.Links)
            {
                arxivLinkId ??= VenueParser.ArxivIdFromUrl(link.Target);
            }

            switch (role)
            {
                case ColumnRole.Venue:
                    venueCell = cell;
                    venue = text.Length == 0 ? null : new VenueSpec(text, _cell.Links.Count > 0 ? _cell.Links[0].Target : null);
                    break;
                case ColumnRole.Institutions:
                    institutions = ReadItems(text);
                    break;
                case ColumnRole.Remarks:
                    remarks = text.Length == 0 ? null : text;
                    break;
                case ColumnRole.Links:
                    links = ReadLinks(name, sectionTitle, memberNames);
                    break;
            }
        }

        if (venueCell is { } venueAt)
        {
            CheckVenue(venue, venueAt, name, sectionTitle, arxivLinkId);
        }

        var collision = identifier == AllMember
            ? "the All list of its section"
            : identifier == EnclosingClassName(section)
                ? "its enclosing class"
                : memberNames.Contains(identifier) ? $"its own member {identifier}" : null;
        if (collision is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberCollision, nameLocation, name, sectionTitle, identifier, collision));
            return;
        }

        var scope = Scope(section);
        if (scope.TryGetValue(identifier, out var existing))
        {
            _diagnostics.Add(existing.Section >= 0
                ? DiagnosticInfo.Create(
                    DiagnosticDescriptors.MemberCollision, nameLocation, existing.Location, name, sectionTitle, identifier,
                    $"the subsection '{existing.Name}'")
                : DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateIdentifier, nameLocation, existing.Location, name, sectionTitle, identifier,
                    $"'{existing.Name}' on line {Number(existing.Location.StartLine + 1)}"));
            return;
        }

        scope.Add(identifier, new ScopeMember(name, nameLocation, -1));
        var index = _entries.Count;
        _entries.Add(new EntrySpec(identifier, name, section, venue, institutions, remarks, links, _lines.LineOf(row.Start) + 1));
        for (var s = section; s >= 0; s = _sections[s].Parent)
        {
            _sections[s].Add(index);
        }
    }

    private void ReportCellCount(RawTable table, RawRow row, int headerCount, string entryLabel, string sectionTitle)
    {
        string fix;
        LocationInfo location;
        if (row.Cells.Count > headerCount)
        {
            // Point at the extra cells.
            location = _lines.Locate(row.Cells[headerCount].OuterStart, row.Cells[row.Cells.Count - 1].OuterEnd);
            fix = table.Kind == TableKind.Pipe
                ? "remove the extra cells, or write a | that belongs to the text as \\|"
                : "remove the extra cells";
        }
        else
        {
            location = _lines.Locate(row.Start, row.End);
            fix = table.Kind == TableKind.Pipe
                ? "add the missing cells; an empty cell is written | |"
                : "add the missing cells; an empty cell is written <td></td>";
        }

        _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.RowCellCount, location, entryLabel, sectionTitle, Number(row.Cells.Count), Number(headerCount), fix));
    }

    private void CheckVenue(VenueSpec? venue, in RawCell cell, string name, string sectionTitle, string? arxivLinkId)
    {
        if (venue is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyVenue, LocateCell(cell), name, sectionTitle));
            return;
        }

        if (VenueParser.TryParse(venue.Text, out _, out var problem))
        {
            return;
        }

        if (arxivLinkId is not null && venue.Text.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
        {
            problem += $"; the row's own link says arXiv {arxivLinkId}";
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidVenue, LocateCell(cell), venue.Text, name, sectionTitle, problem));
    }

    /// <summary>Reports every link of the cell just read whose target is empty, a placeholder or not a URL.</summary>
    private void CheckLinkTargets(string name, string sectionTitle)
    {
        foreach (var link in _cell.Links)
        {
            var problem = LinkTargets.Check(link.Target, out var reason);
            if (problem == LinkTargetProblem.None)
            {
                continue;
            }

            var label = link.Label.Length > 0 ? link.Label : "(no label)";
            var location = link.TargetEnd > link.TargetStart ? _lines.Locate(link.TargetStart, link.TargetEnd) : _lines.Locate(link.Start, link.End);
            _diagnostics.Add(problem switch
            {
                LinkTargetProblem.Empty => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyLinkTarget, location, label, name, sectionTitle),
                LinkTargetProblem.Placeholder => DiagnosticInfo.Create(DiagnosticDescriptors.PlaceholderLinkTarget, location, label, name, sectionTitle, link.Target.Trim()),
                _ => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLinkTarget, location, label, name, sectionTitle, link.Target, reason),
            });
        }
    }

    private EquatableArray<string> ReadItems(string text)
    {
        if (_cell.Items.Count == 0)
        {
            return text.Length == 0 ? EquatableArray<string>.Empty : new[] { text }.ToEquatableArray();
        }

        var items = new string[_cell.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _cell.Items[i].Text;
        }

        return items.ToEquatableArray();
    }

    /// <summary>The links of the Links cell just read; each valid, labelled one gets a <c>…Url</c> member name.</summary>
    private EquatableArray<LinkSpec> ReadLinks(string name, string sectionTitle, HashSet<string> memberNames)
    {
        if (_cell.Links.Count == 0)
        {
            return EquatableArray<LinkSpec>.Empty;
        }

        var links = new LinkSpec[_cell.Links.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = _cell.Links[i];
            var member = LinkTargets.Check(link.Target, out _) == LinkTargetProblem.None
                ? LinkMemberName(link, name, sectionTitle, memberNames)
                : null;
            links[i] = new LinkSpec(link.Label, link.Target, member);
        }

        return links.ToEquatableArray();
    }

    private string? LinkMemberName(in CellLink link, string name, string sectionTitle, HashSet<string> memberNames)
    {
        var location = _lines.Locate(link.Start, link.End);
        var identifier = link.Label.Length == 0 ? null : Identifiers.FromName(link.Label);
        if (identifier is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LinkWithoutLabel, location, name, sectionTitle,
                link.Label.Length == 0 ? string.Empty : $" that makes an identifier ('{link.Label}')"));
            return null;
        }

        var member = identifier + "Url";
        if (!memberNames.Add(member))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateLinkLabel, location, name, sectionTitle, link.Label, member));
            return null;
        }

        return member;
    }

    /// <summary>
    /// Reads a cell into <see cref="_cell"/> and returns its plain text; malformed HTML in it is
    /// reported, naming <paramref name="where"/> the cell is.
    /// </summary>
    private string ReadCell(RawTable table, in RawCell cell, string sectionTitle, string where)
    {
        _cell.Reset(cell.Start, cell.End);
        if (table.Kind == TableKind.Pipe)
        {
            _inlines.Read(_text, cell.Start, cell.End, _cell, tableCell: true);
        }
        else
        {
            var tokens = _html.Tokens;
            for (var i = cell.FirstToken; i < cell.TokenEnd; i++)
            {
                var token = tokens[i];
                switch (token.Kind)
                {
                    case HtmlTokenKind.Text:
                        _cell.AppendText(Entities.Decode(_text, token.Start, token.End));
                        break;
                    case HtmlTokenKind.StartTag:
                    case HtmlTokenKind.EndTag:
                        HtmlMarkup.Apply(_cell, _text, token, _html.Attributes);
                        break;
                }
            }
        }

        var text = _cell.Finish();
        foreach (var problem in _cell.Problems)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedHtml, _lines.Locate(problem.Start, problem.End), sectionTitle, $"{problem.Message}, in {where}"));
        }

        return text;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private LocationInfo LocateCell(in RawCell cell) =>
        cell.IsEmpty ? _lines.Locate(cell.OuterStart, cell.OuterEnd) : _lines.Locate(cell.Start, cell.End);

    private Dictionary<string, ScopeMember> Scope(int section)
    {
        if (!_scopes.TryGetValue(section, out var scope))
        {
            _scopes[section] = scope = new Dictionary<string, ScopeMember>(System.StringComparer.Ordinal);
        }

        return scope;
    }

    private string EnclosingClassName(int section) => section >= 0 ? _sections[section].Identifier : _source.Options.ClassName;

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

    private CatalogFileSpec BuildSpec()
    {
        // Sections without entries (prose, lists, skipped tables) generate no class.
        var newIndex = new int[_sections.Count];
        var sections = new List<SectionSpec>();
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            if (section.Ranges.Count == 0)
            {
                newIndex[i] = Dropped;
                continue;
            }

            newIndex[i] = sections.Count;
            var parent = section.Parent >= 0 ? newIndex[section.Parent] : Root;
            sections.Add(new SectionSpec(section.Title, section.Identifier, parent, section.Ranges.ToEquatableArray()));
        }

        var entries = new EntrySpec[_entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = _entries[i];
            entries[i] = entry.Section >= 0 ? entry with { Section = newIndex[entry.Section] } : entry;
        }

        return new CatalogFileSpec(
            _source.Options,
            FileKeys.Create(_source.Options.RelativePath),
            _title,
            sections.ToEquatableArray(),
            entries.ToEquatableArray());
    }

    /// <summary>A name already taken in a class: by a section (its index) or by an entry (-1).</summary>
    private readonly record struct ScopeMember(string Name, LocationInfo Location, int Section);

    private sealed class SectionBuilder
    {
        public SectionBuilder(string title, string identifier, int parent)
        {
            Title = title;
            Identifier = identifier;
            Parent = parent;
        }

        public string Title { get; }

        public string Identifier { get; }

        public int Parent { get; }

        public List<EntryRange> Ranges { get; } = new();

        public void Add(int entry)
        {
            var last = Ranges.Count - 1;
            if (last >= 0 && Ranges[last].Start + Ranges[last].Count == entry)
            {
                Ranges[last] = new EntryRange(Ranges[last].Start, Ranges[last].Count + 1);
            }
            else
            {
                Ranges.Add(new EntryRange(entry, 1));
            }
        }
    }
}
