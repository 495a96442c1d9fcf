using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>What the headings around an entry state of it: a year (<c>## 2023</c>), a venue (<c>### NeurIPS 2025</c>).</summary>
internal readonly record struct HeadingFacts(int Year, VenueSpec? Venue);

/// <summary>
/// Turns raw entries, whatever block form they were read from, into drafts: the name and title, links
/// (checked, resolved, each with the label it goes by), venue, date and year, institutions, remarks, authors and
/// the columns the catalog does not know. Every problem is a diagnostic at its field; an entry with no name is
/// reported and left out, and the others of the file still build. What the entry and its members are called in
/// C# is Naming's to decide.
/// </summary>
internal sealed class EntryBuilder
{
    private readonly DiagnosticSink _sink;
    private readonly LinkResolver _links;

    public EntryBuilder(DiagnosticSink sink, LinkResolver links)
    {
        _sink = sink;
        _links = links;
    }

    /// <summary>
    /// Builds the draft of <paramref name="raw"/>, in the section titled <paramref name="sectionTitle"/>;
    /// <paramref name="heading"/> says what the headings around it state: a year (<c>## 2023</c>), a venue (<c>### ICML 2024</c>).
    /// </summary>
    private static bool IsSpacerRow(RawEntry raw)
    {
        if (raw.Name is { IsSpanned: false } name && (name.Content.Text.Trim().Length > 0 || name.Content.Links.Count > 0 || name.Content.Images.Count > 0))
        {
            return false;
        }

        foreach (var field in raw.Fields)
        {
            if (!field.IsSpanned && (field.Content.Text.Trim().Length > 0 || field.Content.Links.Count > 0 || field.Content.Images.Count > 0))
            {
                return false;
            }
        }

        return true;
    }

    public EntryDraft? TryBuild(RawEntry raw, string sectionTitle, HeadingFacts heading)
    {
        if (raw.Form == EntryForm.TableRow && IsSpacerRow(raw))
        {
            // A row of empty cells (a spacer between groups, beside a rowspan): GitHub shows it empty; no paper, nothing wrong.
            return null;
        }

        var headingYear = heading.Year;
        var titleField = FirstTitle(raw);
        var nameField = titleField ?? raw.Name;
        var shortName = FirstOf(raw, FieldRole.ShortName);
        // A tag names the entry only when it comes before the title ([vLLM] Efficient …), not after it.
        var titleText = titleField?.Content.Text ?? raw.Name?.Content.Text ?? string.Empty;
        var tag = FirstOf(raw, FieldRole.Tags) is { } firstTag && (titleField is null || firstTag.Content.Start <= titleField.Content.Start)
            && NameParser.TagNamesEntry(TagText(firstTag) ?? string.Empty, titleText) ? firstTag : null;
        var parts = NameParser.Parse(titleText, TagText(tag));

        // | Abbreviation | Title | …: a name column beside a Title column names the entry; the Title column gives the title.
        var titleColumn = raw.Name is { } nameColumn && titleField is { Role: FieldRole.Title, Column: >= 0 } && titleField.Column != nameColumn.Column;
        var nameColumnText = titleColumn && raw.Name is { } cell
            && NameParser.TrimDecoration(cell.Content.Text).Trim() is { Length: > 0 } written && !NameParser.IsPlaceholderName(written) ? written : null;
        var name = shortName is not null ? NameParser.TrimDecoration(shortName.Content.Text).Trim() : nameColumnText is not null ? NameParser.Parse(nameColumnText).Name : parts.Name;
        if (name.Length == 0 && raw.Form == EntryForm.TableRow && PaperTitleOutside(raw, nameField) is { } paperTitle)
        {
            // ||[A survey on causal inference](…)|TKDD|: an empty name cell beside the paper's titled link, which names the entry.
            name = NameParser.Parse(paperTitle).Name;
        }
        var entryLabel = name.Length > 0 ? name : "(unnamed)";
        var draft = new EntryDraft { Noun = raw.Noun, Line = _sink.Lines.LineOf(raw.LineOffset >= 0 ? raw.LineOffset : raw.Start) + 1 };
        draft.NameLocation = _sink.Locate((shortName ?? nameField)?.Content.Span ?? (raw.Start, raw.End));
        foreach (var (problem, where) in raw.Problems)
        {
            _sink.Report(DiagnosticMessages.MalformedHtml(sectionTitle, $"{problem.Message}, in the {where} of '{entryLabel}'"), (problem.Start, problem.End));
        }

        if (name.Length == 0)
        {
            // A row too short to have a name cell has nothing to name it; an empty name cell or title is reported.
            if (nameField is not null || raw.Name is not null)
            {
                _sink.Report(DiagnosticMessages.EntryWithoutName(entry: raw.NounOpeningSentence, sectionTitle, field: (nameField ?? raw.Name)!.Where), draft.NameLocation);
            }

            return null;
        }

        draft.Name = name;

        // A list item's title is the whole title; a name cell gives one only when it held more than the name.
        draft.Title = raw.Form == EntryForm.ListItem || parts.Title != name || nameColumnText is not null ? NullIfEmpty(parts.Title) : null;
        if (parts.Tag is { } nameTag)
        {
            draft.Tags.Add(nameTag);
        }

        if (parts.Institution is { } institution)
        {
            draft.Institutions.Add(institution);
            draft.InstitutionLocations.Add(draft.NameLocation);
        }

        if (parts.Authors is { } citationAuthors)
        {
            draft.Authors.AddRange(NameParser.SplitAuthors(citationAuthors));
        }

        var values = new EntryValues { TitleFromColumn = titleColumn, HeadingSaysWhere = heading.Venue is { Year: > 0, Kind: not VenueKind.Preprint } };
        if (raw.Name is { } nameCell && !nameCell.IsSpanned)
        {
            ReportMarkup(nameCell, name, sectionTitle);
        }

        foreach (var field in raw.Fields)
        {
            if (!field.IsSpanned && !ReferenceEquals(field, raw.Name))
            {
                ReportMarkup(field, name, sectionTitle);
                CheckLinks(field.Content, name, sectionTitle, values);
            }

            Read(field, draft, values, name, sectionTitle, isTitleField: ReferenceEquals(field, titleField), isNameTag: ReferenceEquals(field, tag) && parts.Tag is null && parts.Name == TagText(tag));
        }

        draft.Venue = values.VenueField is { } venueField ? ReadVenue(values, venueField, name, sectionTitle, draft.Noun)
            : values.StatedVenue is { } stated ? ReadStatedVenue(stated.Written, stated.Venue, (stated.Start, stated.End), name, sectionTitle) : null;
        draft.VenueLocation = values.VenueField is { } at ? _sink.Locate(at.Content.Span) : null;
        if (draft.Venue is null && heading.Venue is { } fromHeading)
        {
            // A list grouped under venue headings (### NeurIPS 2025): the heading is the entry's venue.
            draft.Venue = fromHeading;
        }
        if (NameParser.HoldsNoName(draft.Name) && draft.Title is { } titleOfPaper)
        {
            // | N/A | [Title](…) |, | * | [Title](…) |: a name cell that holds no name; the paper's title names the entry.
            draft.Name = NameParser.Parse(titleOfPaper).Name;
        }
        else if (NameParser.HoldsNoName(draft.Name) && draft.Title is null && NamingLinkLabel(draft.Links) is { } linkName)
        {
            // | [TriviaQA](…) | … | - |: no name and no title; the label of the row's link names the entry.
            draft.Name = linkName;
        }

        // The year the paper appeared: a conference's or journal's, else a date the entry gives (often the
        // preprint's), else a citation's, an enclosing year heading's, the arXiv identifier's.
        var venueYear = draft.Venue is { Year: > 0, Kind: not VenueKind.Preprint } published ? published.Year : 0;
        draft.Year = venueYear > 0 ? venueYear
            : values.Year > 0 ? values.Year
            : draft.Venue?.Year > 0 ? draft.Venue.Year
            : parts.Year > 0 ? parts.Year
            : headingYear > 0 ? headingYear
            : LinkClassifier.ArxivYear(values.ArxivLinkId);
        draft.Month = values.Year == draft.Year ? values.Month : 0;
        CheckYears(draft, values, name, sectionTitle);
        draft.Remarks = values.Remarks;
        draft.PaperUrl = values.PaperUrl;
        return draft;
    }

    private static string? NamingLinkLabel(List<LinkDraft> links)
    {
        foreach (var link in links)
        {
            if (!LinkLabels.IsGeneric(link.Label) && !LinkLabels.IsUrl(link.Label) && !NameParser.HoldsNoName(link.Label))
            {
                return link.Label.Trim();
            }
        }

        return null;
    }

    private static RawField? FirstTitle(RawEntry raw)
    {
        foreach (var field in raw.Fields)
        {
            // A Title column beside the name column (| Abbreviation | Title |) is the title.
            if (field.Role == FieldRole.Title && raw.Name is { } name && field.Column >= 0 && field.Column != name.Column)
            {
                return field;
            }
        }

        foreach (var field in raw.Fields)
        {
            if (field.Role is FieldRole.Title or FieldRole.TitleLink || (field.Role == FieldRole.Paper && raw.Name is null))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The title a Paper cell other than <paramref name="nameField"/> gives: its paper link's label, a citation's title.</summary>
    private static string? PaperTitleOutside(RawEntry raw, RawField? nameField)
    {
        foreach (var field in raw.Fields)
        {
            if (field.Role != FieldRole.Paper || ReferenceEquals(field, nameField) || field.Content.Links.Count == 0)
            {
                continue;
            }

            var link = field.Content.Links[LinkLabels.PaperLinkIndex(field.Content.Links)];
            if (LinkLabels.NeedsColumnName(link) || link.Label.Trim().Length == 0)
            {
                continue;
            }

            return PaperText.TryReadCitation(link.Label, out _, out var cited) ? cited : link.Label;
        }

        return null;
    }

    private static RawField? FirstOf(RawEntry raw, FieldRole role)
    {
        foreach (var field in raw.Fields)
        {
            if (field.Role == role)
            {
                return field;
            }
        }

        return null;
    }

    private static string? TagText(RawField? tag) => tag is null ? null : NameParser.TrimDecoration(tag.Content.Text).Trim();

    /// <summary>
    /// Reads one field into the entry. Every link of every field is kept: the ones a role gives a meaning
    /// (the venue's link, the Paper column's title link, a list item's title link) and all others, each going by
    /// its label, or by its column when the label is none.
    /// </summary>
    private void Read(RawField field, EntryDraft draft, EntryValues values, string name, string sectionTitle, bool isTitleField, bool isNameTag)
    {
        var content = field.Content;
        var text = content.Text;
        var used = -1;
        switch (field.Role)
        {
            case FieldRole.Venue when values.VenueField is null && values.StatedVenue is null && content.Links.Count == 1 && content.TextOutsideLinks.Trim().Length == 0
                && content.Links[0] is { LabelIsImage: true, ImageUrl: { } badge, IsValid: true } badgeLink && Badges.TryReadVenue(badge, labelsALink: true, out var badgeWritten, out var badgeVenue):
                // | [![ICCVW](…/badge/2023-ICCVW-fcb900)](paper) |: the badge says the venue and its year, the alt text only the name.
                values.StatedVenue = (badgeWritten, badgeVenue, badgeLink.Start, badgeLink.End);
                if (PointsAtPaper(badgeLink))
                {
                    AddPaperLink(draft, values, badgeLink);
                    used = 0;
                }

                break;
            case FieldRole.Venue when content.Links.Count == 1 && content.TextOutsideLinks.Trim().Length == 0 && NamesOnlyALinkKind(content.Links[0].Label):
                // | Source | of [paper](…) or [github](…) cells: a link that names its kind, no venue.
                break;
            case FieldRole.Venue when values.HeadingSaysWhere && content.Links.Count == 1 && content.TextOutsideLinks.Trim().Length == 0
                && IsPreprintServerAlone(content.Links[0].Label):
                // "### CVPR 2023" over "[Paper](…) [arXiv](…)": the heading says where the paper appeared, the link its preprint.
                break;
            case FieldRole.Venue when values.VenueField is null:
                values.VenueField = field;
                if (content.Links.Count > 0 && content.Links[0].IsValid)
                {
                    if (PointsAtPaper(content.Links[0]))
                    {
                        // [[CVPR](…/paper.pdf)]: the venue's link is the paper's.
                        AddPaperLink(draft, values, content.Links[0]);
                    }
                    else
                    {
                        values.VenueUrl = _links.Resolve(content.Links[0]);
                    }

                    used = 0;
                }

                break;
            case FieldRole.Venue:
                // A second venue (a tag and a column, a line under the entry): kept as a remark.
                AddRemark(values, text);
                break;
            case FieldRole.Institutions:
                ReadInstitutions(content, draft);
                break;
            case FieldRole.Remarks:
                AddRemark(values, text);
                break;
            case FieldRole.Title when !isTitleField && !values.TitleFromColumn:
                // An entry whose own title is only its name takes the title a sub-item cites; a longer one keeps its own.
                if (draft.Title is null || draft.Title == draft.Name)
                {
                    draft.Title = NullIfEmpty(text);
                }

                break;
            case FieldRole.Title when !isTitleField:
                // The name cell's own text beside a Title column: the name, already taken.
                break;
            case FieldRole.TitleLink:
                if (isTitleField && content.Links.Count > 0)
                {
                    // A Paper column that names the entries (| Year | Pub | [Title](…) |): its link is the paper, PaperUrl.
                    var link = content.Links[0];
                    var paperColumn = LinkLabels.IsPaperHeader(field.Header);
                    AddLink(draft, values, link, paperColumn ? "Paper" : field.Header.Length > 0 ? field.Header : link.Label, isTitleLink: !paperColumn);
                    values.PaperUrl ??= link.IsValid ? _links.Resolve(link) : null;
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
                    if (!isTitleField && !values.TitleFromColumn && PaperText.TryReadCitation(link.Label, out var citedAuthors, out var citedTitle))
                    {
                        // [Doe, Jane, and John Roe. "Fast things." In ICML 2020.](…): the title and the names of a citation.
                        draft.Title = citedTitle;
                        if (draft.Authors.Count == 0)
                        {
                            draft.Authors.AddRange(NameParser.SplitAuthors(citedAuthors));
                        }
                    }
                    else if (!isTitleField && !values.TitleFromColumn && !LinkLabels.NeedsColumnName(link) && link.Label.Length > 0)
                    {
                        draft.Title = link.Label;
                    }

                    if (values.VenueField is null && values.StatedVenue is null && VenueOfLabel(link, withYear: true) is { } tag)
                    {
                        // | Dataset | Paper | with [[ISWC 2017]](…): the paper's link is labelled by where it appeared.
                        values.StatedVenue = (tag, tag, link.Start, link.End);
                    }

                    AddPaperLink(draft, values, link);
                }
                else if (!isTitleField && !values.TitleFromColumn && content.TextOutsideLinks.Length > 0)
                {
                    draft.Title = text;
                }

                break;
            case FieldRole.Links when field.Column >= 0 && values.VenueField is null && values.StatedVenue is null && content.Links.Count == 1 && content.TextOutsideLinks.Trim().Length == 0
                && content.Links[0] is { IsValid: true, LabelIsImage: false } && VenueOfLabel(content.Links[0], withYear: false) is { } linkedVenue:
                // | Reference | with [MICCAI2022](…), [Arxiv](…): the link to the paper, labelled by where it appeared.
                values.StatedVenue = (linkedVenue, linkedVenue, content.Links[0].Start, content.Links[0].End);
                AddPaperLink(draft, values, content.Links[0]);
                used = 0;
                break;
            case FieldRole.Date:
                ReadDate(field, values, name, sectionTitle);
                break;
            case FieldRole.Authors:
                if (draft.Authors.Count == 0)
                {
                    draft.Authors.AddRange(NameParser.SplitAuthors(content.TextOutsideLinks));
                }
                else
                {
                    AddRemark(values, text);
                }

                break;
            case FieldRole.Tags when !isNameTag:
                AddTag(draft, text);
                break;
            case FieldRole.Other:
                ReadOther(field, draft);
                break;
        }

        KeepLinks(field, draft, values, skip: used);
    }

    /// <summary>Keeps a link as the paper's (<c>PaperUrl</c>), the entry's paper link unless it has one.</summary>
    private void AddPaperLink(EntryDraft draft, EntryValues values, in FieldLink link)
    {
        AddLink(draft, values, link, "Paper", isTitleLink: false);
        values.PaperUrl ??= link.IsValid ? _links.Resolve(link) : null;
    }

    /// <summary>The label of a link when it names a venue (with its year, or any known venue or preprint server); else null.</summary>
    private static string? VenueOfLabel(in FieldLink link, bool withYear)
    {
        var tag = LinkLabels.Unbracket(link.Label).Trim();
        return VenueParser.ReadsAsVenue(tag) && VenueParser.Read(tag, out var venue, out _) == VenueReading.Parsed
            && (venue.Year > 0 || (!withYear && (venue.Kind == VenueKind.Preprint || VenueParser.IsKnownName(tag)))) ? tag : null;
    }

    private static void AddTag(EntryDraft draft, string text)
    {
        var tag = NameParser.TrimDecoration(text).Trim();
        if (tag.Length > 0 && !draft.Tags.Contains(tag))
        {
            draft.Tags.Add(tag);
        }
    }

    private static void AddRemark(EntryValues values, string text)
    {
        if (text.Length > 0)
        {
            // Several remarks (the sub-items of a list item) are one line each.
            values.Remarks = values.Remarks is null ? text : values.Remarks + "\n" + text;
        }
    }

    /// <summary>
    /// A column the catalog does not know: its text is a string constant (<c>Recom</c> = <c>⭐️⭐️</c>) unless the
    /// cell is only links (a Code column's <c>[[vllm]](…)</c> is CodeUrl, no text), or only images (their URL).
    /// </summary>
    private static void ReadOther(RawField field, EntryDraft draft)
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

        // A cell that says it has nothing (-, N/A, TBD) gives no constant, as an empty one gives none.
        if (value is not null && value.Length > 0 && !NameParser.IsPlaceholderName(value))
        {
            draft.Columns.Add(new ColumnDraft(field.Header, value, field.Column));
        }
    }

    /// <summary>
    /// Keeps the field's links (but the one at <paramref name="skip"/>, which its role used). A badge that
    /// states a venue gives the entry's venue when it has none; an empty link around a badge is no link.
    /// </summary>
    private void KeepLinks(RawField field, EntryDraft draft, EntryValues values, int skip)
    {
        foreach (var image in field.Content.Images)
        {
            // <img src="https://img.shields.io/badge/MICRO-2021-green.svg"> after a title, linked or not.
            if (values.VenueField is null && values.StatedVenue is null && Badges.TryReadVenue(image.Url, field.Content.IsInsideLink(image), out var written, out var venue))
            {
                values.StatedVenue = (written, venue, image.Start, image.End);
            }
        }

        var links = field.Content.Links;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.LabelIsImage && link.ImageUrl is { } image && values.VenueField is null && values.StatedVenue is null
                && Badges.TryReadVenue(image, labelsALink: link.Problem != LinkTargetProblem.Empty, out var written, out var venue))
            {
                values.StatedVenue = (written, venue, link.Start, link.End);
            }

            if (i == skip || (link.LabelIsImage && link.Problem == LinkTargetProblem.Empty))
            {
                continue;
            }

            if (!link.LabelIsImage && link.Label.Trim().Length == 0 && Badges.TryReadVenue(link.Target, labelsALink: false, out var badgeText, out var badgeVenue))
            {
                // "[](https://img.shields.io/badge/EMNLP%202019-orange)": a badge written without its "!", which GitHub
                // shows as nothing; it says the venue, as the badge it was meant to be, and links to nothing.
                if (values.VenueField is null && values.StatedVenue is null)
                {
                    values.StatedVenue = (badgeText, badgeVenue, link.Start, link.End);
                }

                continue;
            }

            AddLink(draft, values, link, LabelOf(link, field), isTitleLink: false);
            if (values.PaperUrl is null && link.IsValid && LinkLabels.IsPaperLabel(link.Label))
            {
                values.PaperUrl = _links.Resolve(link);
            }
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
        if (field.Role is not (FieldRole.Other or FieldRole.Paper) || field.Header.Length == 0 || field.Content.Links.Count > 1 || !LinkLabels.NeedsColumnName(link))
        {
            // An icon ([:scroll:](paper.pdf), [🔗](…)) names nothing: the link goes by what its target is.
            return LinkLabels.IsIcon(link.Label) ? LinkLabels.KindLabel(link) : LinkLabels.Unbracket(link.Label);
        }

        return field.Header;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private void ReadInstitutions(FieldContent content, EntryDraft draft)
    {
        if (content.Items.Count == 0)
        {
            if (content.Text.Length > 0)
            {
                draft.Institutions.Add(NameParser.WithoutEtc(content.Text));
                draft.InstitutionLocations.Add(_sink.Locate(content.Span));
            }

            return;
        }

        foreach (var item in content.Items)
        {
            draft.Institutions.Add(NameParser.WithoutEtc(item.Text));
            draft.InstitutionLocations.Add(_sink.Lines.Locate(item.Start, item.End));
        }
    }

    private void ReadDate(RawField field, EntryValues values, string name, string sectionTitle)
    {
        var text = field.Content.Text;
        if (text.Length == 0 || values.Year > 0)
        {
            return;
        }

        if (values.VenueField is null && values.StatedVenue is null && VenueParser.ReadsAsVenue(text)
            && VenueParser.Read(text, out var venue, out _) == VenueReading.Parsed && venue.Year > 0 && TextRuns.Capitals(venue.Name) >= 2)
        {
            // | Time | Paper | with | ICCV21 |: the column says when by where the paper appeared (a month, "June 2025", has
            // one capital).
            values.StatedVenue = (text, text, field.Content.Span.Start, field.Content.Span.End);
            return;
        }

        if (DateParser.TryRead(text, out var year, out var month, out var problem))
        {
            values.Year = year;
            values.Month = month;
            values.DateField = field;
            return;
        }

        if (!field.IsSpanned)
        {
            _sink.Report(DiagnosticMessages.InvalidDate(date: text, entry: name, sectionTitle, problem), field.Content.Span);
        }
    }

    private VenueSpec? ReadVenue(EntryValues values, RawField field, string name, string sectionTitle, string noun)
    {
        var text = field.Content.Text;
        if (text.Length == 0)
        {
            if (!field.IsSpanned)
            {
                _sink.Report(DiagnosticMessages.EmptyVenue(entry: name, sectionTitle), field.Content.Span);
            }

            return null;
        }

        if (NameParser.IsPlaceholderName(text))
        {
            // | NA |, | - |: the author says there is no venue.
            return null;
        }

        var reading = VenueParser.Read(text, out var parts, out var problem);
        if (reading == VenueReading.Parsed && parts.ArxivId is { } venueId && values.ArxivLinkId is { } linkId && venueId != linkId
            && linkId.StartsWith(venueId, StringComparison.Ordinal))
        {
            reading = VenueReading.Broken;
            problem = $"'{venueId}' is cut short";
        }

        if (reading != VenueReading.Broken)
        {
            var year = parts.Year;
            if (parts.Kind == VenueKind.Preprint && year == 0 && values.ArxivLinkId is { } id)
            {
                // "arXiv": the year is the one its own arXiv link says.
                year = LinkClassifier.ArxivYear(id);
            }

            return new VenueSpec(text, values.VenueUrl, parts.Name, year, parts.Kind, parts.ArxivId ?? (parts.Kind == VenueKind.Preprint ? values.ArxivLinkId : null), parts.Detail);
        }

        if (values.ArxivLinkId is not null && text.StartsWith(VenueParser.ArxivName, StringComparison.OrdinalIgnoreCase))
        {
            problem += $"; the {noun}'s own link says arXiv {values.ArxivLinkId}";
        }

        if (!field.IsSpanned)
        {
            _sink.Report(DiagnosticMessages.InvalidVenue(venue: text, entry: name, sectionTitle, problem), field.Content.Span);
        }

        return new VenueSpec(text, values.VenueUrl, null, 0, VenueKind.Unknown, null, null);
    }

    /// <summary>The entry's date and venue years against its own arXiv identifier (PCAT404, PCAT405).</summary>
    private void CheckYears(EntryDraft draft, EntryValues values, string name, string sectionTitle)
    {
        if (values.ArxivLinkId is not { } arxivId)
        {
            return;
        }

        if (values.DateField is { IsSpanned: false } dateField
            && ArxivYearCheck.OfDate(dateField.Content.Text, values.Year, values.Month, arxivId, name, sectionTitle) is { } dateProblem)
        {
            _sink.Report(dateProblem, dateField.Content.Span);
        }

        if (draft.Venue is { } venue && draft.VenueLocation is { } venueLocation
            && ArxivYearCheck.OfVenue(venue, venue.ArxivId ?? arxivId, name, sectionTitle) is { } venueProblem)
        {
            _sink.Report(venueProblem, venueLocation);
        }
    }

    /// <summary>A venue a badge (<c>Conference-ICML'23</c>) or a paper link's label (<c>[[ISWC 2017]](…)</c>) states: its text as written, parsed.</summary>
    private VenueSpec ReadStatedVenue(string written, string venue, (int Start, int End) where, string name, string sectionTitle)
    {
        if (VenueParser.Read(venue, out var parts, out var problem) != VenueReading.Broken)
        {
            return new VenueSpec(written, null, parts.Name, parts.Year, parts.Kind, parts.ArxivId, parts.Detail);
        }

        _sink.Report(DiagnosticMessages.InvalidVenue(venue: written, entry: name, sectionTitle, problem), where);
        return new VenueSpec(written, null, null, 0, VenueKind.Unknown, null, null);
    }

    /// <summary>A link to a paper itself: arXiv, a DOI, the ACM library, USENIX, a proceedings page, or a PDF.</summary>
    private static bool PointsAtPaper(in FieldLink link) =>
        (LinkLabels.IsPaperKind(link.Kind) && (link.Kind != LinkKind.Usenix || IsDeepPage(link.Target)))
        || (link.Kind == LinkKind.ProjectPage && (link.Target.IndexOf(".pdf", StringComparison.OrdinalIgnoreCase) >= 0 || IsProceedingsPage(link.Target) || IsDeepPage(link.Target)));

    /// <summary>
    /// A page deep in a site (three path segments or more, a file, a query: <c>ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=…</c>,
    /// <c>aaai.org/ocs/index.php/AAAI/AAAI18/paper/view/…</c>): one paper's page. A venue's home is shallow (<c>iclr.cc</c>,
    /// <c>usenix.org/conference/osdi22</c>).
    /// </summary>
    private static bool IsDeepPage(string target)
    {
        if (!LinkClassifier.TrySplitWebUrl(target.Trim(), out _, out var path))
        {
            return false;
        }

        if (target.IndexOf('?') >= 0)
        {
            return true;
        }

        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 || (segments.Length > 0 && segments[segments.Length - 1].IndexOf('.') > 0);
    }

    // Hosts whose pages are papers: what a venue tag in front of a title links to.
    private static readonly string[] ProceedingsHosts =
    {
        "openreview.net/forum", "openreview.net/pdf", "aclanthology.org/", "proceedings.mlr.press/", "proceedings.neurips.cc/",
        "papers.nips.cc/", "openaccess.thecvf.com/", "ieeexplore.ieee.org/document", "link.springer.com/", "researchgate.net/publication/",
        "semanticscholar.org/paper/", "sciencedirect.com/science/article/",
    };

    private static bool IsProceedingsPage(string target)
    {
        foreach (var host in ProceedingsHosts)
        {
            if (target.IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports every link of the field whose target is empty, a placeholder or not a URL, notes the
    /// relative ones, and keeps the first arXiv identifier (the hint when a venue names a broken one).
    /// </summary>
    private void CheckLinks(FieldContent content, string name, string sectionTitle, EntryValues values)
    {
        foreach (var link in content.Links)
        {
            if (link.IsValid)
            {
                values.ArxivLinkId ??= link.ArxivId;
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
                    _sink.Report(DiagnosticMessages.EmptyLinkTarget(label, entry: name, sectionTitle), location);
                    break;
                case LinkTargetProblem.Placeholder:
                    _sink.Report(DiagnosticMessages.PlaceholderLinkTarget(label, entry: name, sectionTitle, placeholder: link.Target.Trim()), location);
                    break;
                default:
                    var invalid = DiagnosticMessages.InvalidLinkTarget(label, entry: name, sectionTitle, link.Target, reason: link.ProblemReason).At(location);
                    // arxiv.org/pdf/…: the fix is the scheme GitHub needs to leave the repository, before the host as written.
                    _sink.Add(LinkTargets.IsHostWithoutScheme(link.Target.Trim()) && WrittenHost(link.TargetSpan) is { } host
                        ? invalid.WithFix(new FixEdit(link.TargetSpan.Start, link.TargetSpan.End - link.TargetSpan.Start, "https://" + host, OldText: host))
                        : invalid);
                    break;
            }
        }
    }

    /// <summary>The host a target without scheme starts with, as the Markdown writes it, or null.</summary>
    private string? WrittenHost((int Start, int End) span)
    {
        var written = _sink.Text.Substring(span.Start, span.End - span.Start).TrimStart(' ', '\t', '<', '"', '\'');
        var slash = written.IndexOf('/');
        var host = slash >= 0 ? written.Substring(0, slash) : written.TrimEnd(' ', '\t', '>', '"', '\'');
        return host.Length > 0 ? host : null;
    }

    /// <summary>Adds a link; the same label and URL twice (a title link and a Links column's Paper) is one link.</summary>
    private void AddLink(EntryDraft draft, EntryValues values, in FieldLink link, string label, bool isTitleLink)
    {
        var valid = link.IsValid;
        var url = valid ? _links.Resolve(link) : link.Target;
        if (!values.LinkKeys.Add(label.ToUpperInvariant() + "\0" + url))
        {
            return;
        }

        draft.Links.Add(new LinkDraft(label, url, valid, isTitleLink, _sink.Lines.Locate(link.Start, link.End)));
    }

    /// <summary>Malformed HTML in a field, said with the field and the entry it is in.</summary>
    private void ReportMarkup(RawField field, string name, string sectionTitle)
    {
        foreach (var problem in field.Content.Problems)
        {
            _sink.Report(DiagnosticMessages.MalformedHtml(sectionTitle, $"{problem.Message}, in the {field.Where} of '{name}'"), (problem.Start, problem.End));
        }
    }

    /// <summary>What an entry's fields have given so far, while each is read once.</summary>
    // "arXiv", "[arXiv]": a preprint server's name, no year, no identifier.
    private static bool IsPreprintServerAlone(string label)
    {
        var text = LinkLabels.Unbracket(label).Trim();
        return TextRuns.WordCount(text) == 1 && VenueParser.Read(text, out var venue, out _) == VenueReading.Parsed && venue.Kind == VenueKind.Preprint && venue.Year == 0;
    }

    private sealed class EntryValues
    {
        /// <summary>The section's heading is a venue with its year (<c>### CVPR 2023</c>).</summary>
        public bool HeadingSaysWhere { get; set; }

        public RawField? VenueField { get; set; }

        public string? VenueUrl { get; set; }

        /// <summary>A Title column gives the title: a Paper column's link label does not replace it.</summary>
        public bool TitleFromColumn { get; set; }

        public string? Remarks { get; set; }

        /// <summary>Label (any case) and URL of every link kept, to keep a link written twice once.</summary>
        public HashSet<string> LinkKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>A venue a badge or a paper link's label states (text as written, text to parse, where), when no column gives one.</summary>
        public (string Written, string Venue, int Start, int End)? StatedVenue { get; set; }

        public int Year { get; set; }

        public int Month { get; set; }

        /// <summary>The arXiv id of the entry's first arXiv link: the hint when its venue names a broken one.</summary>
        public string? ArxivLinkId { get; set; }

        /// <summary>The field the entry's date was read from, for a message about it.</summary>
        public RawField? DateField { get; set; }

        public string? PaperUrl { get; set; }
    }

    /// <summary>A link label that names the kind of target and never a venue (<c>paper</c>, <c>github</c>; not <c>arXiv</c>, <c>Preprint</c>).</summary>
    private static bool NamesOnlyALinkKind(string label)
    {
        var inner = LinkLabels.Unbracket(label).Trim();
        return LinkLabels.IsGeneric(label)
            && !inner.Equals("arxiv", StringComparison.OrdinalIgnoreCase)
            && !inner.Equals("preprint", StringComparison.OrdinalIgnoreCase);
    }
}
