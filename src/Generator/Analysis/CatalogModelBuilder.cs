using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Generator.Analysis;

/// <summary>Builds the <see cref="CatalogModel"/> from every file's spec: clashes across files and the lookup classes.</summary>
internal static class CatalogModelBuilder
{
    public static CatalogModel Build(ImmutableArray<CatalogFileSpec> specs)
    {
        var skips = new List<FileSkips>();
        var lookups = new List<LookupIndexSpec>();
        var problems = new List<CatalogProblem>();
        foreach (var root in CatalogRoots.Group(specs, static s => s.Options, static s => s.FileKey))
        {
            FindClashes(root.Files, skips, problems);
            DuplicatePapers.Find(root.Files, problems);
            lookups.Add(new LookupBuilder(root.Namespace, root.ClassName, root.Files, problems).Build());
        }

        return new CatalogModel(skips.ToEquatableArray(), lookups.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <summary>
    /// Files of one root share its classes. A section of one file and a section of another with the
    /// same path are one class; an entry whose class a section, or an earlier file's entry, already
    /// takes gets none (files in path order).
    /// </summary>
    private static void FindClashes(List<CatalogFileSpec> files, List<FileSkips> skips, List<CatalogProblem> problems)
    {
        var sections = new Dictionary<string, SiteRef>(StringComparer.Ordinal);
        var paths = new List<string[]>();
        foreach (var file in files)
        {
            var filePaths = SectionPaths.Of(file.Sections);
            for (var s = 0; s < filePaths.Length; s++)
            {
                if (!sections.ContainsKey(filePaths[s]))
                {
                    sections.Add(filePaths[s], new SiteRef(file.FileKey, SiteKind.Section, s));
                }
            }

            paths.Add(filePaths);
        }

        var entries = new Dictionary<string, (SiteRef Site, string Name, string File)>(StringComparer.Ordinal);
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            List<int>? skipped = null;
            for (var e = 0; e < file.Entries.Count; e++)
            {
                var entry = file.Entries[e];
                var sectionTitle = entry.Section >= 0 ? file.Sections[entry.Section].Title : SectionTitles.TopLevel;
                var key = SectionPaths.Member(entry.Section >= 0 ? paths[f][entry.Section] : string.Empty, entry.Identifier);
                var site = new SiteRef(file.FileKey, SiteKind.EntryName, e);
                if (sections.TryGetValue(key, out var section))
                {
                    problems.Add(new CatalogProblem(
                        DiagnosticMessages.MemberCollision(
                            named: entry.Name, section: sectionTitle, entry.Identifier,
                            collidesWith: "a section of that name in another file of the catalog", outcome: "it gets no class of its own"),
                        site,
                        section));
                    (skipped ??= new List<int>()).Add(e);
                }
                else if (entries.TryGetValue(key, out var first))
                {
                    problems.Add(new CatalogProblem(
                        DiagnosticMessages.DuplicateIdentifier(
                            named: entry.Name, sectionTitle, entry.Identifier,
                            first: $"'{first.Name}' in {first.File}", outcome: "none of its own (an entry of another file of the catalog has it)"),
                        site,
                        first.Site));
                    (skipped ??= new List<int>()).Add(e);
                }
                else
                {
                    entries.Add(key, (site, entry.Name, file.Options.RelativePath));
                }
            }

            if (skipped is not null)
            {
                skips.Add(new FileSkips(file.FileKey, skipped.ToEquatableArray()));
            }
        }
    }

    /// <summary>Groups the entries of one root by venue, venue series, institution and year.</summary>
    private sealed class LookupBuilder
    {
        private readonly string _namespace;
        private readonly string _className;
        private readonly List<CatalogFileSpec> _files;
        private readonly List<CatalogProblem> _problems;

        public LookupBuilder(string ns, string className, List<CatalogFileSpec> files, List<CatalogProblem> problems)
        {
            _namespace = ns;
            _className = className;
            _files = files;
            _problems = problems;
        }

        public LookupIndexSpec Build()
        {
            var venues = new Groups<(VenueSpec Venue, string Identity)>(MemberNames.Venues);
            var series = new Groups<string>(MemberNames.Venues);
            var institutions = new Groups<string>(MemberNames.Institutions);
            var years = new SortedDictionary<int, List<PaperRef>>();
            for (var f = 0; f < _files.Count; f++)
            {
                var file = _files[f];
                for (var e = 0; e < file.Entries.Count; e++)
                {
                    var entry = file.Entries[e];
                    var paper = new PaperRef(f, e);
                    if (entry.Venue is { Name: { } venueName } venue)
                    {
                        var venueSite = new SiteRef(file.FileKey, SiteKind.EntryVenue, e);
                        var identity = venue.IdentityText!;
                        Add(venues, identity, (venue, identity), paper, venueSite, entry, "venue");
                        Add(series, venueName, venueName, paper, venueSite, entry, "venue");
                    }

                    for (var i = 0; i < entry.Institutions.Count; i++)
                    {
                        var institution = entry.Institutions[i];
                        Add(institutions, institution, institution, paper, new SiteRef(file.FileKey, SiteKind.EntryInstitution, e, i), entry, "institution");
                    }

                    if (entry.Year > 0)
                    {
                        if (!years.TryGetValue(entry.Year, out var list))
                        {
                            years[entry.Year] = list = new List<PaperRef>();
                        }

                        list.Add(paper);
                    }
                }
            }

            // A series class and a venue-year class are siblings in Venues: the year's class keeps a name both want.
            foreach (var clash in series.Identifiers.Where(venues.Identifiers.Contains).ToList())
            {
                var group = series.Remove(clash);
                _problems.Add(new CatalogProblem(
                    DiagnosticMessages.LookupCollision(
                        kind: "venue", group.Key, entry: group.EntryName, lookup: $"{_className}.{MemberNames.Venues}", reason: $"the class {clash} already lists a venue of one year"),
                    group.Site,
                    null));
            }

            return new LookupIndexSpec(
                _namespace,
                _className,
                _files.Select(f => f.FileKey).ToArray().ToEquatableArray(),
                _files.Select(f => f.Entries.Count).ToArray().ToEquatableArray(),
                venues.Sorted().Select(g => new VenueLookup(
                    g.Identifier, g.Value.Identity, g.Value.Venue.Name!, g.Value.Venue.Year, g.Value.Venue.Kind, g.Value.Venue.Detail, g.Papers.ToEquatableArray())).ToArray().ToEquatableArray(),
                series.Sorted().Select(g => new VenueSeriesLookup(g.Identifier, g.Value, g.Papers.ToEquatableArray())).ToArray().ToEquatableArray(),
                institutions.Sorted().Select(g => new NamedLookup(g.Identifier, g.Value, g.Papers.ToEquatableArray())).ToArray().ToEquatableArray(),
                years.Select(y => new YearLookup("Y" + y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Key, y.Value.ToEquatableArray())).ToArray().ToEquatableArray());
        }

        /// <summary>
        /// Adds a paper to the group of <paramref name="key"/>. Another key with the same identifier
        /// joins the first one's group, with a warning; a key without a usable identifier gets none.
        /// </summary>
        private void Add<T>(Groups<T> groups, string key, T value, PaperRef paper, SiteRef site, EntrySpec entry, string what)
        {
            if (groups.TryAdd(key, value, paper, site, entry.Name, out var reason))
            {
                return;
            }

            if (reason is not null)
            {
                _problems.Add(new CatalogProblem(
                    DiagnosticMessages.LookupCollision(kind: what, key, entry: entry.Name, lookup: $"{_className}.{groups.ClassName}", reason),
                    site,
                    groups.SiteOf(key)));
            }
        }
    }

    /// <summary>Lookup groups keyed by text, each with an identifier unique among its siblings.</summary>
    private sealed class Groups<T>
    {
        private readonly Dictionary<string, Group> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Group> _byIdentifier = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        public Groups(string className) => ClassName = className;

        public string ClassName { get; }

        public IEnumerable<string> Identifiers => _byIdentifier.Keys;

        /// <summary>Adds the paper; false with a reason (once per key) when the key gets no class of its own.</summary>
        public bool TryAdd(string key, T value, PaperRef paper, SiteRef site, string entryName, out string? reason)
        {
            reason = null;
            if (_byKey.TryGetValue(key, out var group))
            {
                group.Add(paper);
                return true;
            }

            var made = Naming.Identifiers.TryFromKey(key, out var identifier, out var problem);
            if (!made || Array.IndexOf(MemberNames.LookupMembers, identifier) >= 0 || identifier == ClassName)
            {
                if (_reported.Add(key))
                {
                    reason = made ? $"its identifier {identifier} is a member name of lookup classes" : problem;
                }

                return false;
            }

            if (_byIdentifier.TryGetValue(identifier, out var sameIdentifier))
            {
                // Another spelling of the same name: listed with the first, and said once.
                _byKey.Add(key, sameIdentifier);
                sameIdentifier.Add(paper);
                reason = $"'{sameIdentifier.Key}' already has the class {identifier}; its papers are listed there";
                return false;
            }

            group = new Group(key, identifier, value, site, entryName);
            group.Add(paper);
            _byKey.Add(key, group);
            _byIdentifier.Add(identifier, group);
            return true;
        }

        public SiteRef? SiteOf(string key) =>
            _byKey.TryGetValue(key, out var group) && group.Key != key ? group.Site : null;

        public Group Remove(string identifier)
        {
            var group = _byIdentifier[identifier];
            _byIdentifier.Remove(identifier);
            return group;
        }

        public IEnumerable<Group> Sorted() => _byIdentifier.Values.OrderBy(g => g.Identifier, StringComparer.Ordinal);

        public sealed class Group
        {
            public Group(string key, string identifier, T value, SiteRef site, string entryName)
            {
                Key = key;
                Identifier = identifier;
                Value = value;
                Site = site;
                EntryName = entryName;
            }

            public string Key { get; }

            public string Identifier { get; }

            public T Value { get; }

            public SiteRef Site { get; }

            public string EntryName { get; }

            public List<PaperRef> Papers { get; } = new();

            public void Add(PaperRef paper)
            {
                // An entry listing one institution twice is listed once.
                if (Papers.Count == 0 || Papers[Papers.Count - 1] != paper)
                {
                    Papers.Add(paper);
                }
            }
        }
    }
}
