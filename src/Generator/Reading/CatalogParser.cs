using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Markdig.Syntax;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Input;
using PaperCatalog.Generator.Model;
using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// What parsing one catalog file gives: the spec to emit (empty, but present, when the file cannot be
/// read: the root class and its <c>All</c> still compile), the diagnostics, and what the whole
/// catalog needs for its own checks. The pipeline splits these apart, so each output depends on its part only.
/// </summary>
internal sealed record CatalogParseResult(
    CatalogFileSpec Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    FileLocations Locations,
    EquatableArray<MarkdownLinkFact> MarkdownLinks);

/// <summary>
/// Turns one Markdown catalog into a <see cref="CatalogFileSpec"/> and diagnostics. Markdig finds the
/// blocks; headings open sections (<see cref="SectionTracker"/>); each block form has its reader, which
/// turns tables (<see cref="TableEntryReader"/>) and bullet lists (<see cref="ListEntryReader"/>) into raw
/// entries; one <see cref="EntryBuilder"/> turns every raw entry into a spec.
/// </summary>
internal sealed class CatalogParser
{
    private readonly CatalogSource _source;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly DiagnosticSink _sink;
    private readonly SectionTracker _sections;
    private readonly LinkResolver _links;
    private readonly EntryBuilder _builder;
    private readonly HtmlTokenizer _html = new();
    private readonly List<EntrySpec> _entries = new();
    private readonly List<EntryLocations> _entryLocations = new();
    private FieldReader _fields = null!;
    private TableEntryReader _tables = null!;
    private ListEntryReader _lists = null!;

    // Blocks that may hold entries (tables, lists): a file of prose alone says so (PCAT003).
    private int _catalogBlocks;

    // A raw HTML table with blank lines spans several Markdig blocks: the ones it covers are skipped.
    private int _consumedUntil;

    // The name column a <!-- papercatalog name-column: … --> comment sets for the next table.
    private string? _nextNameColumn;

