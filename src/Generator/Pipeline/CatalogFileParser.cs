using System;
using System.Collections.Generic;
using System.Threading;
using Markdig.Syntax;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Generator.Pipeline;

/// <summary>
/// What parsing one catalog file gives: the spec to emit (empty, but present, when the file cannot be
/// read: the root class and its <c>All</c> still compile), the diagnostics, and what the whole
/// catalog needs for its own checks. The pipeline splits these apart, so each output depends on its part only.
/// </summary>
internal sealed record CatalogParseResult(
    CatalogFileSpec Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    FileLocations Locations,
    EquatableArray<MarkdownLinkFact> MarkdownLinks,
    FileSuppressions Suppressions);

/// <summary>
/// One catalog file through the stages, in one direction: Reading hands out the document's parts in order
/// (<see cref="DocumentReader"/>: headings, tables, list items); Building finds the entries in them and what
/// their fields say (<see cref="TableEntries"/>, <see cref="ListEntries"/>, <see cref="EntryBuilder"/>); Naming
/// gives every section, entry and constant its C# name (<see cref="CatalogNamer"/>). Nothing of a later stage
/// is known to an earlier one.
/// </summary>
internal sealed class CatalogFileParser
{
    private readonly CatalogSource _source;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly DiagnosticSink _sink;
    private readonly LinkResolver _links;
    private readonly EntryBuilder _builder;
    private readonly List<RawEntry> _itemEntries = new();
    private readonly List<RawItem> _headingLinks = new();
    private HeadingPart? _heading;
    private BoldLinePart? _boldTitle;

    // A bold line that names a venue (**ECCV**) over the items after it, until the next heading, table or bold line.
    private FieldContent? _venueLine;
    private readonly Dictionary<int, HeadingFacts> _headingFacts = new();
    private HeadingYears _years = null!;
    private DocumentReader _reader = null!;

    // For declared orders: each entry with the table or list it is in, and where the first heading is.
    private readonly List<OrderedEntry> _ordered = new();
    private int _block;
    private int _list = -1;
    private int _firstHeading = -1;
    private readonly bool _ordersDeclared;
    private CatalogNamer _namer = null!;

