using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// A list item as written, before anything in it means anything: its first paragraph (with its continuation
/// lines), the item's other paragraphs (an authors line after a blank line), and the items of its nested lists.
/// </summary>
internal sealed class RawItem
{
    public RawItem(int start, bool ordered, FieldContent? head, IReadOnlyList<FieldContent> paragraphs, IReadOnlyList<RawItem> children)
    {
        Start = start;
        Ordered = ordered;
        Head = head;
        Paragraphs = paragraphs;
        Children = children;
    }

    /// <summary>Where the item's marker is.</summary>
    public int Start { get; }

    /// <summary>A numbered item (<c>1.</c>, <c>2)</c>).</summary>
    public bool Ordered { get; }

    /// <summary>The first paragraph, or null when the item opens with something else (a nested list, code).</summary>
    public FieldContent? Head { get; }

    /// <summary>The item's other paragraphs, in order.</summary>
    public IReadOnlyList<FieldContent> Paragraphs { get; }

    /// <summary>The items of the lists nested in the item, in order.</summary>
    public IReadOnlyList<RawItem> Children { get; }
}
