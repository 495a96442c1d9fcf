using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Turns raw entries, whatever block form they were read from, into entry specs: names and identifiers,
/// links (checked, resolved, each with its constant), venue, date, institutions, remarks, authors and the
/// columns the catalog does not know. Every problem is a diagnostic at its field; an entry that cannot be
/// named or whose name is taken is reported and left out, and the others of the file still generate.
/// </summary>
internal sealed class EntryBuilder
{
    /// <summary>The constant of a list item's title link (<c>- [TinyZero](https://github.com/…) - …</c>).</summary>
    private const string TitleLinkMember = "Url";

    private readonly DiagnosticSink _sink;
    private readonly LinkResolver _links;
    private readonly SectionTracker _sections;

    // The member names of the entry being built; one set for every entry.
    private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);

    public EntryBuilder(DiagnosticSink sink, LinkResolver links, SectionTracker sections)
    {
        _sink = sink;
        _links = links;
        _sections = sections;
    }

    /// <summary>Builds the entry of <paramref name="raw"/> in <paramref name="section"/> (an open section or the root).</summary>
    public bool TryBuild(RawEntry raw, SectionRef section, out EntrySpec spec, out EntryLocations locations)
    {
        spec = null!;
        locations = null!;
        var sectionTitle = _sections.TitleOf(section);
        var nameField = raw.NameFromTitle ? FirstTitle(raw) : raw.Name;
        var fullName = nameField?.Content.Text ?? string.Empty;
        var name = raw.NameFromTitle ? Names.BeforeFirstColon(fullName) : fullName;
        var entryLabel = name.Length > 0 ? name : "(unnamed)";
        if (!raw.NameFromTitle && nameField is not null)
        {
            ReportMarkup(nameField, entryLabel, sectionTitle);
            CheckLinks(nameField.Content, entryLabel, sectionTitle, values: null);
        }

        var nameLocation = _sink.Locate(nameField?.Content.Span ?? (raw.Start, raw.End));
        if (name.Length == 0)
        {
            // A row too short to have a name cell is already reported for its cell count.
            if (nameField is not null)
            {
                _sink.Report(DiagnosticDescriptors.EntryWithoutName, nameLocation, raw.Form == EntryForm.TableRow ? "A row" : "An item", sectionTitle, nameField.Where);
            }

            return false;
        }

        if (!Identifiers.TryFromName(name, out var identifier, out var problem))
        {
            _sink.Report(DiagnosticDescriptors.NameWithoutIdentifier, nameLocation, "name", name, sectionTitle, problem);
            return false;
        }

        _memberNames.Clear();
        _memberNames.UnionWith(MemberNames.EntryMembers);
        var values = new EntryValues { Noun = raw.Noun };
        foreach (var field in raw.Fields)
        {
            ReportMarkup(field, name, sectionTitle);
            CheckLinks(field.Content, name, sectionTitle, values);
            Read(field, name, sectionTitle, values);
        }

        var venue = values.VenueField is { } venueField ? ReadVenue(values, venueField, name, sectionTitle) : null;
        var index = section.Index;
        var collision = SectionScopes.ReservedCollision(identifier, index, _sections.ClassNameOf(index))
            ?? (_memberNames.Contains(identifier) ? $"its own member {identifier}" : null);
        if (collision is not null)
        {
            _sink.Report(DiagnosticDescriptors.MemberCollision, nameLocation, name, sectionTitle, identifier, collision);
            return false;
        }

        if (_sections.Scopes.TryGet(index, identifier, out var existing))
        {
            if (existing.IsSection)
            {
                _sink.Report(
                    DiagnosticDescriptors.MemberCollision, nameLocation, existing.Location, name, sectionTitle, identifier,
                    $"the subsection '{existing.Name}'");
            }
            else
            {
                _sink.Report(
                    DiagnosticDescriptors.DuplicateIdentifier, nameLocation, existing.Location, name, sectionTitle, identifier,
                    $"'{existing.Name}' on line {Number(existing.Location.StartLine + 1)}");
            }

            return false;
        }

        _sections.Scopes.Add(index, identifier, new ScopeMember(name, nameLocation, ScopeMember.Entry));
        spec = new EntrySpec(
            identifier,
            name,
            index,
            values.Title ?? (raw.NameFromTitle && fullName.Length > 0 ? fullName : null),
            venue,
            values.Institutions.ToEquatableArray(),
            values.Remarks,
            values.Authors.ToEquatableArray(),
            values.Links.ToEquatableArray(),
            values.Year > 0 ? values.Year : venue?.Year ?? 0,
            values.Month,
            values.Columns.ToEquatableArray(),
            _sink.Lines.LineOf(raw.Start) + 1);
        locations = new EntryLocations(
            nameLocation,
            values.VenueField is { } at ? _sink.Locate(at.Content.Span) : null,
            values.InstitutionLocations.ToEquatableArray());
        return true;
    }

    private static RawField? FirstTitle(RawEntry raw)
    {
        foreach (var field in raw.Fields)
        {
            if (field.Role is FieldRole.Title or FieldRole.TitleLink)
            {
                return field;
            }
        }

        return null;
    }

    private void Read(RawField field, string name, string sectionTitle, EntryValues values)
    {
        var content = field.Content;
        var text = content.Text;
        switch (field.Role)
        {
            case FieldRole.Venue:
                values.VenueField = field;
                values.VenueUrl = content.Links.Count > 0 && content.Links[0].IsValid ? _links.Resolve(content.Links[0]) : null;
                return;
            case FieldRole.Institutions:
                ReadInstitutions(content, values);
                return;
            case FieldRole.Remarks:
                if (text.Length > 0)
                {
                    // Several remarks (the sub-items of a list item) are one line each.
                    values.Remarks = values.Remarks is null ? text : values.Remarks + "\n" + text;
                }

                break;
            case FieldRole.Title:
                values.Title = text.Length == 0 ? null : text;
                break;
            case FieldRole.TitleLink:
                values.Title = text.Length == 0 ? null : text;
                if (content.Links.Count > 0)
                {
                    AddLink(values, content.Links[0], content.Links[0].Label, name, sectionTitle, TitleLinkMember);
                }

                for (var i = 1; i < content.Links.Count; i++)
                {
                    AddLink(values, content.Links[i], content.Links[i].Label, name, sectionTitle);
                }

                return;
            case FieldRole.Paper:
                // One link whose text is the title: the link is the entry's Paper link.
                values.Title = text.Length == 0 ? null : content.Links.Count > 0 && content.Links[0].Label.Length > 0 ? content.Links[0].Label : text;
                if (content.Links.Count > 0)
                {
                    AddLink(values, content.Links[0], "Paper", name, sectionTitle);
                }

                return;
            case FieldRole.Links:
                foreach (var link in content.Links)
                {
                    AddLink(values, link, link.Label, name, sectionTitle);
                }

                return;
            case FieldRole.Date:
                ReadDate(field, name, sectionTitle, values);
                return;
            case FieldRole.Authors:
                values.Authors.AddRange(Names.SplitAuthors(text));
                break;
            default:
                if (text.Length > 0)
                {
                    values.Columns.Add(new ColumnValue(field.Header, text, field.MemberName));
                    if (field.MemberName is not null)
                    {
                        _memberNames.Add(field.MemberName);
                    }
                }

                break;
        }

        if (field.KeepLinks)
        {
            foreach (var link in content.Links)
            {
                AddLink(values, link, link.Label, name, sectionTitle);
            }
        }
    }

    private void ReadInstitutions(FieldContent content, EntryValues values)
    {
        if (content.Items.Count == 0)
        {
            if (content.Text.Length > 0)
            {
                values.Institutions.Add(content.Text);
                values.InstitutionLocations.Add(_sink.Locate(content.Span));
            }

            return;
        }

        foreach (var item in content.Items)
        {
            values.Institutions.Add(item.Text);
            values.InstitutionLocations.Add(_sink.Lines.Locate(item.Start, item.End));
        }
    }

    private void ReadDate(RawField field, string name, string sectionTitle, EntryValues values)
    {
        var text = field.Content.Text;
        if (text.Length == 0)
        {
            return;
        }

        if (DateParser.TryParse(text, out var year, out var month, out var problem))
        {
            values.Year = year;
            values.Month = month;
            return;
        }

        _sink.Report(DiagnosticDescriptors.InvalidDate, field.Content.Span, text, name, sectionTitle, problem);
    }

    private VenueSpec? ReadVenue(EntryValues values, RawField field, string name, string sectionTitle)
    {
        var text = field.Content.Text;
        if (text.Length == 0)
        {
            _sink.Report(DiagnosticDescriptors.EmptyVenue, field.Content.Span, name, sectionTitle);
            return null;
        }

        if (VenueParser.TryParse(text, out var parts, out var problem))
        {
            return new VenueSpec(text, values.VenueUrl, parts.Name, parts.Year, parts.Kind, parts.ArxivId, parts.Detail);
        }

        if (values.ArxivLinkId is not null && text.StartsWith(VenueParser.ArxivName, StringComparison.OrdinalIgnoreCase))
        {
            problem += $"; the {values.Noun}'s own link says arXiv {values.ArxivLinkId}";
        }

        _sink.Report(DiagnosticDescriptors.InvalidVenue, field.Content.Span, text, name, sectionTitle, problem);
        return new VenueSpec(text, values.VenueUrl, null, 0, VenueKind.Unknown, null, null);
    }

    /// <summary>
    /// Reports every link of the field whose target is empty, a placeholder or not a URL, notes the
    /// relative ones, and keeps the first arXiv identifier (the hint when a venue names a broken one).
    /// </summary>
    private void CheckLinks(FieldContent content, string name, string sectionTitle, EntryValues? values)
    {
        foreach (var link in content.Links)
        {
            if (link.IsValid)
            {
                if (values is not null)
                {
                    values.ArxivLinkId ??= link.ArxivId;
                }

                _links.Note(link, name, sectionTitle);
                continue;
            }

            var label = link.Label.Length > 0 ? link.Label : "(no label)";
            var location = _sink.Locate(link.TargetSpan);
            switch (link.Problem)
            {
                case LinkTargetProblem.Empty:
                    _sink.Report(DiagnosticDescriptors.EmptyLinkTarget, location, label, name, sectionTitle);
                    break;
                case LinkTargetProblem.Placeholder:
                    _sink.Report(DiagnosticDescriptors.PlaceholderLinkTarget, location, label, name, sectionTitle, link.Target.Trim());
                    break;
                default:
                    _sink.Report(DiagnosticDescriptors.InvalidLinkTarget, location, label, name, sectionTitle, link.Target, link.ProblemReason);
                    break;
            }
        }
    }

    /// <summary>Adds a link; a valid, labelled one gets a <c>…Url</c> constant named from <paramref name="label"/>.</summary>
    private void AddLink(EntryValues values, in FieldLink link, string label, string name, string sectionTitle, string? member = null)
    {
        var valid = link.IsValid;
        string? memberName = null;
        if (valid)
        {
            memberName = member is not null && _memberNames.Add(member) ? member : LinkMemberName(link, label, name, sectionTitle);
        }

        values.Links.Add(new LinkSpec(label, valid ? _links.Resolve(link) : link.Target, memberName));
    }

    private string? LinkMemberName(in FieldLink link, string label, string name, string sectionTitle)
    {
        var location = _sink.Lines.Locate(link.Start, link.End);
        if (!Identifiers.TryFromName(label, out var identifier, out var problem))
        {
            _sink.Report(
                DiagnosticDescriptors.LinkWithoutLabel, location, name, sectionTitle,
                label.Length == 0 ? string.Empty : $" it can use ('{label}': {problem})");
            return null;
        }

        var member = identifier + MemberNames.UrlSuffix;
        if (!_memberNames.Add(member))
        {
            _sink.Report(DiagnosticDescriptors.DuplicateLinkLabel, location, name, sectionTitle, label, member);
            return null;
        }

        return member;
    }

    /// <summary>Malformed HTML in a field, said with the field and the entry it is in.</summary>
    private void ReportMarkup(RawField field, string name, string sectionTitle)
    {
        foreach (var problem in field.Content.Problems)
        {
            _sink.Report(DiagnosticDescriptors.MalformedHtml, (problem.Start, problem.End), sectionTitle, $"{problem.Message}, in the {field.Where} of '{name}'");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The values of an entry's fields, gathered while each field is read once.</summary>
    private sealed class EntryValues
    {
        public string? Title { get; set; }

        public RawField? VenueField { get; set; }

        public string? VenueUrl { get; set; }

        /// <summary>"row" or "item", for messages.</summary>
        public string Noun { get; set; } = "row";

        public List<string> Institutions { get; } = new();

        public List<LocationInfo> InstitutionLocations { get; } = new();

        public string? Remarks { get; set; }

        public List<LinkSpec> Links { get; } = new();

        public List<ColumnValue> Columns { get; } = new();

        public List<string> Authors { get; } = new();

        public int Year { get; set; }

        public int Month { get; set; }

        /// <summary>The arXiv id of the entry's first arXiv link: the hint when its venue names a broken one.</summary>
        public string? ArxivLinkId { get; set; }
    }
}
