using System.Collections.Generic;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Generator.Reading;

/// <summary>Where new entries go: the root class, an open section, or nowhere (a section whose name collides).</summary>
internal enum SectionState : byte
{
    Root,
    Open,

    /// <summary>The heading's class could not be generated (reported): its entries are not generated either.</summary>
    Dropped,
}

/// <summary>The section entries read now belong to.</summary>
internal readonly record struct SectionRef(SectionState State, int Index)
{
    public static readonly SectionRef Root = new(SectionState.Root, SectionScopes.Root);

    public static readonly SectionRef Dropped = new(SectionState.Dropped, SectionScopes.Root);

    public static SectionRef Of(int index) => new(SectionState.Open, index);
}

/// <summary>
/// The sections of one file as its headings open them: <c>#</c> is the document's title, <c>##</c> and deeper
/// nest. Each section's class name is checked against its scope; the runs of entries under each section
/// are recorded, and <see cref="Build"/> keeps the sections that have entries.
/// </summary>
internal sealed class SectionTracker
{
    private const string NoSection = "(top level)";

    /// <summary>What a section's class name takes when its heading names the class around it or a generated member.</summary>
    public const string SectionSuffix = "Section";

    private readonly string _rootClassName;
    private readonly DiagnosticSink _sink;
    private readonly List<Section> _sections = new();
    private readonly List<(int Level, SectionRef Section)> _headingStack = new();

    public SectionTracker(string rootClassName, SectionScopes scopes, DiagnosticSink sink)
    {
        _rootClassName = rootClassName;
        Scopes = scopes;
        _sink = sink;
    }

    public SectionScopes Scopes { get; }

    /// <summary>The document's title: the first <c>#</c> heading.</summary>
    public string? DocumentTitle { get; private set; }

    public SectionRef Current { get; private set; } = SectionRef.Root;

    public string CurrentTitle => TitleOf(Current);

    public string TitleOf(SectionRef section) => section.State == SectionState.Open ? _sections[section.Index].Title : NoSection;

    /// <summary>The name of the class a member of <paramref name="section"/> is declared in.</summary>
    public string ClassNameOf(int section) => section >= 0 ? _sections[section].Identifier : _rootClassName;

    public void OpenHeading(int level, string title, LocationInfo location)
    {
        if (level == 1)
        {
            // The first # heading is the document's title; any # heading closes all sections.
            DocumentTitle ??= title.Length > 0 ? title : null;
            _headingStack.Clear();
            Current = SectionRef.Root;
            return;
        }

        while (_headingStack.Count > 0 && _headingStack[_headingStack.Count - 1].Level >= level)
        {
            _headingStack.RemoveAt(_headingStack.Count - 1);
        }

        var parent = _headingStack.Count > 0 ? _headingStack[_headingStack.Count - 1].Section : SectionRef.Root;
        var section = parent.State == SectionState.Dropped ? SectionRef.Dropped : Open(title, location, parent);
        _headingStack.Add((level, section));
        Current = section;
    }

    /// <summary>Records that entry <paramref name="entry"/> is in <paramref name="section"/> and the sections around it.</summary>
    public void AddEntry(int section, int entry)
    {
        for (var s = section; s >= 0; s = _sections[s].Parent)
        {
            _sections[s].Add(entry);
        }
    }

    /// <summary>The sections that have entries, parents first, and each old index's new one (-1 for none).</summary>
    public (List<SectionSpec> Sections, List<LocationInfo> Locations, int[] NewIndex) Build()
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
                newIndex[i] = SectionScopes.Root;
                continue;
            }

            newIndex[i] = sections.Count;
            var parent = section.Parent >= 0 ? newIndex[section.Parent] : SectionScopes.Root;
            sections.Add(new SectionSpec(section.Title, section.Identifier, parent, section.Ranges.ToEquatableArray()));
            locations.Add(section.Location);
        }

        return (sections, locations, newIndex);
    }

    private SectionRef Open(string title, LocationInfo location, SectionRef parent)
    {
        var parentIndex = parent.Index;
        if (!Identifiers.TryFromName(title, out var identifier, out var problem))
        {
            // A heading that makes no identifier (an emoji, a rule of dashes) groups nothing of its
            // own: its entries stay in the enclosing section.
            _sink.Report(
                DiagnosticDescriptors.NameWithoutIdentifier, location, "section heading", title, TitleOf(parent),
                problem + "; its entries are generated in the enclosing section");
            return parent;
        }

        if (SectionScopes.ReservedCollision(identifier, parentIndex, ClassNameOf(parentIndex)) is not null)
        {
            // "## Papers" under the root class Papers, "## All", "## Venues": a class cannot be named like
            // the class around it or a member generated code declares there, so the section's class takes
            // a suffix (Papers.PapersSection) rather than lose the section.
            identifier += SectionSuffix;
        }

        if (Scopes.TryGet(parentIndex, identifier, out var existing))
        {
            if (existing.IsSection)
            {
                // The same heading again in one scope continues that section.
                return SectionRef.Of(existing.Section);
            }

            _sink.Report(
                DiagnosticDescriptors.MemberCollision, location, existing.Location, title, TitleOf(parent), identifier,
                $"the entry '{existing.Name}' (this section and its entries are not generated)");
            return SectionRef.Dropped;
        }

        _sections.Add(new Section(title, identifier, parentIndex, location));
        var index = _sections.Count - 1;
        Scopes.Add(parentIndex, identifier, new ScopeMember(title, location, index));
        return SectionRef.Of(index);
    }

    private sealed class Section
    {
        public Section(string title, string identifier, int parent, LocationInfo location)
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
