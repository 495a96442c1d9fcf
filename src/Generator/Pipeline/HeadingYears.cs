using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Generator.Pipeline;

/// <summary>
/// The years that headings state, and the year a section takes from a heading before it at its own level: lists that
/// put <c>### 2024</c> at the level of the parts it heads (<c>## 2025</c>, <c>### Conference</c>, <c>### 2024</c>,
/// <c>### Conference</c>) mean the second <c>Conference</c> as 2024's, as a reader of the page sees it. A section is taken
/// as a year's part only when it repeats the title of a part an earlier year heading has (<c>Conference</c> under
/// <c>2025</c>), so <c>## 2024</c> then <c>## Surveys</c> stays two parts. Memoised per section: linear in the headings.
/// </summary>
internal sealed class HeadingYears
{
    private readonly IReadOnlyList<RawSection> _sections;
    private readonly List<int> _years = new();
    private readonly List<int> _previous = new();
    private readonly List<int> _yearSiblings = new();
    private readonly HashSet<string> _yearPartTitles = new(StringComparer.OrdinalIgnoreCase);
    private int _partsScanned;

    public HeadingYears(IReadOnlyList<RawSection> sections) => _sections = sections;

    /// <summary>The year the heading of <paramref name="section"/> states (<c>2023</c>, <c>2023 Papers</c>), or 0.</summary>
    public int YearOf(int section)
    {
        Extend(section);
        return _years[section];
    }

    /// <summary>
    /// The year of the nearest heading before <paramref name="section"/> at its level and under its parent that is a
    /// year, when the section or one of its siblings after that year heading repeats a part of an earlier year; or 0.
    /// </summary>
    public int SiblingYear(int section)
    {
        Extend(section);
        var sibling = _yearSiblings[section];
        if (sibling < 0 || _years[section] > 0)
        {
            return 0;
        }

        while (_partsScanned < section)
        {
            var parent = _sections[_partsScanned].Parent;
            if (parent >= 0 && _years[parent] > 0)
            {
                _yearPartTitles.Add(_sections[_partsScanned].Title.Trim());
            }

            _partsScanned++;
        }

        for (var s = section; s > sibling; s = _previous[s])
        {
            if (_yearPartTitles.Contains(_sections[s].Title.Trim()))
            {
                return _years[sibling];
            }
        }

        return 0;
    }

    private void Extend(int section)
    {
        for (var s = _years.Count; s <= section; s++)
        {
            var title = _sections[s].Title;
            _years.Add(VenueParser.YearOnly(title) is var written && written > 0 ? written : VenueParser.LeadingYear(title));
            var previous = PreviousSibling(s);
            _previous.Add(previous);
            _yearSiblings.Add(previous < 0 ? -1 : _years[previous] > 0 ? previous : _yearSiblings[previous]);
        }
    }

    /// <summary>The heading before <paramref name="s"/> at its level and under its parent, or -1.</summary>
    private int PreviousSibling(int s)
    {
        var parent = _sections[s].Parent;
        for (var p = s - 1; p > parent; p--)
        {
            if (_sections[p].Parent == parent)
            {
                return p;
            }
        }

        return -1;
    }
}
