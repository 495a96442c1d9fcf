using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Markdig.Syntax;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Parsing;

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
/// blocks (headings, paragraphs, HTML blocks, with code blocks and the like out of the way); tables
/// and cells are read here from the source text, so every cell keeps its exact position.
/// </summary>
internal sealed partial class CatalogParser
{
    private const string NoSection = "(top level)";

    private readonly CatalogSource _source;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly LineIndex _lines;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly CellContent _cell = new();
    private readonly HtmlTokenizer _html = new();
    private readonly List<SectionBuilder> _sections = new();
    private readonly List<EntrySpec> _entries = new();
    private readonly List<EntryLocations> _entryLocations = new();
    private readonly List<MarkdownLinkFact> _markdownLinks = new();
    private readonly List<LinkFacts> _linkFacts = new();

    // The member names of the entry being read; one set for every row.
    private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);
    private readonly List<(int Level, int Section)> _headingStack = new();
    private readonly Dictionary<int, Dictionary<string, ScopeMember>> _scopes = new();
    private MarkdownInlineReader _inlines = null!;
    private string? _title;
    private int _tableCount;

    // The section that new tables belong to: an index into _sections, Root, or Dropped.
    private int _currentSection = Root;

    private const int Root = -1;
    private const int Dropped = -2;

    private CatalogParser(CatalogSource source, string text, CancellationToken cancellationToken)
    {
        _source = source;
        _text = text;
        _cancellationToken = cancellationToken;
        _lines = new LineIndex(source.Path, text);
    }

    /// <summary>A test seam: makes parsing the files it returns true for throw, to test PCAT005.</summary>
    internal static Func<string, bool>? FailForTesting { get; set; }

    /// <summary>Parses a catalog. Never throws except on cancellation: a failure becomes diagnostic PCAT005.</summary>
    public static CatalogParseResult Parse(CatalogSource source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(source.OptionDiagnostics);
        var fileLocation = new LocationInfo(source.Path, 0, 0, 0, 0, 0, 0);
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
            parser._diagnostics.AddRange(diagnostics);
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
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NestedTooDeeply, new LocationInfo(_source.Path, 0, 0, 0, 0, 0, 0), _source.Options.RelativePath, exception.Message));
            return EmptyResult(_source, _diagnostics);
        }

        _inlines = new MarkdownInlineReader(ReadLinkDefinitions(document));

        var consumedUntil = 0;
        foreach (var block in document.Descendants())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (block.Span.Start < consumedUntil)
            {
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    OpenHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    ReadPipeTable(paragraph);
                    break;
                case HtmlBlock html:
                    consumedUntil = ReadHtmlTables(html);
                    break;
            }
        }

        if (_tableCount == 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NoTables, new LocationInfo(_source.Path, 0, 0, 0, 0, 0, 0), _source.Options.RelativePath));
        }

        if (RelativeLinksDiagnostic() is { } relativeLinks)
        {
            _diagnostics.Add(relativeLinks);
        }

        var suppressions = Suppressions.Read(_text, _lines);
        _diagnostics.RemoveAll(suppressions.IsSuppressed);
        _markdownLinks.RemoveAll(link => suppressions.IsSuppressed(DiagnosticDescriptors.MarkdownLinkOutsideCatalog.Id, link.Location));
        return BuildResult(suppressions.Directives);
    }

    private static Dictionary<string, string> ReadLinkDefinitions(MarkdownDocument document)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        var group = document.GetLinkReferenceDefinitions(false);
        if (group is null)
        {
            return definitions;
        }

        foreach (var pair in group.Links)
        {
            if (pair.Value.Url is { } url)
            {
                var label = MarkdownInlineReader.NormalizeLabel(pair.Key);
                if (!definitions.ContainsKey(label))
                {
                    definitions.Add(label, Entities.Decode(url));
                }
            }
        }

        return definitions;
    }

    private void ReadPipeTable(ParagraphBlock paragraph)
    {
        var lines = new (int Start, int End)[paragraph.Lines.Count];
        var source = paragraph.Lines.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            var slice = source[i].Slice;
            lines[i] = (slice.Start, slice.End + 1);
        }

        var table = PipeTableReader.TryRead(_text, lines, out var mismatch);
        if (table is not null)
        {
            ReadTable(table);
        }
        else if (mismatch is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NotATable,
                _lines.Locate(mismatch.Start, mismatch.End),
                CurrentSectionTitle,
                mismatch.HeaderCells.ToString(CultureInfo.InvariantCulture),
                mismatch.DelimiterCells.ToString(CultureInfo.InvariantCulture)));
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

        var tables = new List<RawTable>();
        var problems = new List<TableProblem>();
        HtmlTableReader.ReadAll(_text, _html.Tokens, tables, problems);
        foreach (var problem in problems)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedHtml, _lines.Locate(problem.Start, problem.End), CurrentSectionTitle, problem.Message));
        }

        foreach (var table in tables)
        {
            ReadTable(table);
        }

        return end;
    }

    private string CurrentSectionTitle => _currentSection >= 0 ? _sections[_currentSection].Title : NoSection;

    private string SectionTitle(int section) => section >= 0 ? _sections[section].Title : NoSection;
}
