using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Building;

/// <summary>
/// Which column of a table plays which role, found by header text (case-insensitive, markup removed, a
/// parenthesised note such as <c>(Link)</c> and a trailing colon ignored), never by position. When several headers
/// could name entries, the earliest word in <see cref="NameHeaders"/> wins (<c>Name</c>, then a short name such as <c>Model</c>
/// or <c>Method</c> before <c>Title</c>, which then gives the title); item
/// metadata or a comment can name the column instead, and a table with none of these headers is named by the
/// column whose cells hold titled links (see <see cref="TableEntries"/>).
/// </summary>
internal sealed class ColumnMap
{
    /// <summary>Headers that name entries, in order of preference.</summary>
    public static readonly string[] NameHeaders =
    {
        "name", "abbreviation", "abbr", "abbr.", "acronym", "short name", "alias", "nickname", "model", "models", "method", "methods", "title", "paper title", "paper name", TitleAndAuthors, "keywords", "survey",
        "attack", "attacks", "algorithm", "approach", "system", "systems", "tool", "framework", "source",

        // A table of datasets names each by its dataset; its Paper column links where it was introduced.
        "dataset", "datasets", "benchmark", "benchmarks",
    };

    /// <summary>A name column that holds the title link, then its authors after a <c>&lt;br&gt;</c> (horseee/Awesome-Efficient-LLM).</summary>
    public const string TitleAndAuthors = "title & authors";

