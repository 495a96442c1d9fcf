using System.Collections.Generic;

namespace PaperCatalog.Generator.Reading;

/// <summary>What an HTML tag means for a field's content, the same in HTML tables, pipe cells and list items.</summary>
internal static class HtmlMarkup
{
    public static void Apply(FieldBuilder cell, string text, in HtmlToken token, List<HtmlAttribute> attributes)
    {
        cell.TrackElement(token);
        var name = token.Name;
        if (token.Kind == HtmlTokenKind.StartTag)
        {
            if (ReferenceEquals(name, TagNames.A))
            {
                // An <a> without href is an anchor, not a link: its text is plain text.
                if (TryGetAttribute(token, attributes, TagNames.Href, out var href))
                {
                    cell.StartLink(Entities.Decode(text, href.ValueStart, href.ValueEnd), token.Start, href.ValueStart, href.ValueEnd);
                }
            }
            else if (ReferenceEquals(name, TagNames.Li))
            {
                cell.StartItem(token.Start);
            }
            else if (ReferenceEquals(name, TagNames.Img))
            {
                var alt = TryGetAttribute(token, attributes, TagNames.Alt, out var altAttribute) ? Entities.Decode(text, altAttribute.ValueStart, altAttribute.ValueEnd) : string.Empty;
                var src = TryGetAttribute(token, attributes, TagNames.Src, out var srcAttribute) ? Entities.Decode(text, srcAttribute.ValueStart, srcAttribute.ValueEnd) : string.Empty;
                cell.StartImage(src, token.Start, token.End, alt);
                cell.AppendLiteral(alt, token.Start, token.End);
                cell.EndImage();
            }
            else if (IsEmphasis(name, out var strong))
            {
                cell.OpenEmphasis(strong, token.Start, token.End);
            }
            else if (ReferenceEquals(name, TagNames.Br))
            {
                cell.LineBreak(token.Start, token.End);
            }
            else if (IsBlock(name))
            {
                cell.Break();
            }
        }
        else if (token.Kind == HtmlTokenKind.EndTag)
        {
            if (ReferenceEquals(name, TagNames.A))
            {
                cell.EndLink(token.End);
            }
            else if (ReferenceEquals(name, TagNames.Li))
            {
                cell.EndItem(token.End);
            }
            else if (IsEmphasis(name, out var strong))
            {
                cell.CloseEmphasis(strong, token.Start, token.End);
            }
            else if (IsBlock(name))
            {
                cell.Break();
            }
        }
    }

    public static bool TryGetAttribute(in HtmlToken token, List<HtmlAttribute> attributes, string name, out HtmlAttribute attribute)
    {
        for (var i = token.FirstAttribute; i < token.FirstAttribute + token.AttributeCount; i++)
        {
            if (ReferenceEquals(attributes[i].Name, name) && attributes[i].HasValue)
            {
                attribute = attributes[i];
                return true;
            }
        }

        attribute = default;
        return false;
    }

    private static bool IsEmphasis(string name, out bool strong)
    {
        strong = name is "strong" or "b";
        return strong || name is "em" or "i";
    }

    /// <summary>Elements that break text apart; inline ones (<c>strong</c>, <c>em</c>, <c>code</c>) do not.</summary>
    public static bool IsBlock(string name) => name switch
    {
        "br" or "p" or "div" or "ul" or "ol" or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th"
            or "hr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "details" or "summary" => true,
        _ => false,
    };

    private static readonly HashSet<string> KnownElements = new(System.StringComparer.Ordinal)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "br", "button",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd",
        "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
        "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "tt", "u", "ul", "var", "video", "wbr",
    };

    /// <summary>
    /// Elements of HTML. A tag of any other name (<c>&lt;think&gt;</c>, <c>&lt;is&gt;</c> in a paper's summary) is no markup the
    /// author meant: GitHub drops it and shows the text around it, so it is never a problem.
    /// </summary>
    public static bool IsKnownElement(string name) => KnownElements.Contains(name);

    /// <summary>Inline elements that only change how text looks (<c>font</c>, <c>b</c>, <c>span</c>, <c>sup</c>): left open, they take nothing else into them.</summary>
    public static bool IsFormatting(string name) => name switch
    {
        "font" or "b" or "i" or "em" or "strong" or "span" or "u" or "s" or "strike" or "small" or "big" or "sup" or "sub"
            or "mark" or "tt" or "center" => true,
        _ => false,
    };

    /// <summary>Elements that never have an end tag.</summary>
    public static bool IsVoid(string name) => name switch
    {
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source"
            or "track" or "wbr" => true,
        _ => false,
    };
}
