using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Finds the entries of a list, bulleted or numbered, at any depth. An item is an entry when it holds a title
/// and either a link that is not navigation (an anchor, another Markdown page, a folder) or a venue; its fields
/// are what <see cref="PaperText"/> reads in its first paragraph, its other paragraphs and the sub-items that
/// belong to it. A sub-item whose own link carries a title is an entry of its own; the others belong to the item
/// (authors, institutions, a venue, links, remarks). An item that is no entry (a date, a topic) is a container: its
/// sub-items are read as entries, and a date it states is theirs.
/// </summary>
internal sealed class ListEntries
{
    private static readonly string[] InstitutionSeparators = { " & ", " &amp; " };

    private static readonly string[] InstitutionListSeparators = { ", ", "; ", " \u27d0 ", " \u00b7 " };

    private static readonly char[] FragmentOrQuery = { '#', '?' };

    private readonly PaperText _paper = new();

    /// <summary>Items that link a paper but hold no title and no entry (<c>- [Paper](…)</c> under a topic): each one PCAT210.</summary>
    public List<(int Start, int End)> PapersNotRead { get; } = new();

    /// <summary>Adds the entries <paramref name="item"/> holds (itself, its sub-items, or both) to <paramref name="entries"/>.</summary>
    /// <param name="venueLine">A bold line over the list that names a venue (<c>**ECCV**</c>), which entries without one of their own take, or null.</param>
    public void Read(RawItem item, List<RawEntry> entries, FieldContent? venueLine = null) => Read(item, entries, new Inherited(null, venueLine));

    /// <summary>Whether a bold line over a list (<c>**ECCV**</c>, <c>**NeurIPS 2021**</c>) names a venue for the items after it.</summary>
    public static bool NamesAVenue(FieldContent boldLine) => VenueParser.ReadsAsVenue(boldLine.Text.Trim().TrimEnd(':'));

    private void Read(RawItem item, List<RawEntry> entries, Inherited inherited)
    {
        if (item.Head is not { } head)
        {
            ReadChildren(item.Children, entries, inherited);
            return;
        }

        var parts = _paper.ReadTitleLine(head);
        if (TryReadNamedPaper(item, head, parts, entries, inherited))
        {
            return;
        }

        if (IsTopicOverPaperParagraphs(item, head, parts))
        {
            // "- Query-based RAG", then a paragraph per paper ("[REALM: …](…)"): each paragraph is an entry, as an item would be.
            foreach (var paragraph in item.Paragraphs)
            {
                Read(new RawItem(paragraph.Start, item.Ordered, paragraph, Array.Empty<FieldContent>(), Array.Empty<RawItem>()), entries, inherited);
            }

            ReadChildren(item.Children, entries, inherited);
            return;
        }

        var titled = parts.Has(FieldRole.Title) || parts.TitleLink >= 0;

        // An item with a title and a link or venue of its own is an entry whatever its sub-items are; then a
        // labelled sub-item (ExpEnv: [MuJoCo](…)) is one of its fields, not a paper.
        var standsAlone = titled && (parts.Has(FieldRole.Venue) || HasWebLink(head) || AnyHasWebLink(item.Paragraphs));
        var own = new List<RawItem>();
        var details = new List<RawItem>();
        var titledPapers = standsAlone ? null : TitledPapers(item.Children);
        for (var c = 0; c < item.Children.Count; c++)
        {
            var child = item.Children[c];
            ((titledPapers?[c] ?? false) || IsEntryOfItsOwn(child, underEntry: standsAlone) ? own : details).Add(child);
        }

        var linked = standsAlone || HasWebLink(head) || AnyHasWebLink(item.Paragraphs) || DetailsHaveWebLink(details);

        // An item with a venue and a link but nothing before them (* (OSDI 2022) \[[Paper](…)]) lost its title:
        // an entry, so the builder reports it (PCAT201).
        // A venue with links to its proceedings and nothing that points at a paper (- [IJCAI](…) [2025](…), [2024](…))
        // is a list of venues, not a paper.
        var untitled = !titled && parts.Has(FieldRole.Venue) && linked && (LinksAPaper(head) || AnyLinksAPaper(item.Paragraphs));
        var isEntry = untitled || (titled && (parts.Has(FieldRole.Venue) || linked));
        if (!isEntry)
        {
            // A date bullet (- **[2025.05.12]**), a venue bullet (- **CCS 2024**) or a topic: its sub-items may be
            // entries, of the date or venue it states.
            var stated = new Inherited(DateOf(head, parts) ?? inherited.Date, VenueParser.ReadsAsVenue(head.Text.Trim().TrimEnd(':')) ? head : inherited.Venue);
            var before = entries.Count;
            ReadChildren(item.Children, entries, stated);
            if (entries.Count == before && (LinksAPaperPage(head) || AnyLinksAPaper(item.Paragraphs) || LinksOnlyAPdf(head)))
            {
                // It links a paper and nothing under it is an entry: said, so that no paper goes unseen.
                PapersNotRead.Add((head.Start, head.End));
            }

            return;
        }

        var entry = new RawEntry(EntryForm.ListItem, head.Start, head.End, untitled ? new RawField(FieldRole.Title, "title", head.Slice(0, 0)) : null, nameFromTitle: true) { LineOffset = item.Start };
        if (inherited.VenueHasYear)
        {
            // "**2018 NIPS**" over "1. **Title**, *Names*, [[arXiv](…)], [[NIPS](…)]": a link labelled by a venue without
            // its year is a link to the paper; the line over the list says where and when it appeared.
            parts.Parts.RemoveAll(part => part.Role == FieldRole.Venue && IsUndatedVenueLink(head, part));
        }

        AddParts(entry, head, parts, "item");
        if (inherited.Date is { } inheritedDate && !parts.Has(FieldRole.Date))
        {
            entry.Fields.Add(new RawField(FieldRole.Date, "date", inheritedDate, IsSpanned: true));
        }

        if (inherited.Venue is { } inheritedVenue && !parts.Has(FieldRole.Venue))
        {
            entry.Fields.Add(new RawField(FieldRole.Venue, "venue", inheritedVenue, IsSpanned: true));
        }

        foreach (var paragraph in item.Paragraphs)
        {
            AddParts(entry, paragraph, _paper.ReadDetail(paragraph), "paragraph");
        }

        var first = true;
        foreach (var detail in details)
        {
            AddDetail(entry, detail, first);
            first = false;
        }

        entries.Add(entry);
        foreach (var child in own)
        {
            Read(child, entries, inherited);
        }
    }