    private static readonly Dictionary<string, FieldRole> RoleByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["conference"] = FieldRole.Venue,
        ["conf"] = FieldRole.Venue,
        ["conf."] = FieldRole.Venue,
        ["conf/journal"] = FieldRole.Venue,
        ["conference/journal"] = FieldRole.Venue,
        ["journal"] = FieldRole.Venue,
        ["venue"] = FieldRole.Venue,
        ["pub"] = FieldRole.Venue,
        ["publication"] = FieldRole.Venue,
        ["published"] = FieldRole.Venue,
        ["published in"] = FieldRole.Venue,
        ["publisher"] = FieldRole.Venue,
        ["source"] = FieldRole.Venue,
        ["institution"] = FieldRole.Institutions,
        ["institutions"] = FieldRole.Institutions,
        ["institute"] = FieldRole.Institutions,
        ["affiliation"] = FieldRole.Institutions,
        ["affiliations"] = FieldRole.Institutions,
        ["organization"] = FieldRole.Institutions,
        ["links"] = FieldRole.Links,
        ["link"] = FieldRole.Links,
        ["remarks"] = FieldRole.Remarks,
        ["remark"] = FieldRole.Remarks,
        ["notes"] = FieldRole.Remarks,
        ["title"] = FieldRole.Title,
        ["paper title"] = FieldRole.Title,
        ["authors"] = FieldRole.Authors,
        ["author"] = FieldRole.Authors,
        ["references"] = FieldRole.Links,
        ["reference"] = FieldRole.Links,
        ["paper"] = FieldRole.Paper,
        ["papers"] = FieldRole.Paper,
        ["paper link"] = FieldRole.Paper,
        ["paper url"] = FieldRole.Paper,
        ["date"] = FieldRole.Date,
        ["year"] = FieldRole.Date,
        ["time"] = FieldRole.Date,
    };

    private ColumnMap(string[] headers, FieldRole[] roles, int nameColumn)
    {
        Headers = headers;
        Roles = roles;
        NameColumn = nameColumn;
    }

    /// <summary>The plain text of each header cell.</summary>
    public string[] Headers { get; }

    public FieldRole[] Roles { get; }

    /// <summary>The column that names entries, or -1.</summary>
    public int NameColumn { get; }

    /// <summary>The name column is a <c>Title &amp; Authors</c> column: title link, then authors, cut at line breaks.</summary>
    public bool NameHoldsTitleAndAuthors => NameColumn >= 0 && string.Equals(Normalize(Headers[NameColumn]), TitleAndAuthors, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a column has the role <paramref name="role"/>.</summary>
    public bool Has(FieldRole role) => Array.IndexOf(Roles, role) >= 0;

    /// <param name="headers">The header cells' text.</param>
    /// <param name="nameColumn">The header that names entries (item metadata, a comment), or empty for the usual ones.</param>
    public static ColumnMap Create(string[] headers, string nameColumn)
    {
        var name = -1;
        var namePreference = int.MaxValue;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = Normalize(headers[i]);
            var preference = nameColumn.Length > 0
                ? (string.Equals(header, Normalize(nameColumn), StringComparison.OrdinalIgnoreCase) || string.Equals(headers[i].Trim(), nameColumn.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : -1)
                : Array.FindIndex(NameHeaders, h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (preference >= 0 && preference < namePreference)
            {
                namePreference = preference;
                name = i;
            }
        }

        if (name < 0 && nameColumn.Length == 0)
        {
            name = PublicationBesideVenue(headers);
        }

        return new ColumnMap(headers, RolesOf(headers, name), name);
    }

    /// <summary>
    /// | Publication | Venue | Year |: beside a column that names the venue, "Publication" is the paper, which names
    /// the entries; alone it is where the paper appeared. -1 when the headers are not so.
    /// </summary>
    private static int PublicationBesideVenue(string[] headers)
    {
        var publication = -1;
        var venue = false;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = Normalize(headers[i]);
            if (string.Equals(header, "publication", StringComparison.OrdinalIgnoreCase) || string.Equals(header, "publications", StringComparison.OrdinalIgnoreCase))
            {
                publication = publication < 0 ? i : publication;
            }
            else if (RoleOf(headers[i]) == FieldRole.Venue)
            {
                venue = true;
            }
        }

        return venue ? publication : -1;
    }

    /// <summary>The same headers, entries named by column <paramref name="column"/> (chosen by what the cells hold).</summary>
    public ColumnMap NamedBy(int column) => new(Headers, RolesOf(Headers, column), column);

    private static FieldRole[] RolesOf(string[] headers, int name)
    {
        var roles = new FieldRole[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            // The first column of each role takes it; a second "Links" column is just another column.
            if (i != name && RoleOf(headers[i]) is var role && role != FieldRole.Other && Array.IndexOf(roles, role) < 0)
            {
                roles[i] = role;
            }
        }

        if (name >= 0)
        {
            roles[name] = FieldRole.Name;
        }

        return roles;
    }

    /// <summary>
    /// The role a header names: as a whole (<c>Conf/Journal</c>), else by the first of its parts that names one
    /// (<c>Conf/Jour</c> is a venue, <c>Paper/OpenSource Project</c> a paper column).
    /// </summary>
    private static FieldRole RoleOf(string header)
    {
        var text = Normalize(header);
        if (RoleByHeader.TryGetValue(text, out var role))
        {
            return role;
        }

        foreach (var part in text.Split(HeaderPartSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (RoleByHeader.TryGetValue(part.Trim().TrimEnd('.'), out role))
            {
                return role;
            }
        }

        // "Venue in Short Form", "Publication Date", "Link of PDF", "Inline Citation": the last word that names a role,
        // as English puts the word that says what a phrase is at its end.
        var words = text.Split(' ');
        for (var w = words.Length - 1; w >= 0; w--)
        {
            if (RoleByHeaderWord.TryGetValue(words[w].Trim(HeaderWordTrim), out role))
            {
                return role;
            }
        }

        return FieldRole.Other;
    }

    private static readonly char[] HeaderWordTrim = { '.', ',', ':', '(', ')' };

    private static readonly Dictionary<string, FieldRole> RoleByHeaderWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["venue"] = FieldRole.Venue,
        ["conference"] = FieldRole.Venue,
        ["journal"] = FieldRole.Venue,
        ["date"] = FieldRole.Date,
        ["time"] = FieldRole.Date,
        ["year"] = FieldRole.Date,
        ["citation"] = FieldRole.Authors,
        ["authors"] = FieldRole.Authors,
        ["author"] = FieldRole.Authors,
        ["link"] = FieldRole.Links,
        ["links"] = FieldRole.Links,
        ["pdf"] = FieldRole.Links,
        ["remarks"] = FieldRole.Remarks,
        ["notes"] = FieldRole.Remarks,
    };

    private static readonly string[] HeaderPartSeparators = { "/", "&", ",", " and ", " or " };

    /// <summary>Whether a header is one the catalog knows: a column that names entries or has a role.</summary>
    public static bool IsKnownHeader(string header) =>
        Array.FindIndex(NameHeaders, h => string.Equals(h, Normalize(header), StringComparison.OrdinalIgnoreCase)) >= 0 || RoleOf(header) != FieldRole.Other;

    /// <summary>A name header that only suggests names (<c>keywords</c>): it names entries when its cells tell the rows apart.</summary>
    public static bool IsWeakNameHeader(string header) => Array.IndexOf(WeakNameHeaders, Normalize(header).ToLowerInvariant()) >= 0;

    private static readonly string[] WeakNameHeaders = { "keywords", "keyword", "tags", "topic", "topics" };

    /// <summary>The same headers without a name column, for a weak name column whose cells do not name rows.</summary>
    public ColumnMap WithoutName() => new(Headers, RolesOf(Headers, -1), -1);

    /// <summary>The same map with column <paramref name="column"/> as the venue, found by what its cells hold.</summary>
    public ColumnMap WithVenue(int column)
    {
        var roles = (FieldRole[])Roles.Clone();
        roles[column] = FieldRole.Venue;
        return new ColumnMap(Headers, roles, NameColumn);
    }

    /// <summary>A header as the vocabulary reads it: <c>**Title (Link)**:</c> is <c>title</c>.</summary>
    private static string Normalize(string header)
    {
        var text = header.Trim().TrimEnd(':').Trim();
        var paren = text.IndexOf('(');
        if (paren > 0 && text.EndsWith(")", StringComparison.Ordinal))
        {
            text = text.Substring(0, paren).Trim();
        }

        return text;
    }
}
