using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Naming;

/// <summary>A name taken in a class: by a section (its index) or by an entry (<see cref="IsSection"/> false).</summary>
internal readonly record struct ScopeMember(string Name, LocationInfo Location, int Section)
{
    public const int Entry = -1;

    public bool IsSection => Section >= 0;
}

/// <summary>
/// The names taken in each class one file generates: the root class (section -1) and every section class.
/// A name is one member of its class; besides the members the catalog makes, the class's own name and the
/// members generated code declares (<c>All</c>, the root's lookups) are taken.
/// </summary>
internal sealed class SectionScopes
{
    public const int Root = -1;

    private readonly Dictionary<int, Dictionary<string, ScopeMember>> _scopes = new();

    public bool TryGet(int section, string identifier, out ScopeMember member) => Scope(section).TryGetValue(identifier, out member);

    public void Add(int section, string identifier, ScopeMember member) => Scope(section).Add(identifier, member);

    /// <summary>Why <paramref name="identifier"/> cannot name a member of <paramref name="section"/> (whose class is <paramref name="className"/>), or null when it can.</summary>
    public static string? ReservedCollision(string identifier, int section, string className)
    {
        if (identifier == MemberNames.All)
        {
            return section >= 0 ? "the All list of its section" : "the All list of the root class";
        }

        if (section < 0 && Array.IndexOf(MemberNames.RootMembers, identifier) >= 0)
        {
            return $"the root class's {identifier} lookup";
        }

        return identifier == className ? "its enclosing class" : null;
    }

    private Dictionary<string, ScopeMember> Scope(int section)
    {
        if (!_scopes.TryGetValue(section, out var scope))
        {
            _scopes[section] = scope = new Dictionary<string, ScopeMember>(StringComparer.Ordinal);
        }

        return scope;
    }
}