    /// <summary>
    /// A bullet that holds only a paper's short name, with the title in its first sub-item and links in the others
    /// (<c>- **CapsGNN**</c>, then <c>- Capsule Graph Neural Network, ICLR'19</c> and <c>- [[paper]](…) [[code]](…)</c>):
    /// one entry at the bullet, named by it, its title and venue read from the first sub-item as from a title line.
    /// </summary>
    private bool TryReadNamedPaper(RawItem item, FieldContent head, PaperTextParts parts, List<RawEntry> entries, Inherited inherited)
    {
        if (item.Children.Count < 2 || item.Paragraphs.Count > 0 || head.Links.Count > 0 || parts.Has(FieldRole.Venue)
            || !parts.Has(FieldRole.Title) || TextRuns.WordCount(head.Text.Trim()) > 3 || VenueParser.ReadsAsVenue(head.Text.Trim().TrimEnd(':')))
        {
            return false;
        }

        if (item.Children[0] is not { Head: { } titleLine, Children.Count: 0, Paragraphs.Count: 0 } || HoldsOnlyLinks(titleLine))
        {
            return false;
        }

        var titleParts = _paper.ReadTitleLine(titleLine);
        if ((!titleParts.Has(FieldRole.Title) && titleParts.TitleLink < 0) || (titleParts.TitleLink >= 0 && IsNavigation(titleLine.Links[titleParts.TitleLink])))
        {
            return false;
        }

        for (var i = 1; i < item.Children.Count; i++)
        {
            if (item.Children[i] is not { Head: { } links, Children.Count: 0 } || !HoldsOnlyLinks(links))
            {
                return false;
            }
        }

        var entry = new RawEntry(EntryForm.ListItem, head.Start, head.End, null, nameFromTitle: true) { LineOffset = item.Start };
        var name = new PaperTextParts();
        foreach (var part in parts.Parts)
        {
            name.Parts.Add(part.Role == FieldRole.Title ? part with { Role = FieldRole.ShortName } : part);
        }

        AddParts(entry, head, name, "item");
        AddParts(entry, titleLine, titleParts, "sub-item");
        if (inherited.Date is { } inheritedDate && !titleParts.Has(FieldRole.Date))
        {
            entry.Fields.Add(new RawField(FieldRole.Date, "date", inheritedDate, IsSpanned: true));
        }

        if (inherited.Venue is { } inheritedVenue && !titleParts.Has(FieldRole.Venue))
        {
            entry.Fields.Add(new RawField(FieldRole.Venue, "venue", inheritedVenue, IsSpanned: true));
        }

        for (var i = 1; i < item.Children.Count; i++)
        {
            AddDetail(entry, item.Children[i], first: false);
        }

        entries.Add(entry);
        return true;
    }

