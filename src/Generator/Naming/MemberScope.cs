using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Naming;

/// <summary>What holds a name in a class: a member generated code always declares, a section, or an entry.</summary>
internal enum MemberKind : byte
{
    Reserved,
    Section,
    Entry,

    /// <summary>An entry's constant for a column the catalog does not know.</summary>
    Column,

    /// <summary>An entry's constant for a link.</summary>
    Link,
}

/// <summary>A name taken in a class, and by what.</summary>
/// <param name="Section">For a section: its index among the file's named sections.</param>
/// <param name="Key">For an entry: its paper's key (<c>PaperKeys</c>), which tells the same paper listed twice.</param>
internal readonly record struct ScopeMember(MemberKind Kind, string Name, LocationInfo? Location, int Section = -1, string? Key = null, int Year = 0, string? Title = null, int Line = 0);

/// <summary>
/// The names one class declares, in the order they are taken: the one place that decides who gets a name, so that
/// generated code has no two members of one name (CS0102) and no member named like its class (CS0542), whatever
/// the Markdown says. A section class, the root class and every entry class has one.
/// </summary>
internal sealed class MemberScope
{
    // The reserved names are a shared array, looked through rather than copied: an entry class has a scope of its own.
    private readonly string[] _reserved;
    private Dictionary<string, ScopeMember>? _taken;

    /// <param name="className">The class's own name: no member may have it.</param>
    /// <param name="reserved">The members generated code declares in the class.</param>
    public MemberScope(string className, string[] reserved)
    {
        ClassName = className;
        _reserved = reserved;
    }

    public string ClassName { get; }

    public bool TryGet(string identifier, out ScopeMember member)
    {
        if ((identifier.Length > 0 && identifier == ClassName) || Array.IndexOf(_reserved, identifier) >= 0)
        {
            member = new ScopeMember(MemberKind.Reserved, identifier, null);
            return true;
        }

        member = default;
        return _taken is not null && _taken.TryGetValue(identifier, out member);
    }

    public bool IsFree(string identifier) => !TryGet(identifier, out _);

    public void Take(string identifier, ScopeMember member) => (_taken ??= new Dictionary<string, ScopeMember>(StringComparer.Ordinal))[identifier] = member;

    /// <summary>
    /// <paramref name="identifier"/> when it is free, else the first free one of the form <c>{stem}{n}{suffix}</c>
    /// (<c>Code2Url</c>, <c>Stars2</c>) for n from 2: an identifier that a number ends reads better with an underscore
    /// (<c>SageAttention2_2</c>).
    /// </summary>
    public string Numbered(string stem, string suffix = "")
    {
        var identifier = stem + suffix;
        if (IsFree(identifier))
        {
            return identifier;
        }

        var separator = stem.Length > 0 && char.IsDigit(stem[stem.Length - 1]) ? "_" : string.Empty;
        for (var n = 2; ; n++)
        {
            identifier = stem + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
            if (IsFree(identifier))
            {
                return identifier;
            }
        }
    }
}
