using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Parsing;

internal sealed partial class CatalogParser
{
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
        if (!Identifiers.TryFromName(title, out var identifier, out var problem))
        {
            // A heading that makes no identifier (an emoji, a rule of dashes) groups nothing of its
            // own: its tables stay in the enclosing section.
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NameWithoutIdentifier, location, "section heading", title, SectionTitle(parent),
                problem + "; its tables are generated in the enclosing section"));
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

        var collision = ReservedCollision(identifier, parent);
        if (collision is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MemberCollision, location, title, SectionTitle(parent), identifier,
                collision + " (this section and its entries are not generated)"));
            return Dropped;
        }

        _sections.Add(new SectionBuilder(title, identifier, parent, location));
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
            headers[i] = ReadCell(table, cell, sectionTitle, "the header row", null);
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

        var columns = ColumnMap.Create(headers, _source.Options.NameColumn, MemberNames.EntryMembers);
        ReportUnnamedColumns(table, columns, sectionTitle);
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

        foreach (var row in table.ReadRows())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ReadRow(table, row, columns, section, sectionTitle);
        }
    }

    /// <summary>An unknown column whose header makes no constant (no letter, or a name an entry already has) says so.</summary>
    private void ReportUnnamedColumns(RawTable table, ColumnMap columns, string sectionTitle)
    {
        for (var i = 0; i < columns.Headers.Length; i++)
        {
            var header = columns.Headers[i];
            if (columns.Roles[i] != ColumnRole.Other || columns.MemberNames[i] is not null || header.Length == 0)
            {
                continue;
            }

            var location = LocateCell(table.Header.Cells[i]);
            _diagnostics.Add(!Identifiers.TryFromName(header, out var identifier, out var problem)
                ? DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameWithoutIdentifier, location, "column header", header, sectionTitle,
                    problem + "; its cells are kept in Paper.Columns only")
                : DiagnosticInfo.Create(
                    DiagnosticDescriptors.MemberCollision, location, header, sectionTitle, identifier,
                    "a member every entry has, or another column; its cells are kept in Paper.Columns only"));
        }
    }

    private void ReadRow(RawTable table, RawRow row, ColumnMap columns, int section, string sectionTitle)
    {
        var headerCount = columns.Headers.Length;
        var hasNameCell = columns.NameColumn < row.Cells.Count;
        var name = hasNameCell ? ReadCell(table, row.Cells[columns.NameColumn], sectionTitle, "a name cell", null) : string.Empty;
        var entryLabel = name.Length > 0 ? name : "(unnamed)";
        if (hasNameCell)
        {
            CheckLinks(entryLabel, sectionTitle);
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

        if (!Identifiers.TryFromName(name, out var identifier, out var problem))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameWithoutIdentifier, nameLocation, "name", name, sectionTitle, problem));
            return;
        }

        // Every other cell is read once, in column order; each link in it is checked on the way.
        _memberNames.Clear();
        _memberNames.UnionWith(MemberNames.EntryMembers);
        var entry = new RowValues(_memberNames);
        for (var column = 0; column < headerCount && column < row.Cells.Count; column++)
        {
            if (column == columns.NameColumn)
            {
                continue;
            }

            var cell = row.Cells[column];
            var text = ReadCell(table, cell, sectionTitle, columns.Headers[column], name);
            CheckLinks(name, sectionTitle);
            foreach (var facts in _linkFacts)
            {
                entry.ArxivLinkId ??= facts.ArxivId;
            }

            switch (columns.Roles[column])
            {
                case ColumnRole.Venue:
                    entry.VenueCell = cell;
                    entry.VenueText = text;
                    entry.VenueUrl = _cell.Links.Count > 0 ? Resolve(_cell.Links[0].Target, _linkFacts[0].Kind) : null;
                    break;
                case ColumnRole.Institutions:
                    ReadInstitutions(text, cell, entry);
                    break;
                case ColumnRole.Remarks:
                    entry.Remarks = text.Length == 0 ? null : text;
                    break;
                case ColumnRole.Title:
                    entry.Title = text.Length == 0 ? null : text;
                    break;
                case ColumnRole.Paper:
                    // One link whose text is the title: the link is the entry's Paper link.
                    entry.Title = text.Length == 0 ? null : _cell.Links.Count > 0 && _cell.Links[0].Label.Length > 0 ? _cell.Links[0].Label : text;
                    if (_cell.Links.Count > 0)
                    {
                        AddLink(entry, 0, "Paper", name, sectionTitle);
                    }

                    break;
                case ColumnRole.Links:
                    for (var i = 0; i < _cell.Links.Count; i++)
                    {
                        AddLink(entry, i, _cell.Links[i].Label, name, sectionTitle);
                    }

                    break;
                case ColumnRole.Date:
                    ReadDate(text, cell, name, sectionTitle, entry);
                    break;
                default:
                    if (text.Length > 0)
                    {
                        var member = columns.MemberNames[column];
                        entry.Columns.Add(new ColumnValue(columns.Headers[column], text, member));
                        if (member is not null)
                        {
                            entry.MemberNames.Add(member);
                        }
                    }

                    break;
            }
        }

        var venue = entry.VenueCell is { } venueCell ? ReadVenue(entry, venueCell, name, sectionTitle) : null;
        var collision = ReservedCollision(identifier, section)
            ?? (entry.MemberNames.Contains(identifier) ? $"its own member {identifier}" : null);
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
        _entries.Add(new EntrySpec(
            identifier,
            name,
            section,
            entry.Title,
            venue,
            entry.Institutions.ToEquatableArray(),
            entry.Remarks,
            entry.Links.ToEquatableArray(),
            entry.Year > 0 ? entry.Year : venue?.Year ?? 0,
            entry.Month,
            entry.Columns.ToEquatableArray(),
            _lines.LineOf(row.Start) + 1));
        _entryLocations.Add(new EntryLocations(
            nameLocation,
            entry.VenueCell is { } at ? LocateCell(at) : null,
            entry.InstitutionLocations.ToEquatableArray()));
        for (var s = section; s >= 0; s = _sections[s].Parent)
        {
            _sections[s].Add(index);
        }
    }

    /// <summary>Why <paramref name="identifier"/> cannot name a member of <paramref name="parent"/>, or null when it can.</summary>
    private string? ReservedCollision(string identifier, int parent)
    {
        if (identifier == MemberNames.All)
        {
            return parent >= 0 ? "the All list of its section" : "the All list of the root class";
        }

        if (parent < 0 && Array.IndexOf(MemberNames.RootMembers, identifier) >= 0)
        {
            return $"the root class's {identifier} lookup";
        }

        return identifier == EnclosingClassName(parent) ? "its enclosing class" : null;
    }

    private void ReadInstitutions(string text, in RawCell cell, RowValues entry)
    {
        if (_cell.Items.Count == 0)
        {
            if (text.Length > 0)
            {
                entry.Institutions.Add(text);
                entry.InstitutionLocations.Add(LocateCell(cell));
            }

            return;
        }

        foreach (var item in _cell.Items)
        {
            entry.Institutions.Add(item.Text);
            entry.InstitutionLocations.Add(_lines.Locate(item.Start, item.End));
        }
    }

    private void ReadDate(string text, in RawCell cell, string name, string sectionTitle, RowValues entry)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (DateParser.TryParse(text, out var year, out var month, out var problem))
        {
            entry.Year = year;
            entry.Month = month;
            return;
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, LocateCell(cell), text, name, sectionTitle, problem));
    }

    /// <summary>The values of a row's cells, gathered while its cells are read once each.</summary>
    private sealed class RowValues
    {
        public RowValues(HashSet<string> memberNames) => MemberNames = memberNames;

        /// <summary>The entry class's member names so far: fixed ones, link constants, column constants.</summary>
        public HashSet<string> MemberNames { get; }

        public string? Title { get; set; }

        public RawCell? VenueCell { get; set; }

        public string VenueText { get; set; } = string.Empty;

        public string? VenueUrl { get; set; }

        public List<string> Institutions { get; } = new();

        public List<LocationInfo> InstitutionLocations { get; } = new();

        public string? Remarks { get; set; }

        public List<LinkSpec> Links { get; } = new();

        public List<ColumnValue> Columns { get; } = new();

        public int Year { get; set; }

        public int Month { get; set; }

        /// <summary>The arXiv id of the row's first arXiv link: the hint when its venue names a broken one.</summary>
        public string? ArxivLinkId { get; set; }
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

    private VenueSpec? ReadVenue(RowValues entry, in RawCell cell, string name, string sectionTitle)
    {
        var text = entry.VenueText;
        if (text.Length == 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyVenue, LocateCell(cell), name, sectionTitle));
            return null;
        }

        if (VenueParser.TryParse(text, out var parts, out var problem))
        {
            return new VenueSpec(text, entry.VenueUrl, parts.Name, parts.Year, parts.Kind, parts.ArxivId, parts.Detail);
        }

        if (entry.ArxivLinkId is not null && text.StartsWith(VenueParser.ArxivName, StringComparison.OrdinalIgnoreCase))
        {
            problem += $"; the row's own link says arXiv {entry.ArxivLinkId}";
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidVenue, LocateCell(cell), text, name, sectionTitle, problem));
        return new VenueSpec(text, entry.VenueUrl, null, 0, VenueKind.Unknown, null, null);
    }

    /// <summary>
    /// Reports every link of the cell just read whose target is empty, a placeholder or not a URL, and
    /// notes relative links to Markdown files, which the catalog as a whole checks (PCAT306).
    /// </summary>
    private void CheckLinks(string name, string sectionTitle)
    {
        _linkFacts.Clear();
        foreach (var link in _cell.Links)
        {
            var problem = LinkTargets.Check(link.Target, out var reason);
            if (problem == LinkTargetProblem.None)
            {
                var kind = LinkClassifier.Classify(link.Target, out var arxivId, out _, out _);
                _linkFacts.Add(new LinkFacts(problem, kind, arxivId));
                if (kind == LinkKind.Relative)
                {
                    NoteRelativeLink(link, name, sectionTitle);
                }

                continue;
            }

            _linkFacts.Add(new LinkFacts(problem, LinkKind.Other, null));

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

    /// <summary>Adds a link of the cell just read; a valid, labelled one gets a <c>…Url</c> constant named from <paramref name="label"/>.</summary>
    private void AddLink(RowValues entry, int index, string label, string name, string sectionTitle)
    {
        var link = _cell.Links[index];
        var facts = _linkFacts[index];
        var valid = facts.Problem == LinkTargetProblem.None;
        var member = valid ? LinkMemberName(link, label, name, sectionTitle, entry.MemberNames) : null;
        entry.Links.Add(new LinkSpec(label, valid ? Resolve(link.Target, facts.Kind) : link.Target, member));
    }

    /// <summary>What checking a link found: whether its target is valid, its kind and its arXiv id.</summary>
    private readonly record struct LinkFacts(LinkTargetProblem Problem, LinkKind Kind, string? ArxivId);

    private string? LinkMemberName(in CellLink link, string label, string name, string sectionTitle, HashSet<string> memberNames)
    {
        var location = _lines.Locate(link.Start, link.End);
        if (!Identifiers.TryFromName(label, out var identifier, out var problem))
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LinkWithoutLabel, location, name, sectionTitle,
                label.Length == 0 ? string.Empty : $" it can use ('{label}': {problem})"));
            return null;
        }

        var member = identifier + MemberNames.UrlSuffix;
        if (!memberNames.Add(member))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateLinkLabel, location, name, sectionTitle, label, member));
            return null;
        }

        return member;
    }

    /// <summary>
    /// Reads a cell into <see cref="_cell"/> and returns its plain text. Malformed HTML in it is reported
    /// as in <paramref name="where"/>, or in the <paramref name="where"/> cell of <paramref name="entry"/>
    /// (the message is only made when there is something to report).
    /// </summary>
    private string ReadCell(RawTable table, in RawCell cell, string sectionTitle, string where, string? entry)
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
            var place = entry is null ? where : $"the {where} cell of '{entry}'";
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedHtml, _lines.Locate(problem.Start, problem.End), sectionTitle, $"{problem.Message}, in {place}"));
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

    private CatalogParseResult BuildResult(EquatableArray<SuppressionDirective> suppressions)
    {
        // Sections without entries (prose, lists, skipped tables) generate no class.
        var newIndex = new int[_sections.Count];
        var sections = new List<SectionSpec>();
        var sectionLocations = new List<LocationInfo>();
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
            sectionLocations.Add(section.Location);
        }

        var entries = new EntrySpec[_entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = _entries[i];
            entries[i] = entry.Section >= 0 ? entry with { Section = newIndex[entry.Section] } : entry;
        }

        var fileKey = FileKeys.Create(_source.Options.RelativePath);
        var spec = new CatalogFileSpec(_source.Options, fileKey, _title, sections.ToEquatableArray(), entries.ToEquatableArray());
        var locations = new FileLocations(fileKey, sectionLocations.ToEquatableArray(), _entryLocations.ToEquatableArray(), suppressions);
        return new CatalogParseResult(spec, _diagnostics.ToEquatableArray(), locations, _markdownLinks.ToEquatableArray());
    }

    /// <summary>A name already taken in a class: by a section (its index) or by an entry (-1).</summary>
    private readonly record struct ScopeMember(string Name, LocationInfo Location, int Section);

    private sealed class SectionBuilder
    {
        public SectionBuilder(string title, string identifier, int parent, LocationInfo location)
        {
            Title = title;
            Identifier = identifier;
            Parent = parent;
            Location = location;
        }

        public LocationInfo Location { get; }

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