    /// <summary>
    /// A sub-item with a title and a link to the paper of its own (<c>+ **Title**</c> <c>*Names* [[paper]](…) 2018.9</c>):
    /// under a topic (<c>+ `Machine Translation`:</c>) that holds two or more of them, each is an entry.
    /// </summary>
    private bool IsTitledPaper(RawItem child) =>
        child.Head is { Links.Count: > 0 } head && LinksAPaperPage(head) && _paper.ReadTitleLine(head) is { Labelled: false } parts && parts.Has(FieldRole.Title);

    /// <summary>Which sub-items are titled papers, when two or more are; else null (each one read once).</summary>
    private bool[]? TitledPapers(IReadOnlyList<RawItem> children)
    {
        if (children.Count < 2)
        {
            return null;
        }

        var titled = new bool[children.Count];
        var count = 0;
        for (var i = 0; i < children.Count; i++)
        {
            titled[i] = IsTitledPaper(children[i]);
            count += titled[i] ? 1 : 0;
        }

        return count >= 2 ? titled : null;
    }

    /// <summary>
    /// An item that names a topic and holds no link (<c>- Hybrid Retrieve</c>), whose two or more paragraphs each
    /// open with a titled link to a paper: the paragraphs are the papers, not the topic's links.
    /// </summary>
    private bool IsTopicOverPaperParagraphs(RawItem item, FieldContent head, PaperTextParts? parts)
    {
        if (item.Paragraphs.Count < 2 || head.Links.Count > 0 || TextRuns.WordCount(head.Text.Trim()) > 6 || (parts ?? _paper.ReadTitleLine(head)).Has(FieldRole.Venue))
        {
            return false;
        }

        foreach (var paragraph in item.Paragraphs)
        {
            if (paragraph.Links.Count == 0 || _paper.ReadTitleLine(paragraph) is not { TitleLink: >= 0 and var titleLink, Labelled: false }
                || IsNavigation(paragraph.Links[titleLink]) || !PaperText.IsTitleLabel(paragraph.Links[titleLink]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUndatedVenueLink(FieldContent head, TextPart venue)
    {
        var text = head.Text.Substring(venue.Start, venue.End - venue.Start).Trim();
        foreach (var link in head.Links)
        {
            if (string.Equals(LinkLabels.Unbracket(link.Label).Trim(), LinkLabels.Unbracket(text).Trim(), StringComparison.Ordinal))
            {
                return VenueParser.Read(text, out var written, out _) != VenueReading.Broken && written.Year == 0;
            }
        }

        return false;
    }

    /// <summary>A line of links with short labels and nothing else (<c>[[arxiv]](…) [[Python PyTorch]](…)</c>).</summary>
    private static bool HoldsOnlyLinks(FieldContent content)
    {
        if (content.Links.Count == 0)
        {
            return false;
        }

        foreach (var link in content.Links)
        {
            if (IsNavigation(link) || (!link.LabelIsImage && TextRuns.WordCount(link.Label.Trim()) > 3))
            {
                return false;
            }
        }

        foreach (var c in content.TextOutsideLinks)
        {
            if (!char.IsWhiteSpace(c) && "[](){}|,;/·-".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadChildren(IReadOnlyList<RawItem> children, List<RawEntry> entries, Inherited inherited)
    {
        foreach (var child in children)
        {
            Read(child, entries, inherited);
        }
    }

    /// <summary>What a bullet that is no entry states for the entries under it: a date, a venue.</summary>
    private readonly struct Inherited
    {
        public Inherited(FieldContent? date, FieldContent? venue)
        {
            Date = date;
            Venue = venue;
            VenueHasYear = venue is { } line && VenueParser.Read(line.Text.Trim().TrimEnd(':'), out var stated, out _) == VenueReading.Parsed && stated.Year > 0;
        }

        public FieldContent? Date { get; }

        public FieldContent? Venue { get; }

        /// <summary>The venue line states a year (<c>**2018 NIPS**</c>): read once for the items under it.</summary>
        public bool VenueHasYear { get; }
    }

    /// <summary>
    /// Whether an item holds links and nothing that names a paper (<c>* &lt;img …&gt;[Link](…)</c>, <c>* [Paper](x.pdf)</c>,
    /// <c>* [Reading Note from a blog](…)</c>), is one labelled field of a paper (<c>- **作者**：…</c>, <c>- Authors: …</c>),
    /// a label over links (<c>- Code: https://…</c>) or a word or two (<c>- Oral</c>): under a heading or a bold title line,
    /// such items are the fields and links of the paper it names.
    /// </summary>
    public bool IsPaperDetail(RawItem item)
    {
        if (item.Head is not { } head || item.Children.Count > 0)
        {
            return false;
        }

        if (head.Links.Count == 0)
        {
            // "Oral", "Code: None": a word or two about the paper, kept as a remark.
            return _paper.IsLabelledField(head) || TextRuns.WordCount(head.Text) is > 0 and <= 4;
        }

        if (_paper.IsLabelledField(head) || _paper.LinkLabel(head, out _) is not null)
        {
            // "Paper: [Title](…)" is a paper under a topic, not a field of the heading.
            foreach (var link in head.Links)
            {
                if (!link.LabelIsImage && !LinkLabels.IsUrl(link.Label) && LinkLabels.IsTitleLike(link.Label))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var link in head.Links)
        {
            // [Link](…), [Paper](…), [Slides](…), a badge: links that say only what they point at.
            if (IsNavigation(link) || !(link.LabelIsImage || LinkLabels.IsGeneric(link.Label) || LinkLabels.StartsWithGeneric(link.Label)))
            {
                return false;
            }
        }

        if (!HasWordsOutsideLinks(head))
        {
            return true;
        }

        var parts = _paper.ReadTitleLine(head);
        return parts.TitleLink < 0 && !parts.Has(FieldRole.Title) && !parts.Has(FieldRole.Venue);
    }

    private static bool HasWordsOutsideLinks(FieldContent content)
    {
        foreach (var c in content.TextOutsideLinks)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyLinksAPaper(IReadOnlyList<FieldContent> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            if (LinksAPaper(paragraph))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a link of <paramref name="content"/> that is not navigation points at a paper (<c>[arXiv](#arxiv)</c> does not).</summary>
    private static bool LinksAPaperPage(FieldContent content)
    {
        foreach (var link in content.Links)
        {
            if (!IsNavigation(link) && (LinkLabels.IsPaperKind(link.Kind) || LinkLabels.IsPaperLabel(link.Label)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the content is a bare link to a PDF (<c>+ http://www.bmva.org/…/paper0032.pdf</c>): a paper without its title.</summary>
    private static bool LinksOnlyAPdf(FieldContent content) =>
        content.Links.Count == 1 && LinkLabels.IsUrl(content.Links[0].Label) && content.TextOutsideLinks.Trim().Length == 0
        && LinkLabels.IsPdf(content.Links[0].Target);

    /// <summary>Whether a link of <paramref name="content"/> points at a paper: arXiv, a DOI, or a label such as [Paper] or [pdf].</summary>
    private static bool LinksAPaper(FieldContent content)
    {
        foreach (var link in content.Links)
        {
            if (LinkLabels.IsPaperKind(link.Kind) || LinkLabels.IsPaperLabel(link.Label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading that names a paper, with items of its links under it (<c>### Title (ACM CSUR 2023)</c>, then
    /// <c>* [Link](…)</c>, <c>* [Paper](…)</c>): one entry, read from the heading as from an item's title line. Null
    /// when the heading names no paper.
    /// </summary>
    public RawEntry? ReadHeadingEntry(FieldContent heading, int start, IReadOnlyList<RawItem> details)
    {
        // A paper's title, not a topic: a few words at least ("## Resources" over [Code] and [Slides] is a section), or its venue.
        var parts = _paper.ReadTitleLine(heading);
        if ((!parts.Has(FieldRole.Title) && parts.TitleLink < 0) || (TextRuns.WordCount(heading.Text.Trim()) < 3 && !parts.Has(FieldRole.Venue)))
        {
            return null;
        }

        var entry = new RawEntry(EntryForm.ListItem, heading.Start, heading.End, null, nameFromTitle: true) { LineOffset = start };
        AddParts(entry, heading, parts, "heading");
        // A paper holds a link or a venue; remarks alone under a title are none.
        var linked = heading.Links.Count > 0 || parts.Has(FieldRole.Venue);
        foreach (var item in details)
        {
            // A labelled field gives its field; a label over links (Code: https://…) names them; an item of links says nothing else.
            var head = item.Head!;
            linked |= head.Links.Count > 0;
            if (_paper.LinkLabel(head, out var valueStart) is { } label)
            {
                entry.Fields.Add(new RawField(FieldRole.Other, "item", head.Slice(valueStart, head.Text.Length), Header: label));
                foreach (var problem in head.Problems)
                {
                    entry.Problems.Add((problem, "item"));
                }
            }
            else if (_paper.IsLabelledField(head) || head.Links.Count == 0)
            {
                AddParts(entry, head, _paper.ReadDetail(head), "item");
            }
            else
            {
                AddParts(entry, head, new PaperTextParts(), "item");
            }
        }

        return linked ? entry : null;
    }

    /// <summary>
    /// A sub-item is an entry of its own when its own link, not navigation, carries a title, unless it is a labelled
    /// field of the entry it is under (<c>Code: [repo](…)</c>); under an item that is no entry, a label such as
    /// <c>Paper:</c> only says what the sub-item is.
    /// </summary>
    private bool IsEntryOfItsOwn(RawItem child, bool underEntry)
    {
        if (child.Head is { } topic && IsTopicOverPaperParagraphs(child, topic, parts: null))
        {
            // A topic whose paragraphs are papers holds entries of their own, under any item.
            return true;
        }

        // Without a link, a sub-item has no title link to be an entry by.
        if (child.Head is not { Links.Count: > 0 } head)
        {
            return false;
        }

        var parts = _paper.ReadTitleLine(head);
        return parts.TitleLink >= 0 && !IsNavigation(head.Links[parts.TitleLink]) && !(underEntry && parts.Labelled);
    }

    /// <summary>
    /// A sub-item that belongs to the entry, with its own sub-items. The first sub-item of an item names its
    /// institutions when it reads as such (<c>Seoul National University &amp; FriendliAI</c>, the seed's lists).
    /// </summary>
    private void AddDetail(RawEntry entry, RawItem detail, bool first)
    {
        if (detail.Head is { } head)
        {
            var parts = _paper.ReadDetail(head);
            if (first && head.Links.Count == 0 && !parts.Has(FieldRole.Venue) && NameParser.LooksLikeInstitutions(head.Text) && !HasInstitutions(entry)
                && (!PaperText.LooksLikeAuthors(head.Text) || PaperText.NamesAnInstitution(head.Text)))
            {
                entry.Fields.Add(new RawField(FieldRole.Institutions, "institutions", SplitInstitutions(head, InstitutionSeparators)));
            }
            else
            {
                AddParts(entry, head, parts, "sub-item");
            }
        }

        foreach (var paragraph in detail.Paragraphs)
        {
            AddParts(entry, paragraph, _paper.ReadDetail(paragraph), "sub-item");
        }

        foreach (var child in detail.Children)
        {
            AddDetail(entry, child, first: false);
        }
    }

    /// <summary>The parts read from <paramref name="content"/> as fields; links no part took are fields of their own.</summary>
    private static void AddParts(RawEntry entry, FieldContent content, PaperTextParts parts, string where)
    {
        var taken = new bool[content.Links.Count];
        foreach (var part in parts.Parts)
        {
            var slice = content.Slice(part.Start, part.End);
            if (part.Role == FieldRole.Institutions)
            {
                slice = SplitInstitutions(slice, slice.Text.IndexOf(" & ", StringComparison.Ordinal) >= 0 ? InstitutionSeparators : InstitutionListSeparators);
            }

            entry.Fields.Add(new RawField(part.Role, RoleName(part.Role), slice));
            MarkTaken(content, slice, taken);
        }

        for (var l = 0; l < taken.Length; l++)
        {
            if (!taken[l])
            {
                entry.Fields.Add(new RawField(FieldRole.Links, "links", content.LinkAlone(l)));
            }
        }

        for (var i = 0; i < content.Images.Count; i++)
        {
            // A badge outside any link and any part (<img src="…/badge/MICRO-2021-green.svg">) can state the venue.
            var image = content.Images[i];
            if (!content.IsInsideLink(image) && Badges.TryReadVenue(image.Url, labelsALink: false, out _, out _))
            {
                entry.Fields.Add(new RawField(FieldRole.Links, "links", content.ImageAlone(i)));
            }
        }

        foreach (var problem in content.Problems)
        {
            entry.Problems.Add((problem, where));
        }
    }

    private static void MarkTaken(FieldContent content, FieldContent slice, bool[] taken)
    {
        foreach (var link in slice.Links)
        {
            for (var l = 0; l < content.Links.Count; l++)
            {
                if (content.Links[l].Start == link.Start && content.Links[l].End == link.End)
                {
                    taken[l] = true;
                }
            }
        }
    }

    private static string RoleName(FieldRole role) => role switch
    {
        FieldRole.Title or FieldRole.TitleLink => "title",
        FieldRole.ShortName => "name",
        FieldRole.Venue => "venue",
        FieldRole.Date => "date",
        FieldRole.Authors => "authors",
        FieldRole.Institutions => "institutions",
        FieldRole.Tags => "tag",
        _ => "remarks",
    };

    private static bool HasInstitutions(RawEntry entry)
    {
        foreach (var field in entry.Fields)
        {
            if (field.Role == FieldRole.Institutions)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date part of an item that is no entry (a date bullet), as a field its sub-items inherit.</summary>
    private static FieldContent? DateOf(FieldContent head, PaperTextParts parts)
    {
        foreach (var part in parts.Parts)
        {
            if (part.Role == FieldRole.Date)
            {
                return head.Slice(part.Start, part.End);
            }
        }

        return null;
    }

    /// <summary>The institutions of a field, split at <paramref name="separators"/> outside links (<c>SIAT, CAS</c> stays one with <c>&amp;</c>).</summary>
    private static FieldContent SplitInstitutions(FieldContent whole, string[] separators)
    {
        var items = new List<FieldItem>();
        var text = whole.Text;
        var pieceStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i < text.Length ? SeparatorAt(text, i, separators) : 0;
            if (i < text.Length && separator == 0)
            {
                continue;
            }

            var piece = whole.Slice(pieceStart, i);
            if (piece.Text.Length > 0)
            {
                items.Add(new FieldItem(piece.Text, piece.Start, piece.End));
            }

            pieceStart = i + Math.Max(separator, 1);
            i += Math.Max(0, separator - 1);
        }

        return whole.WithItems(items.ToArray());
    }

    private static int SeparatorAt(string text, int i, string[] separators)
    {
        foreach (var separator in separators)
        {
            if (i + separator.Length <= text.Length && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }

    private static bool AnyHasWebLink(IReadOnlyList<FieldContent> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            if (HasWebLink(paragraph))
            {
                return true;
            }
        }

        return false;
    }

    private bool DetailsHaveWebLink(List<RawItem> details)
    {
        foreach (var detail in details)
        {
            if (detail.Head is { } head && HasWebLink(head) || AnyHasWebLink(detail.Paragraphs) || DetailsHaveWebLink(new List<RawItem>(detail.Children)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the field has a link that is no navigation (a broken one counts: it is reported at its entry).</summary>
    private static bool HasWebLink(FieldContent content)
    {
        foreach (var link in content.Links)
        {
            if (!IsNavigation(link) && !(link.LabelIsImage && link.Problem == LinkTargetProblem.Empty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Navigation points at other pages of the list: an in-page anchor, another Markdown page or a folder of the
    /// repository. An item that only navigates is a table of contents, not a paper.
    /// </summary>
    /// <summary>A repository's front page or one of its Markdown pages, at a fragment: <c>github.com/o/r#x</c>, <c>…/blob/main/README.md#x</c>.</summary>
    private static bool IsRepositoryPageSection(string target)
    {
        var hash = target.IndexOf('#');
        if (hash < 0)
        {
            return false;
        }

        var path = target.Substring(0, hash).TrimEnd('/');
        var at = path.IndexOf("github.com/", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var segments = path.Substring(at + "github.com/".Length).Split('/');
        return segments.Length == 2 || (segments.Length >= 4 && segments[2] == "blob" && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)));
    }

    internal static bool IsNavigation(in FieldLink link)
    {
        var target = link.Target.Trim();
        if (target.StartsWith("#", StringComparison.Ordinal))
        {
            return true;
        }

        if (link.Kind == LinkKind.GitHub && IsRepositoryPageSection(target))
        {
            // https://github.com/o/r#1-open-source: a section of a repository's own page, as a table of contents writes it.
            return true;
        }

        if (link.Kind != LinkKind.Relative)
        {
            return false;
        }

        var cut = target.IndexOfAny(FragmentOrQuery);
        var path = cut >= 0 ? target.Substring(0, cut) : target;
        return path.Length == 0 || path.EndsWith("/", StringComparison.Ordinal)
            || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
    }
}
