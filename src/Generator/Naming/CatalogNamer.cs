using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;
using static PaperCatalog.Generator.Model.Invariant;

namespace PaperCatalog.Generator.Naming;

/// <summary>
/// Names what one file generates, in document order: a class for each section (nested as the headings are), a
/// class for each entry in its section, and each entry's constants. Every class has one <see cref="MemberScope"/>,
/// so a name is given once: two entries whose names make one identifier both get a class (the second by the rule
/// of <see cref="Distinguish"/>, with a warning), a heading named like a generated member or an entry takes the
/// suffix <c>Section</c>, an entry named like a member its class declares the suffix <c>Entry</c>, and a second
/// link of one label is numbered (<c>Code2Url</c>). Generated code compiles for every input.
/// </summary>
internal sealed class CatalogNamer
{
    /// <summary>What a section's class name takes when its heading names the class around it, a generated member or an entry.</summary>
    public const string SectionSuffix = "Section";

    /// <summary>What an entry's class name takes when its name is a member generated code declares (<c>All</c>, <c>Paper</c>).</summary>
    public const string EntrySuffix = "Entry";

    /// <summary>The constant of an entry's title link (<c>- [TinyZero](https://github.com/…) - …</c>).</summary>
    public const string TitleLinkMember = "Url";

    private static readonly string[] StopWords = { "a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "via", "from", "by", "at", "is", "are", "towards", "toward" };

    private static readonly char[] WordSeparators = { ' ', ':', ',', '.', ';', '(', ')', '-', '/', '"' };

    private static readonly string[] SectionMembers = { MemberNames.All };

    private readonly CatalogOptions _options;
    private readonly SectionOutline _outline;
    private readonly DiagnosticSink _sink;

    // For each section of the outline, the named section its entries go to (-1: the root class).
    private readonly List<int> _classOf = new();
    private readonly List<NamedSection> _sections = new();
    private readonly Dictionary<int, MemberScope> _scopes = new();
    private readonly List<EntrySpec> _entries = new();
    private readonly List<EntryLocations> _entryLocations = new();

    public CatalogNamer(CatalogOptions options, SectionOutline outline, DiagnosticSink sink)
    {
        _options = options;
        _outline = outline;
        _sink = sink;
        _scopes[SectionOutline.Root] = new MemberScope(options.ClassName, MemberNames.RootMembers);
    }

    /// <summary>Names the class of the outline's section <paramref name="raw"/> (a heading just read).</summary>
    public void OpenSection(int raw)
    {
        while (_classOf.Count <= raw)
        {
            _classOf.Add(NameSection(_classOf.Count));
        }
    }

    /// <summary>
    /// A heading that is an entry itself makes no class: its section's entries (and any under it) stay in the
    /// enclosing section. Called in place of <see cref="OpenSection"/>, in document order.
    /// </summary>
    public void FoldSection(int raw)
    {
        OpenSection(raw - 1);
        if (_classOf.Count == raw)
        {
            var parent = _outline.Sections[raw].Parent;
            _classOf.Add(parent >= 0 ? _classOf[parent] : SectionOutline.Root);
        }
    }

    private int NameSection(int raw)
    {
        var section = _outline.Sections[raw];
        var parent = section.Parent >= 0 ? _classOf[section.Parent] : SectionOutline.Root;
        if (!Identifiers.TryFromName(section.Title, out var identifier, out var problem))
        {
            // A heading that makes no identifier (an emoji, a rule of dashes) groups nothing of its own: its
            // entries stay in the enclosing section. Only an invisible control in it is worth a word.
            if (!HasNoInvisibleControl(section.Title))
            {
                _sink.Report(
                    DiagnosticMessages.NameWithoutIdentifier(kind: "section heading", named: section.Title, section: TitleOf(parent), problem + "; its entries are generated in the enclosing section"),
                    section.Location);
            }

            return parent;
        }

        var scope = _scopes[parent];
        if (scope.TryGet(identifier, out var existing))
        {
            if (existing.Kind == MemberKind.Section)
            {
                // The same heading again in one scope continues that section.
                return existing.Section;
            }

            if (existing.Kind == MemberKind.Entry)
            {
                _sink.Report(
                    DiagnosticMessages.MemberCollision(named: section.Title, section: TitleOf(parent), identifier, collidesWith: $"the entry '{existing.Name}'", outcome: $"its class is {scope.Numbered(identifier + SectionSuffix)}"),
                    section.Location,
                    existing.Location);
            }

            // "## Papers" under the root class Papers, "## All", "## Venues": a class cannot be named like the class
            // around it or a member generated code declares there, so the section's class takes a suffix.
            identifier = scope.Numbered(identifier + SectionSuffix);
        }

        var index = _sections.Count;
        _sections.Add(new NamedSection(section.Title, identifier, parent, section.Location));
        scope.Take(identifier, new ScopeMember(MemberKind.Section, section.Title, section.Location, index));
        _scopes[index] = new MemberScope(identifier, SectionMembers);
        return index;
    }

    /// <summary>
    /// The constants the columns of a table give their cells (null for a column that gives none), named once per
    /// table from the headers; a header that makes no identifier or names a member every entry declares is reported.
    /// </summary>
    public string?[] NameColumns(string[] headers, FieldRole[] roles, IReadOnlyList<LocationInfo> headerLocations, string sectionTitle)
    {
        var names = new string?[headers.Length];
        var taken = new HashSet<string>(MemberNames.EntryMembers, StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i];
            if (roles[i] != FieldRole.Other || header.Length == 0)
            {
                continue;
            }

            if (!Identifiers.TryFromName(header, out var identifier, out var problem))
            {
                // A header of symbols (⭐) names no constant: its cells are in Paper.Columns. An invisible control is reported.
                if (!HasNoInvisibleControl(header))
                {
                    _sink.Report(
                        DiagnosticMessages.NameWithoutIdentifier(kind: "column header", named: header, sectionTitle, problem + "; its cells are kept in Paper.Columns only"),
                        headerLocations[i]);
                }

                continue;
            }

            if (Array.IndexOf(MemberNames.EntryMembers, identifier) >= 0)
            {
                _sink.Report(
                    DiagnosticMessages.MemberCollision(named: header, section: sectionTitle, identifier, collidesWith: "a member every entry has", outcome: "its cells are kept in Paper.Columns only"),
                    headerLocations[i]);
                continue;
            }

            // Two columns of one header (Code, code) are Code and Code2.
            var name = identifier;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = identifier + Number(n);
            }

            names[i] = name;
        }

