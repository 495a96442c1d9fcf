using System;
using System.Collections.Generic;

namespace PaperCatalog.Generator.Parsing;

internal enum ColumnRole : byte
{
    Other,
    Name,
    Venue,
    Institutions,
    Links,
    Remarks,
}

/// <summary>
/// Which column of a table plays which role, found by header text (case-insensitive, markup
/// removed), never by position. When several headers could name entries, the earliest word in
/// <see cref="NameHeaders"/> wins (<c>Name</c> before <c>Model</c>).
/// </summary>
internal sealed class ColumnMap
{
    /// <summary>Headers that name entries, in order of preference.</summary>
    public static readonly string[] NameHeaders = { "name", "title", "model", "source", "survey", "keywords" };

    private static readonly Dictionary<string, ColumnRole> RoleByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["conference"] = ColumnRole.Venue,
        ["conf"] = ColumnRole.Venue,
        ["conf/journal"] = ColumnRole.Venue,
        ["conference/journal"] = ColumnRole.Venue,
        ["journal"] = ColumnRole.Venue,
        ["venue"] = ColumnRole.Venue,
        ["institution"] = ColumnRole.Institutions,
        ["institutions"] = ColumnRole.Institutions,
        ["institute"] = ColumnRole.Institutions,
        ["affiliation"] = ColumnRole.Institutions,
        ["affiliations"] = ColumnRole.Institutions,
        ["links"] = ColumnRole.Links,
        ["link"] = ColumnRole.Links,
        ["remarks"] = ColumnRole.Remarks,
        ["remark"] = ColumnRole.Remarks,
        ["notes"] = ColumnRole.Remarks,
    };

    private ColumnMap(string[] headers, ColumnRole[] roles, int nameColumn)
    {
        Headers = headers;
        Roles = roles;
        NameColumn = nameColumn;
    }

    /// <summary>The plain text of each header cell.</summary>
    public string[] Headers { get; }

    public ColumnRole[] Roles { get; }

    /// <summary>The column that names entries, or -1.</summary>
    public int NameColumn { get; }

    public int IndexOf(ColumnRole role) => Array.IndexOf(Roles, role);

    public static ColumnMap Create(string[] headers)
    {
        var roles = new ColumnRole[headers.Length];
        var nameColumn = -1;
        var namePreference = int.MaxValue;
        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i].Trim();
            var preference = Array.FindIndex(NameHeaders, h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (preference >= 0 && preference < namePreference)
            {
                namePreference = preference;
                nameColumn = i;
            }

            // The first column of each role takes it; a second "Links" column is just another column.
            if (RoleByHeader.TryGetValue(header, out var role) && Array.IndexOf(roles, role) < 0)
            {
                roles[i] = role;
            }
        }

        if (nameColumn >= 0)
        {
            roles[nameColumn] = ColumnRole.Name;
        }

        return new ColumnMap(headers, roles, nameColumn);
    }
}
