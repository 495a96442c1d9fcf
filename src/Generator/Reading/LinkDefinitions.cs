using System;
using System.Collections.Generic;
using Markdig.Syntax;

namespace PaperCatalog.Generator.Reading;

/// <summary>The link reference definitions of a document (<c>[orca]: https://…</c>), by normalized label.</summary>
internal static class LinkDefinitions
{
    public static Dictionary<string, string> Read(MarkdownDocument document)
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
}