    private CatalogParser(CatalogSource source, string text, CancellationToken cancellationToken)
    {
        _source = source;
        _text = text;
        _cancellationToken = cancellationToken;
        _sink = new DiagnosticSink(new LineIndex(source.Path, text));
        _sections = new SectionTracker(source.Options.ClassName, new SectionScopes(), _sink);
        _links = new LinkResolver(source.Options, _sink);
        _builder = new EntryBuilder(_sink, _links, _sections);
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
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileUnreadable, fileLocation, source.Options.RelativePath));
            return EmptyResult(source, diagnostics);
        }

        if (source.Content.Trim().Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileEmpty, fileLocation, source.Options.RelativePath));
            return EmptyResult(source, diagnostics);
        }

        try
        {
            if (FailForTesting?.Invoke(source.Path) == true)
            {
                throw new InvalidOperationException("failure injected by a test");
            }

            var parser = new CatalogParser(source, source.Content, cancellationToken);
            parser._sink.Diagnostics.AddRange(diagnostics);
            return parser.Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratorFailure,
                fileLocation,
                source.Options.RelativePath,
                exception.GetType().Name + ": " + exception.Message));
            return EmptyResult(source, diagnostics);
        }
    }

    private static CatalogParseResult EmptyResult(CatalogSource source, List<DiagnosticInfo> diagnostics)
    {
        var fileKey = FileKeys.Create(source.Options.RelativePath);
        return new CatalogParseResult(
            new CatalogFileSpec(source.Options, fileKey, null, EquatableArray<SectionSpec>.Empty, EquatableArray<EntrySpec>.Empty),
            diagnostics.ToEquatableArray(),
            new FileLocations(fileKey, EquatableArray<LocationInfo>.Empty, EquatableArray<EntryLocations>.Empty, EquatableArray<SuppressionDirective>.Empty),
            EquatableArray<MarkdownLinkFact>.Empty);
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
            _sink.Report(DiagnosticDescriptors.NestedTooDeeply, LocationInfo.FileStart(_source.Path), _source.Options.RelativePath, exception.Message);
            return EmptyResult(_source, _sink.Diagnostics);
        }

        _fields = new FieldReader(_text, new MarkdownInlineReader(LinkDefinitions.Read(document)));
        _tables = new TableEntryReader(_fields, _sink);
        _lists = new ListEntryReader(_text, _fields);
        Visit(document);

        if (_catalogBlocks == 0)
        {
            _sink.Report(DiagnosticDescriptors.NoEntries, LocationInfo.FileStart(_source.Path), _source.Options.RelativePath);
        }

        if (_links.RelativeLinksDiagnostic() is { } relativeLinks)
        {
            _sink.Add(relativeLinks);
        }

        var suppressions = Suppressions.Read(_text, _sink.Lines);
        _sink.Diagnostics.RemoveAll(suppressions.IsSuppressed);
        _links.MarkdownLinks.RemoveAll(link => suppressions.IsSuppressed(DiagnosticDescriptors.MarkdownLinkOutsideCatalog.Id, link.Location));
        return BuildResult(suppressions.Directives);
    }

    /// <summary>Walks blocks in document order: headings open sections, tables and lists give entries.</summary>
    private void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (block.Span.Start < _consumedUntil)
            {
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    _sections.OpenHeading(heading.Level, _fields.ReadHeading(heading).Text, _sink.Lines.Locate(heading.Span.Start, heading.Span.End + 1));
                    break;
                case ParagraphBlock paragraph:
                    ReadPipeTable(paragraph);
                    break;
                case HtmlBlock html:
                    _consumedUntil = ReadHtmlTables(html);
                    break;
                case ListBlock list:
                    _catalogBlocks++;
                    foreach (var item in list)
                    {
                        if (item is ListItemBlock listItem)
                        {
                            VisitItem(listItem);
                        }
                    }

                    break;
                case ContainerBlock other:
                    Visit(other);
                    break;
            }
        }
    }

    /// <summary>A list item is an entry (with its sub-items that are entries too), or a container to walk on.</summary>
    private void VisitItem(ListItemBlock item)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var read = _lists.TryRead(item);
        if (read is null)
        {
            Visit(item);
            return;
        }

        Add(read.Entry);
        foreach (var child in read.ChildEntries)
        {
            VisitItem(child);
        }
    }

    private void ReadPipeTable(ParagraphBlock paragraph)
    {
        var table = PipeTableReader.TryRead(_text, FieldReader.LinesOf(paragraph), out var mismatch);
        if (table is not null)
        {
            ReadTable(table);
        }
        else if (mismatch is not null)
        {
            _sink.Report(
                DiagnosticDescriptors.NotATable,
                (mismatch.Start, mismatch.End),
                _sections.CurrentTitle,
                mismatch.HeaderCells.ToString(CultureInfo.InvariantCulture),
                mismatch.DelimiterCells.ToString(CultureInfo.InvariantCulture));
        }
    }

    private int ReadHtmlTables(HtmlBlock block)
    {
        _html.Clear();
        var end = block.Span.End + 1;
        _html.Tokenize(_text, block.Span.Start, end);

        // A table with blank lines in it spans several Markdig blocks: read on to its </table>.
        while (HtmlTableReader.EndsInsideTable(_html.Tokens))
        {
            var close = _text.IndexOf("</table", end, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var next = _text.IndexOf('>', close);
            var newEnd = next < 0 ? _text.Length : next + 1;
            _html.Tokenize(_text, end, newEnd);
            end = newEnd;
        }

        foreach (var token in _html.Tokens)
        {
            if (token.Kind == HtmlTokenKind.Comment && ColumnMap.TryReadNameColumnComment(_text.Substring(token.Start, token.End - token.Start), out var header))
            {
                _nextNameColumn = header;
            }
        }

        var tables = new List<RawTable>();
        var problems = new List<MarkupProblem>();
        HtmlTableReader.ReadAll(_text, _html.Tokens, tables, problems);
        foreach (var problem in problems)
        {
            _sink.Report(DiagnosticDescriptors.MalformedHtml, (problem.Start, problem.End), _sections.CurrentTitle, problem.Message);
        }

        foreach (var table in tables)
        {
            ReadTable(table);
        }

        return end;
    }

    private void ReadTable(RawTable table)
    {
        _catalogBlocks++;
        var section = _sections.Current;
        var sectionTitle = _sections.CurrentTitle;
        var columns = _tables.ReadHeader(table, _html, sectionTitle, _nextNameColumn ?? _source.Options.NameColumn);
        _nextNameColumn = null;
        if (columns is null || section.State == SectionState.Dropped)
        {
            // A dropped section's heading diagnostic already says that its entries are not generated.
            return;
        }

        foreach (var row in table.ReadRows())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Add(_tables.ReadRow(table, row, columns, _html, sectionTitle), section);
        }
    }

    private void Add(RawEntry raw) => Add(raw, _sections.Current);

    private void Add(RawEntry raw, SectionRef section)
    {
        if (section.State == SectionState.Dropped || !_builder.TryBuild(raw, section, out var spec, out var locations))
        {
            return;
        }

        var index = _entries.Count;
        _entries.Add(spec);
        _entryLocations.Add(locations);
        _sections.AddEntry(section.Index, index);
    }

    private CatalogParseResult BuildResult(EquatableArray<SuppressionDirective> suppressions)
    {
        var (sections, sectionLocations, newIndex) = _sections.Build();
        var entries = new EntrySpec[_entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = _entries[i];
            entries[i] = entry.Section >= 0 ? entry with { Section = newIndex[entry.Section] } : entry;
        }

        var fileKey = FileKeys.Create(_source.Options.RelativePath);
        var spec = new CatalogFileSpec(_source.Options, fileKey, _sections.DocumentTitle, sections.ToEquatableArray(), entries.ToEquatableArray());
        var locations = new FileLocations(fileKey, sectionLocations.ToEquatableArray(), _entryLocations.ToEquatableArray(), suppressions);
        return new CatalogParseResult(spec, _sink.Diagnostics.ToEquatableArray(), locations, _links.MarkdownLinks.ToEquatableArray());
    }
}
