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
        var parts = Names.Parse(nameField?.Content.Text ?? string.Empty);
        var name = parts.Name;
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

        // A list item's title is the whole title; a name cell gives one only when it held more than the name.
        values.Title = raw.NameFromTitle || parts.Title != name ? NullIfEmpty(parts.Title) : null;
        if (parts.Tag is { } tag)
        {
            values.Tags.Add(tag);
        }

        if (parts.Institution is { } institution)
        {
            values.Institutions.Add(institution);
            values.InstitutionLocations.Add(nameLocation);
        }

        if (!raw.NameFromTitle && nameField is not null)
        {
            // The name cell's links were checked above; they are kept like any other cell's.
            KeepLinks(nameField, name, sectionTitle, values);
        }

        foreach (var field in raw.Fields)
        {
            ReportMarkup(field, name, sectionTitle);
            CheckLinks(field.Content, name, sectionTitle, values);
            Read(field, name, sectionTitle, values, isTitleField: raw.NameFromTitle && ReferenceEquals(field, nameField));
        }

        var venue = values.VenueField is { } venueField ? ReadVenue(values, venueField, name, sectionTitle)
            : values.BadgeVenue is { } badge ? ReadBadgeVenue(badge.Written, badge.Venue, badge.Link, name, sectionTitle) : null;
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
            values.Title,
            venue,
            values.Institutions.ToEquatableArray(),
            values.Remarks,
            values.Authors.ToEquatableArray(),
            values.Tags.ToEquatableArray(),
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
            if (field.Role is FieldRole.Title or FieldRole.TitleLink or FieldRole.Paper)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads one field into the entry. Every link of every field is kept: the ones a role gives a meaning
    /// (the venue's link, the Paper column's title link, a list item's title link) and all others, each a
    /// <c>…Url</c> constant named from its label, or from its column when the label is none.
    /// </summary>
    private void Read(RawField field, string name, string sectionTitle, EntryValues values, bool isTitleField)
    {
        var content = field.Content;
        var text = content.Text;
        var used = -1;
        switch (field.Role)
        {
            case FieldRole.Venue:
                values.VenueField = field;
                if (content.Links.Count > 0 && content.Links[0].IsValid)
                {
                    values.VenueUrl = _links.Resolve(content.Links[0]);
                    used = 0;
                }

                break;
            case FieldRole.Institutions:
                ReadInstitutions(content, values);
                break;
            case FieldRole.Remarks:
                if (text.Length > 0)
                {
                    // Several remarks (the sub-items of a list item) are one line each.
                    values.Remarks = values.Remarks is null ? text : values.Remarks + "\n" + text;
                }

                break;
            case FieldRole.Title when !isTitleField:
                values.Title = NullIfEmpty(text);
                break;
            case FieldRole.TitleLink:
                if (content.Links.Count > 0)
                {
                    AddLink(values, content.Links[0], content.Links[0].Label, name, sectionTitle, TitleLinkMember);
                    used = 0;
                }

                break;
            case FieldRole.Paper:
                // The paper's link, whose text is the title unless it is a label such as [pdf]. Of several
                // links ([[blog]](…) [[pdf]](…)) the paper is the one labelled as one, the others keep their labels.
                if (content.Links.Count > 0)
                {
                    used = LinkLabels.PaperLinkIndex(content.Links);
                    var link = content.Links[used];
                    if (!isTitleField && !LinkLabels.NeedsColumnName(link) && link.Label.Length > 0)
                    {
                        values.Title = link.Label;
                    }

                    AddLink(values, link, "Paper", name, sectionTitle);
                }
                else if (!isTitleField && content.TextOutsideLinks.Length > 0)
                {
                    values.Title = text;
                }

                break;
            case FieldRole.Date:
                ReadDate(field, name, sectionTitle, values);
                break;
            case FieldRole.Authors:
                values.Authors.AddRange(Names.SplitAuthors(content.TextOutsideLinks));
                break;
            case FieldRole.Other:
                ReadOther(field, values);
                break;
        }

        KeepLinks(field, name, sectionTitle, values, skip: used);
    }

    /// <summary>
    /// A column the catalog does not know: its text is a string constant (<c>Recom</c> = <c>⭐️⭐️</c>) unless the
    /// cell is only links (a Code column's <c>[[vllm]](…)</c> is CodeUrl, no text), or only images (their URL).
    /// </summary>
    private void ReadOther(RawField field, EntryValues values)
    {
        var content = field.Content;
        string? value = null;
        if (content.TextOutsideLinks.Length > 0)
        {
            value = content.Text;
        }
        else if (content.Links.Count == 0 && content.Images.Count > 0)
        {
            var urls = new string[content.Images.Count];
            for (var i = 0; i < urls.Length; i++)
            {
                urls[i] = content.Images[i].Url;
            }

            value = string.Join(" ", urls);
        }

        if (value is null || value.Length == 0)
        {
            return;
        }

        values.Columns.Add(new ColumnValue(field.Header, value, field.MemberName));
        if (field.MemberName is not null)
        {
            _memberNames.Add(field.MemberName);
        }
    }

    /// <summary>
    /// Keeps the field's links (but the one at <paramref name="skip"/>, which its role used). A badge that
    /// states a venue gives the entry's venue when it has none; an empty link around a badge is no link.
    /// </summary>
    private void KeepLinks(RawField field, string name, string sectionTitle, EntryValues values, int skip = -1)
    {
        var links = field.Content.Links;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.LabelIsImage && link.ImageUrl is { } image && values.VenueField is null && values.BadgeVenue is null
                && Badges.TryReadVenue(image, out var written, out var venue))
            {
                values.BadgeVenue = (written, venue, link);
            }

            if (i == skip || (link.LabelIsImage && link.Problem == LinkTargetProblem.Empty))
            {
                continue;
            }

            if (field.Role == FieldRole.Name && links.Count == 1 && link.Label == field.Content.Text && field.Header.Length > 0)
            {
                // A name cell that is one link ([LLaMA: Open and …](…)): the entry's main link, as a list item's title link.
                AddLink(values, link, field.Header, name, sectionTitle, TitleLinkMember);
                continue;
            }

            AddLink(values, link, LabelOf(link, field), name, sectionTitle);
        }
    }

    /// <summary>
    /// The label a kept link goes by: its own, unless it is a badge (a GitHub repository is the code) or
    /// names the target's kind (<c>[pdf]</c>, <c>code</c>), when the column names it (<c>Paper</c>, <c>Code</c>).
    /// In a Links column a bracketed label is read without its brackets.
    /// </summary>
    private static string LabelOf(in FieldLink link, RawField field)
    {
        if (link.LabelIsImage)
        {
            return LinkLabels.BadgeLabel(link, field.Header);
        }

        // Only a column's one link takes the column's name; of several, each keeps its own label.
        if (field.Role is FieldRole.Links or FieldRole.Remarks or FieldRole.Institutions or FieldRole.Authors or FieldRole.Title or FieldRole.TitleLink
            || field.Header.Length == 0 || field.Content.Links.Count > 1 || !LinkLabels.NeedsColumnName(link))
        {
            return LinkLabels.Unbracket(link.Label);
        }

        return field.Header;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

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

    /// <summary>A venue a badge states (<c>Conference-ICML'23</c>): its text as written, parsed as <c>ICML 2023</c>.</summary>
    private VenueSpec ReadBadgeVenue(string written, string venue, in FieldLink link, string name, string sectionTitle)
    {
        if (VenueParser.TryParse(venue, out var parts, out var problem))
        {
            return new VenueSpec(written, null, parts.Name, parts.Year, parts.Kind, parts.ArxivId, parts.Detail);
        }

        _sink.Report(DiagnosticDescriptors.InvalidVenue, (link.Start, link.End), written, name, sectionTitle, problem);
        return new VenueSpec(written, null, null, 0, VenueKind.Unknown, null, null);
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

            if (link.LabelIsImage && link.Problem == LinkTargetProblem.Empty)
            {
                // [![Publish](…badge…)](): a badge in an empty link states something; it links nowhere.
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
        var url = valid ? _links.Resolve(link) : link.Target;
        if (!values.LinkKeys.Add(label.ToUpperInvariant() + "\0" + url))
        {
            // The same link twice (a title link and a Links column's Paper): one link.
            return;
        }

        string? memberName = null;
        if (valid)
        {
            memberName = member is not null && _memberNames.Add(member) ? member : LinkMemberName(link, label, name, sectionTitle);
        }

        values.Links.Add(new LinkSpec(label, url, memberName));
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

        /// <summary>Label (any case) and URL of every link kept, to keep a link written twice once.</summary>
        public HashSet<string> LinkKeys { get; } = new(StringComparer.Ordinal);

        public List<ColumnValue> Columns { get; } = new();

        public List<string> Authors { get; } = new();

        public List<string> Tags { get; } = new();

        /// <summary>A venue a badge states (text as written, text to parse, the badge's link), when no column gives one.</summary>
        public (string Written, string Venue, FieldLink Link)? BadgeVenue { get; set; }

        public int Year { get; set; }

        public int Month { get; set; }

        /// <summary>The arXiv id of the entry's first arXiv link: the hint when its venue names a broken one.</summary>
        public string? ArxivLinkId { get; set; }
    }
}