    private CatalogFileParser(CatalogSource source, string text, CancellationToken cancellationToken)
    {
        _source = source;
        _text = text;
        _cancellationToken = cancellationToken;
        _sink = new DiagnosticSink(new LineIndex(source.Path, text), text);
        _links = new LinkResolver(source.Options, _sink);
        _builder = new EntryBuilder(_sink, _links);
        _ordersDeclared = text.IndexOf("papercatalog order", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>A test seam: makes parsing the files it returns true for throw, to test PCAT005.</summary>
    internal static Func<string, bool>? FailForTesting { get; set; }

    /// <summary>Parses a catalog. Never throws except on cancellation: a failure becomes diagnostic PCAT005.</summary>
    public static CatalogParseResult Parse(CatalogSource source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(source.OptionDiagnostics);
        var fileLocation = LocationInfo.FileStart(source.Path);
        if (source.Content is null)
        {
            diagnostics.Add(DiagnosticMessages.FileUnreadable(source.Options.RelativePath).At(fileLocation));
            return EmptyResult(source, diagnostics);
        }

        if (IsBlank(source.Content))
        {
            diagnostics.Add(DiagnosticMessages.FileEmpty(source.Options.RelativePath).At(fileLocation));
            return EmptyResult(source, diagnostics);
        }

        try
        {
            if (FailForTesting?.Invoke(source.Path) == true)
            {
                throw new InvalidOperationException("failure injected by a test");
            }

            var parser = new CatalogFileParser(source, source.Content, cancellationToken);
            parser._sink.Diagnostics.AddRange(diagnostics);
            return parser.Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticMessages.GeneratorFailure(source.Options.RelativePath, exception.GetType().Name + ": " + exception.Message).At(fileLocation));
            return EmptyResult(source, diagnostics);
        }
    }

    // Not Trim(): a file that ends in a line end would be copied whole, onto the large object heap.
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static CatalogParseResult EmptyResult(CatalogSource source, List<DiagnosticInfo> diagnostics)
    {
        var fileKey = FileKeys.Create(source.Options.RelativePath);
        return new CatalogParseResult(
            new CatalogFileSpec(source.Options, fileKey, null, EquatableArray<SectionSpec>.Empty, EquatableArray<EntrySpec>.Empty),
            diagnostics.ToEquatableArray(),
            new FileLocations(fileKey, EquatableArray<LocationInfo>.Empty, EquatableArray<EntryLocations>.Empty),
            EquatableArray<MarkdownLinkFact>.Empty,
            new FileSuppressions(source.Path, EquatableArray<SuppressionDirective>.Empty));
    }

    private CatalogParseResult Run()
    {
        MarkdownDocument document;
        try
        {
            document = MarkdownBlocks.Parse(_text);
        }
        catch (ArgumentException exception) when (exception.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // Markdig refuses nesting past its depth limit rather than overflow the stack: a limit of
            // the input, not a failure of ours. Any other exception is PCAT005.
            _sink.Report(DiagnosticMessages.NestedTooDeeply(_source.Options.RelativePath, exception.Message), LocationInfo.FileStart(_source.Path));
            return EmptyResult(_source, _sink.Diagnostics);
        }

        var fields = new FieldReader(_text, new MarkdownInlineReader(LinkDefinitions.Read(document)));
        _reader = new DocumentReader(_text, fields, _sink, _cancellationToken);
        _years = new HeadingYears(_reader.Outline.Sections);
        _namer = new CatalogNamer(_source.Options, _reader.Outline, _sink);
        var tables = new TableEntries(fields, _sink);
        var lists = new ListEntries();
        foreach (var part in _reader.Read(document))
        {
            switch (part)
            {
                case ItemPart listed:
                    if (listed.ListStart != _list)
                    {
                        _block++;
                        _list = listed.ListStart;
                    }

                    break;
                default:
                    _list = -1;
                    _block++;
                    break;
            }

            switch (part)
            {
                case BoldLinePart bold:
                    FlushHeading(lists);
                    _venueLine = ListEntries.NamesAVenue(bold.Content) ? bold.Content : null;

                    // Held as a heading is: a bold title over labelled links only (**Title**, then - Paper: …) names a paper.
                    _boldTitle = _venueLine is null ? bold : null;
                    break;
                case HeadingPart heading:
                    FlushHeading(lists);
                    _venueLine = null;
                    _firstHeading = _firstHeading < 0 ? heading.Start : _firstHeading;
                    if (heading.Section >= 0)
                    {
                        // Held until what follows it is seen: a heading over items of links or labelled fields only names a paper.
                        _heading = heading;
                    }

                    break;
                case TablePart table:
                    FlushHeading(lists);
                    _venueLine = null;
                    ReadTable(tables, table);
                    break;
                case ItemPart item when (_heading is not null || _boldTitle is not null) && lists.IsPaperDetail(item.Item):
                    _headingLinks.Add(item.Item);
                    break;
                case ItemPart item:
                    FlushHeading(lists);
                    ReadItem(lists, item.Item, _reader.Outline.Current);
                    break;
            }
        }

        FlushHeading(lists);
        if (_reader.CatalogBlocks == 0)
        {
            _sink.Report(DiagnosticMessages.NoEntries(_source.Options.RelativePath), LocationInfo.FileStart(_source.Path));
        }

        if (_links.RelativeLinksDiagnostic() is { } relativeLinks)
        {
            _sink.Add(relativeLinks);
        }

        foreach (var broken in LinkSyntaxCheck.Find(_text))
        {
            _sink.Add(DiagnosticMessages.LinkShownAsText(broken.Written, broken.Why, broken.Fix).At(_sink.Locate((broken.Start, broken.End)))
                .WithFix(new FixEdit(broken.Start, broken.End - broken.Start, broken.Fix)));
        }

        if (_ordersDeclared)
        {
            DeclaredOrder.Check(_text, _sink.Lines, DeclaredOrder.Read(_text, _sink), _firstHeading < 0 ? _text.Length : _firstHeading, _ordered, _sink);
        }

        // Suppression comments are read here and applied to every step's diagnostics in one place (Suppressions.Apply).
        return BuildResult(Suppressions.Read(_text, _sink.Lines));
    }

    /// <summary>
    /// Settles the heading held back: with items of links or labelled fields only under it, the heading is one entry of the section
    /// around it (<c>### Title (ACM CSUR 2023)</c>, <c>* [Paper](…)</c>) and makes no class; else it opens its section
    /// and the items are read as items.
    /// </summary>
    private void FlushHeading(ListEntries lists)
    {
        if (_boldTitle is { } bold)
        {
            _boldTitle = null;
            var section = _reader.Outline.Current;
            if (_headingLinks.Count > 0 && lists.ReadHeadingEntry(bold.Content, bold.Content.OuterStart, _headingLinks) is { } titled)
            {
                Add(titled, columnNames: null, section);
            }
            else
            {
                foreach (var item in _headingLinks)
                {
                    ReadItem(lists, item, section);
                }
            }

            _headingLinks.Clear();
            return;
        }

        if (_heading is not { } heading)
        {
            return;
        }

        _heading = null;
        var parent = _reader.Outline.Sections[heading.Section].Parent;
        var entry = _headingLinks.Count > 0 && heading.Content is { } content ? lists.ReadHeadingEntry(content, heading.Start, _headingLinks) : null;
        if (entry is not null)
        {
            _namer.FoldSection(heading.Section);
            Add(entry, columnNames: null, parent);
        }
        else
        {
            _namer.OpenSection(heading.Section);
            foreach (var item in _headingLinks)
            {
                ReadItem(lists, item, heading.Section);
            }
        }

        _headingLinks.Clear();
    }

    private void ReadItem(ListEntries lists, RawItem item, int section)
    {
        _itemEntries.Clear();
        lists.PapersNotRead.Clear();
        lists.Read(item, _itemEntries, _venueLine);
        foreach (var unread in lists.PapersNotRead)
        {
            _sink.Report(DiagnosticMessages.PaperLinkNotRead(_reader.Outline.TitleOf(section), Shorten(_text.Substring(unread.Start, unread.End - unread.Start))), unread);
        }

        foreach (var entry in _itemEntries)
        {
            Add(entry, columnNames: null, section);
        }
    }

    // The item as the message quotes it: its first line, at most 60 characters.
    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
    }