        return names;
    }

    /// <summary>Names the entry <paramref name="draft"/> of the outline's section <paramref name="raw"/>, or reports why it cannot be named.</summary>
    /// <param name="columnNames">The constants of the entry's table columns (<see cref="NameColumns"/>), or null for a list item.</param>
    public void AddEntry(EntryDraft draft, int raw, string?[]? columnNames)
    {
        OpenSection(raw);
        var section = raw >= 0 ? _classOf[raw] : SectionOutline.Root;
        var sectionTitle = TitleOf(section);
        if (!Identifiers.TryFromName(draft.Name, out var identifier, out var problem)
            && !(HasNoInvisibleControl(draft.Name) && draft.Title is { } title && Identifiers.TryFromName(title, out identifier, out _)))
        {
            _sink.Report(DiagnosticMessages.NameWithoutIdentifier(kind: "name", named: draft.Name, sectionTitle, problem), draft.NameLocation);
            return;
        }

        // The entry's members first: they are named by its columns and links, and the class may not have one's name.
        var members = new MemberScope(string.Empty, MemberNames.EntryMembers);
        var columns = NameColumnValues(draft, columnNames, members);
        var links = NameLinks(draft, members, sectionTitle);
        // The paper's own links only: its title link, its Paper column, links labelled pdf or arXiv, a link whose text is a
        // title ("[Knowledge Mechanisms in Large Language Models](…)" in a sentence); never a badge or a dataset's link.
        var (key, keyLink) = PaperKeys.OfEntry(
            links,
            static link => link.Url,
            (link, i) => draft.Links[i].IsValid
                && (draft.Links[i].IsTitleLink || link.Url == draft.PaperUrl || LinkLabels.IsPaperLabel(link.Label) || LinkLabels.IsTitleLike(link.Label)),
            draft.Title,
            draft.Name);
        var scope = _scopes[section];
        if (!members.IsFree(identifier))
        {
            // An entry named Paper, Title or PaperUrl: its class cannot be named like a member it declares.
            var renamed = identifier + EntrySuffix;
            for (var n = 2; !members.IsFree(renamed) || !scope.IsFree(renamed); n++)
            {
                renamed = identifier + EntrySuffix + Number(n);
            }

            _sink.Report(
                DiagnosticMessages.MemberCollision(named: draft.Name, section: sectionTitle, identifier, collidesWith: $"its own member {identifier}", outcome: $"its class is {renamed}"),
                draft.NameLocation);
            identifier = renamed;
        }

        if (scope.TryGet(identifier, out var existing))
        {
            identifier = Distinguish(draft, key, identifier, existing, scope, members, sectionTitle);
        }

        var index = _entries.Count;
        scope.Take(identifier, new ScopeMember(MemberKind.Entry, draft.Name, draft.NameLocation, Key: key, Year: draft.Year, Title: draft.Title, Line: draft.Line));
        _entries.Add(new EntrySpec(
            identifier,
            draft.Name,
            section,
            draft.Title,
            draft.Venue,
            draft.Institutions.ToEquatableArray(),
            draft.Remarks,
            draft.Authors.ToEquatableArray(),
            draft.Tags.ToEquatableArray(),
            links,
            draft.Year,
            draft.Month,
            columns,
            draft.Line,
            key,
            keyLink));
        _entryLocations.Add(new EntryLocations(draft.NameLocation, draft.VenueLocation, draft.InstitutionLocations.ToEquatableArray(), LinkLocations(draft)));
        for (var s = section; s >= 0; s = _sections[s].Parent)
        {
            _sections[s].Add(index);
        }
    }

    /// <summary>
    /// The identifier of an entry whose name another member of its class already has. Another entry: the same
    /// paper listed twice (PCAT208) or another paper whose name makes the same identifier (PCAT203), both kept,
    /// this one named by the first that is free of: its name with symbols spelled out (<c>MovieChat+</c> →
    /// <c>MovieChatPlus</c>), the name and its year (<c>MovieChat2024</c>), the name and the first word of its title
    /// the other's lacks, the name numbered (<c>MovieChat_2</c>). A section or a generated member: the suffix <c>Entry</c>.
    /// </summary>
    private string Distinguish(EntryDraft draft, string key, string identifier, ScopeMember existing, MemberScope scope, MemberScope members, string sectionTitle)
    {
        if (existing.Kind != MemberKind.Entry)
        {
            var renamed = FreeIn(scope, members, identifier + EntrySuffix);
            var what = existing.Kind == MemberKind.Section
                ? $"the subsection '{existing.Name}'"
                : identifier == MemberNames.All ? (scope.ClassName == _options.ClassName ? "the All list of the root class" : "the All list of its section")
                : identifier == scope.ClassName ? "its enclosing class" : $"the root class's {identifier} lookup";
            _sink.Report(
                DiagnosticMessages.MemberCollision(named: draft.Name, section: sectionTitle, identifier, collidesWith: what, outcome: $"its class is {renamed}"),
                draft.NameLocation,
                existing.Location);

            return renamed;
        }

        var candidate = FirstFree(scope, members, identifier, draft, existing);
        // One paper twice is PCAT208, which the catalog's duplicate check reports by the same rule (it sees every entry of a section).
        if (key != existing.Key || !PaperLikeness.IsOnePaper(existing.Name, existing.Title, draft.Name, draft.Title, key))
        {
            var first = $"'{existing.Name}' on line {Number(existing.Line)}";
            _sink.Report(DiagnosticMessages.DuplicateIdentifier(named: draft.Name, sectionTitle, identifier, first, outcome: candidate), draft.NameLocation, existing.Location);
        }

        return candidate;
    }

    private static string FirstFree(MemberScope scope, MemberScope members, string identifier, EntryDraft draft, ScopeMember existing)
    {
        bool Free(string candidate) => scope.IsFree(candidate) && members.IsFree(candidate);

        var spelled = Identifiers.FromName(SpellSymbols(draft.Name));
        if (spelled is not null && spelled != identifier && Free(spelled))
        {
            return spelled;
        }

        if (draft.Year > 0 && draft.Year != existing.Year && Free(identifier + Number(draft.Year)))
        {
            return identifier + Number(draft.Year);
        }

        if (DistinguishingWord(draft.Title ?? draft.Name, existing.Title ?? existing.Name, identifier) is { } word && Free(identifier + word))
        {
            return identifier + word;
        }

        return FreeIn(scope, members, identifier);
    }

    /// <summary><paramref name="identifier"/> numbered (<see cref="MemberScope.Numbered"/>) until neither the class nor the entry's members have it.</summary>
    private static string FreeIn(MemberScope scope, MemberScope members, string identifier)
    {
        var candidate = scope.IsFree(identifier) && members.IsFree(identifier) ? identifier : scope.Numbered(identifier);
        while (!members.IsFree(candidate))
        {
            candidate = scope.Numbered(candidate);
        }

        return candidate;
    }

    private static string SpellSymbols(string name) =>
        name.Replace("++", " PlusPlus ").Replace("+", " Plus ").Replace("#", " Sharp ").Replace("&", " And ").Replace("@", " At ").Replace("*", " Star ");

    /// <summary>The first word of <paramref name="title"/>, as an identifier, that the other title lacks and that says something.</summary>
    private static string? DistinguishingWord(string title, string other, string identifier)
    {
        var otherWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words(other))
        {
            otherWords.Add(word);
        }

        foreach (var word in Words(title))
        {
            if (!otherWords.Contains(word) && Array.IndexOf(StopWords, word.ToLowerInvariant()) < 0 && Identifiers.FromName(word) is { } part
                && !char.IsDigit(part[0]) && identifier.IndexOf(part, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return part;
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (var word in text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }

    /// <summary>The constants of the entry's unknown columns: the table's name for each column, taken first so they stay the same in every row.</summary>
    private static EquatableArray<ColumnValue> NameColumnValues(EntryDraft draft, string?[]? columnNames, MemberScope members)
    {
        var columns = new ColumnValue[draft.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = draft.Columns[i];
            var name = columnNames is not null && column.Column >= 0 && column.Column < columnNames.Length ? columnNames[column.Column] : null;
            if (name is not null && !members.IsFree(name))
            {
                // A column named like the entry's class: numbered, as a second column of one header is.
                name = members.Numbered(name);
            }

            if (name is not null)
            {
                members.Take(name, new ScopeMember(MemberKind.Column, column.Header, null));
            }

            columns[i] = new ColumnValue(column.Header, column.Value, name);
        }

        return columns.ToEquatableArray();
    }

    /// <summary>
    /// The constants of the entry's links: <c>Url</c> for the title link, <c>{Label}Url</c> for the others (a label
    /// that makes no identifier, an icon, gives <c>LinkUrl</c>), numbered when a label repeats (<c>Code2Url</c>, PCAT305);
    /// a link with a broken target gets none, and a link with no label at all is reported (PCAT304).
    /// </summary>
    private EquatableArray<LinkSpec> NameLinks(EntryDraft draft, MemberScope members, string sectionTitle)
    {
        var links = new LinkSpec[draft.Links.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = draft.Links[i];
            string? member = null;
            if (link.IsValid)
            {
                if (link.IsTitleLink && members.IsFree(TitleLinkMember))
                {
                    member = TitleLinkMember;
                }
                else if (link.Label.Trim().Length == 0)
                {
                    _sink.Report(DiagnosticMessages.LinkWithoutLabel(entry: draft.Name, sectionTitle, detail: string.Empty), link.Location);
                }
                else
                {
                    var stem = Identifiers.FromName(LinkLabels.MemberStem(link.Label)) ?? "Link";
                    var preferred = stem + MemberNames.UrlSuffix;
                    member = members.Numbered(stem, MemberNames.UrlSuffix);
                    if (member != preferred && members.TryGet(preferred, out var holder))
                    {
                        if (holder.Kind == MemberKind.Link)
                        {
                            // Code (PyTorch) beside Code (TF) share a stem and are numbered, but no label repeats.
                            if (Identifiers.FromName(holder.Name) == Identifiers.FromName(link.Label))
                            {
                                _sink.Report(DiagnosticMessages.DuplicateLinkLabel(entry: draft.Name, sectionTitle, link.Label, member), link.Location);
                            }
                        }
                        else
                        {
                            // | Paper url | beside a [Paper](…) link: the column keeps its constant in every row.
                            _sink.Report(
                                DiagnosticMessages.MemberCollision(
                                    named: draft.Name,
                                    section: sectionTitle,
                                    identifier: preferred,
                                    collidesWith: holder.Kind == MemberKind.Column ? $"the constant of its column '{holder.Name}'" : $"its own member {preferred}",
                                    outcome: $"the link's constant is {member}"),
                                link.Location);
                        }
                    }
                }

                if (member is not null)
                {
                    members.Take(member, new ScopeMember(MemberKind.Link, link.Label, link.Location));
                }
            }

            links[i] = new LinkSpec(link.Label, link.Url, member);
        }

        return links.ToEquatableArray();
    }

    private static EquatableArray<LocationInfo> LinkLocations(EntryDraft draft)
    {
        var locations = new LocationInfo[draft.Links.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = draft.Links[i].Location;
        }

        return locations.ToEquatableArray();
    }

    /// <summary>The sections that have entries (parents first), their headings' locations, and the entries.</summary>
    public (List<SectionSpec> Sections, List<LocationInfo> SectionLocations, List<EntrySpec> Entries, List<EntryLocations> EntryLocations) Build()
    {
        // Sections without entries (prose, lists, skipped tables) generate no class.
        var newIndex = new int[_sections.Count];
        var sections = new List<SectionSpec>();
        var locations = new List<LocationInfo>();
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            if (section.Ranges.Count == 0)
            {
                newIndex[i] = SectionOutline.Root;
                continue;
            }

            newIndex[i] = sections.Count;
            var parent = section.Parent >= 0 ? newIndex[section.Parent] : SectionOutline.Root;
            sections.Add(new SectionSpec(section.Title, section.Identifier, parent, section.Ranges.ToEquatableArray()));
            locations.Add(section.Location);
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Section >= 0)
            {
                _entries[i] = entry with { Section = newIndex[entry.Section] };
            }
        }

        return (sections, locations, _entries, _entryLocations);
    }

    private string TitleOf(int section) => section >= 0 ? _sections[section].Title : SectionOutline.TopLevel;

    private static bool HasNoInvisibleControl(string text)
    {
        foreach (var c in text)
        {
            if (CSharpNames.IsInvisibleControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class NamedSection
    {
        public NamedSection(string title, string identifier, int parent, LocationInfo location)
        {
            Title = title;
            Identifier = identifier;
            Parent = parent;
            Location = location;
        }

        public string Title { get; }

        public string Identifier { get; }

        public int Parent { get; }

        public LocationInfo Location { get; }

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
