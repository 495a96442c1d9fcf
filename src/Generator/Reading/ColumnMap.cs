using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Which column of a table plays which role, found by header text (case-insensitive, markup
/// removed), never by position. When several headers could name entries, the earliest word in
/// <see cref="NameHeaders"/> wins (<c>Name</c> before <c>Model</c>); item metadata can name the column instead.
/// </summary>
internal sealed class ColumnMap
{
    /// <summary>Headers that name entries, in order of preference.</summary>
    public static readonly string[] NameHeaders = { "name", "title", "paper title", TitleAndAuthors, "model", "source", "survey", "keywords" };

    /// <summary>A name column that holds the title link, then its authors after a <c>&lt;br&gt;</c> (horseee/Awesome-Efficient-LLM).</summary>
    public const string TitleAndAuthors = "title & authors";

    private static readonly Dictionary<string, FieldRole> RoleByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["conference"] = FieldRole.Venue,
        ["conf"] = FieldRole.Venue,
        ["conf/journal"] = FieldRole.Venue,
        ["conference/journal"] = FieldRole.Venue,
        ["journal"] = FieldRole.Venue,
        ["venue"] = FieldRole.Venue,
        ["institution"] = FieldRole.Institutions,
        ["institutions"] = FieldRole.Institutions,
        ["institute"] = FieldRole.Institutions,
        ["affiliation"] = FieldRole.Institutions,
        ["affiliations"] = FieldRole.Institutions,
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
        ["date"] = FieldRole.Date,
        ["year"] = FieldRole.Date,
    };

    private ColumnMap(string[] headers, FieldRole[] roles, int nameColumn, string?[] memberNames)
    {
        Headers = headers;
        Roles = roles;
        NameColumn = nameColumn;
        MemberNames = memberNames;
    }

    /// <summary>The plain text of each header cell.</summary>
    public string[] Headers { get; }

    public FieldRole[] Roles { get; }

    /// <summary>The column that names entries, or -1.</summary>
    public int NameColumn { get; }

    /// <summary>The name column is a <c>Title &amp; Authors</c> column: title link, then authors, cut at line breaks.</summary>
    public bool NameHoldsTitleAndAuthors => NameColumn >= 0 && string.Equals(Headers[NameColumn].Trim(), TitleAndAuthors, StringComparison.OrdinalIgnoreCase);

    /// <summary>For <see cref="FieldRole.Other"/> columns, the name of the entry constant (null when none is made).</summary>
    public string?[] MemberNames { get; }

    /// <summary>
    /// The header a <c>&lt;!-- papercatalog name-column: Technique --&gt;</c> comment names for the table after it
    /// (a file's tables need not share one name column), or false for any other comment.
    /// </summary>
    public static bool TryReadNameColumnComment(string comment, out string header)
    {
        const string Directive = "papercatalog name-column";
        header = string.Empty;
        var body = comment.Trim();
        if (body.StartsWith("<!--", StringComparison.Ordinal))
        {
            body = body.Substring(4);
        }

        if (body.EndsWith("-->", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 3);
        }

        body = body.Trim();
        if (!body.StartsWith(Directive, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        header = body.Substring(Directive.Length).TrimStart(':', ' ', '\t').Trim();
        return header.Length > 0;
    }

    /// <param name="headers">The header cells' text.</param>
    /// <param name="nameColumn">The header that names entries (item metadata), or empty for the usual ones.</param>
    /// <param name="reservedMembers">Names an entry class declares itself; an unknown column cannot take them.</param>
    public static ColumnMap Create(string[] headers, string nameColumn, ICollection<string> reservedMembers)
    {
        var roles = new FieldRole[headers.Length];
        var name = -1;
        var namePreference = int.MaxValue;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i].Trim();
            var preference = nameColumn.Length > 0
                ? (string.Equals(header, nameColumn.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : -1)
                : Array.FindIndex(NameHeaders, h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (preference >= 0 && preference < namePreference)
            {
                namePreference = preference;
                name = i;
            }
        }

        for (var i = 0; i < headers.Length; i++)
        {
            // The first column of each role takes it; a second "Links" column is just another column.
            if (i != name && RoleByHeader.TryGetValue(headers[i].Trim(), out var role) && Array.IndexOf(roles, role) < 0)
            {
                roles[i] = role;
            }
        }

        if (name >= 0)
        {
            roles[name] = FieldRole.Name;
        }

        var memberNames = new string?[headers.Length];
        var taken = new HashSet<string>(reservedMembers, StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (roles[i] == FieldRole.Other && Identifiers.FromName(headers[i]) is { } identifier && taken.Add(identifier))
            {
                memberNames[i] = identifier;
            }
        }

        return new ColumnMap(headers, roles, name, memberNames);
    }
}