    private void ReadTable(TableEntries tables, TablePart part)
    {
        var table = part.Table;
        var sectionTitle = _reader.Outline.TitleOf(_reader.Outline.Current);
        var columns = tables.ReadHeader(table, part.Html, sectionTitle, part.NameColumn ?? _source.Options.NameColumn);
        if (columns is null)
        {
            return;
        }

        var headerLocations = new LocationInfo[table.Header.Cells.Count];
        for (var i = 0; i < headerLocations.Length; i++)
        {
            var cell = table.Header.Cells[i];
            headerLocations[i] = cell.IsEmpty ? _sink.Lines.Locate(cell.OuterStart, cell.OuterEnd) : _sink.Lines.Locate(cell.Start, cell.End);
        }

        var columnNames = _namer.NameColumns(columns.Headers, columns.Roles, headerLocations, sectionTitle);
        foreach (var row in table.ReadRows())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Add(tables.ReadRow(table, row, columns, part.Html, sectionTitle), columnNames, _reader.Outline.Current);
        }
    }

    private void Add(RawEntry raw, string?[]? columnNames, int section)
    {
        var outline = _reader.Outline;
        if (_builder.TryBuild(raw, outline.TitleOf(section), HeadingFacts(section)) is { } draft)
        {
            _namer.AddEntry(draft, section, columnNames);
            if (_ordersDeclared)
            {
                _ordered.Add(new OrderedEntry(_block, raw.Start, raw.End, draft.Line, draft.Name, draft.Title, draft.Year, draft.Month, draft.NameLocation, outline.TitleOf(section)));
            }
        }
    }

    /// <summary>
    /// What the headings around the section state: the innermost year (<c>## 2023</c>, <c>### 2022</c>) and venue
    /// (<c>### NeurIPS 2025</c>, which gives its year too). Read once per section.
    /// </summary>
    private HeadingFacts HeadingFacts(int section)
    {
        if (_headingFacts.TryGetValue(section, out var known))
        {
            return known;
        }

        var outline = _reader.Outline;
        var year = 0;
        VenueSpec? venue = null;
        for (var s = section; s >= 0 && (year == 0 || venue is null); s = outline.Sections[s].Parent)
        {
            var title = outline.Sections[s].Title;
            if (year == 0 && (_years.YearOf(s) is var written && written > 0 || (written = _years.SiblingYear(s)) > 0))
            {
                year = written;
            }
            else if (venue is null && VenueParser.TryReadHeading(title, out var parts))
            {
                venue = new VenueSpec(title, null, parts.Name, parts.Year, parts.Kind, parts.ArxivId, parts.Detail);
                year = year == 0 ? parts.Year : year;
            }
        }

        if (venue is null && outline.DocumentTitle is { } documentTitle && VenueParser.TryReadHeading(documentTitle, out var whole))
        {
            // "# INTERSPEECH-2023-Papers": a page of one venue's papers.
            venue = new VenueSpec(documentTitle, null, whole.Name, whole.Year, whole.Kind, whole.ArxivId, whole.Detail);
            year = year == 0 ? whole.Year : year;
        }

        var facts = new HeadingFacts(year, venue);
        _headingFacts[section] = facts;
        return facts;
    }

    private CatalogParseResult BuildResult(EquatableArray<SuppressionDirective> suppressions)
    {
        var (sections, sectionLocations, entries, entryLocations) = _namer.Build();
        var fileKey = FileKeys.Create(_source.Options.RelativePath);
        var spec = new CatalogFileSpec(_source.Options, fileKey, _reader.Outline.DocumentTitle, sections.ToEquatableArray(), entries.ToEquatableArray());
        var locations = new FileLocations(fileKey, sectionLocations.ToEquatableArray(), entryLocations.ToEquatableArray());
        return new CatalogParseResult(spec, _sink.Diagnostics.ToEquatableArray(), locations, _links.MarkdownLinks.ToEquatableArray(), new FileSuppressions(_source.Path, suppressions));
    }
}
