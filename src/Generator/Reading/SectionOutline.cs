using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Reading;

/// <summary>A heading as the outline records it: its text, level, the heading it is under (-1: none) and where it is.</summary>
internal sealed record RawSection(string Title, int Level, int Parent, LocationInfo Location);

/// <summary>
/// The sections of one file as its headings open them: the first <c>#</c> is the document's title and closes
/// every section; a later <c>#</c>, <c>##</c> and deeper nest by level. What a section's class is called is Naming's to decide;
/// this only says which heading each part of the file is under.
/// </summary>
internal sealed class SectionOutline
{
    /// <summary>How messages name the place before any section.</summary>
    public const string TopLevel = Model.SectionTitles.TopLevel;

    /// <summary>The root: no section.</summary>
    public const int Root = -1;

    private readonly List<RawSection> _sections = new();
    private readonly List<int> _open = new();
    private bool _titled;

    /// <summary>The document's title: the first <c>#</c> heading.</summary>
    public string? DocumentTitle { get; private set; }

    public IReadOnlyList<RawSection> Sections => _sections;

    /// <summary>The section the text read now is in, or <see cref="Root"/>.</summary>
    public int Current => _open.Count > 0 ? _open[_open.Count - 1] : Root;

    public string TitleOf(int section) => section >= 0 ? _sections[section].Title : TopLevel;

    /// <summary>Opens the section of a heading and returns it, or <see cref="Root"/> for the document's title.</summary>
    public int Open(int level, string title, LocationInfo location)
    {
        if (level == 1 && !_titled)
        {
            // The first # heading is the document's title; a list that heads its parts with # too (# Backbone,
            // # Tracking) has them as sections, as a reader of the page sees them.
            _titled = true;
            DocumentTitle = title.Length > 0 ? title : null;
            _open.Clear();
            return Root;
        }

        while (_open.Count > 0 && _sections[_open[_open.Count - 1]].Level >= level)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        _sections.Add(new RawSection(title, level, Current, location));
        _open.Add(_sections.Count - 1);
        return _sections.Count - 1;
    }
}
