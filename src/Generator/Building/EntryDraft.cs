using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// An entry as Building understood it, before it has names in C#: what each field says (name, title, venue,
/// links with the labels they go by, unknown columns) and where it is. Naming turns it into an
/// <see cref="EntrySpec"/>; nothing here is cached, so it is a plain class.
/// </summary>
internal sealed class EntryDraft
{
    /// <summary>The entry's name as written: its short name, else its title (<c>Orca</c>).</summary>
    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    public VenueSpec? Venue { get; set; }

    public List<string> Institutions { get; } = new();

    public string? Remarks { get; set; }

    public List<string> Authors { get; } = new();

    public List<string> Tags { get; } = new();

    public List<LinkDraft> Links { get; } = new();

    public int Year { get; set; }

    public int Month { get; set; }

    public List<ColumnDraft> Columns { get; } = new();

    /// <summary>The one-based line of the row or item.</summary>
    public int Line { get; set; }

    /// <summary>"row" or "item", for messages.</summary>
    public string Noun { get; set; } = "row";

    public LocationInfo NameLocation { get; set; } = null!;

    public LocationInfo? VenueLocation { get; set; }

    public List<LocationInfo> InstitutionLocations { get; } = new();

    /// <summary>The paper's own link (its title link, else the first link labelled as the paper): what makes two entries one paper.</summary>
    public string? PaperUrl { get; set; }
}

/// <summary>A link of an entry: the label it goes by, its URL, and whether it gets a constant.</summary>
/// <param name="IsTitleLink">The entry's main link, whose label is its title: its constant is <c>Url</c>.</param>
/// <param name="Location">Where the link is, for a message about its constant.</param>
internal sealed record LinkDraft(string Label, string Url, bool IsValid, bool IsTitleLink, LocationInfo Location);

/// <summary>A cell of a column the catalog does not know.</summary>
internal sealed record ColumnDraft(string Header, string Value, int Column);
