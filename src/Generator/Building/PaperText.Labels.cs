using System;
using System.Collections.Generic;
using System.Globalization;
using PaperCatalog.Generator.Reading;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

// Labelled lines (Authors: …, Paper: …) and what a link's label says it is.
internal sealed partial class PaperText
{
    /// <summary>A labelled line: <c>Authors: …</c>, <c>🏛️ Institutions: …</c>, <c>📅 Date: …</c>, <c>📑 Publisher: …</c>, <c>Key: …</c>.</summary>
    private bool TryReadLabelled(int i)
    {
        if (LabelColon(i) is not (> 0 and var colon))
        {
            return false;
        }

        var label = _text.Substring(i, colon - i).Trim().ToLowerInvariant();
        var value = SkipSpaces(colon + 1);
        if (label.Length == 0 || TextRuns.WordCount(label) > 3)
        {
            return false;
        }

        if (value >= _text.Length)
        {
            // "📝 Note:" with nothing after it: a field the list left empty.
            return LabelRole(label) is not null;
        }

        var role = LabelRole(label) ?? FieldRole.Remarks;
        if (role == FieldRole.Venue && label == "publisher" && _text.Substring(value) is var publisher && NamesAnInstitution(publisher) && !VenueParser.LooksLikeVenue(publisher))
        {
            // "Publisher: Fast University, Quick Lab": the people behind the paper, not where it appeared.
            role = FieldRole.Institutions;
        }

        if (role == FieldRole.Remarks)
        {
            Add(FieldRole.Remarks, i, _text.Length);
        }
        else
        {
            Add(role, value, TrimEndPunctuation(value, _text.Length));
        }

        return true;
    }

    /// <summary>Where the colon of a label in front (<c>Authors:</c>, <c>作者：</c>) is, or -1.</summary>
    private int LabelColon(int i)
    {
        for (var j = i; j < _text.Length && j < i + 30; j++)
        {
            if (_linkAt[j] >= 0)
            {
                return -1;
            }

            if (_text[j] is ':' or '\uFF1A')
            {
                return j > i ? j : -1;
            }

            if (!(char.IsLetter(_text[j]) || _text[j] is ' ' or '&' or '/' or '-' or '(' or ')' or ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a line is one field of a paper, labelled as such (<c>Authors: …</c>, <c>🔗 链接：[…](…)</c>, <c>📝 Note:</c>):
    /// under a heading that is a paper's title, such lines are the paper's fields, not papers.
    /// </summary>
    public bool IsLabelledField(FieldContent content)
    {
        Begin(content);
        var i = SkipDecoration(0);
        return LabelColon(i) is > 0 and var colon && LabelRole(_text.Substring(i, colon - i).Trim().ToLowerInvariant()) is not null;
    }

    /// <summary>
    /// The label of a line that is a label and links only (<c>Homepage: https://…</c>, <c>代码（即将开源）：https://…</c>,
    /// <c>Paper(Highlight): [arXiv](…)</c>), with where its links start; null for any other line. The label, not a
    /// bare URL, names such a link.
    /// </summary>
    public string? LinkLabel(FieldContent content, out int valueStart)
    {
        Begin(content);
        valueStart = -1;
        var i = SkipDecoration(0);
        var colon = -1;
        for (var j = i; j < _text.Length && j < i + 30 && _linkAt[j] < 0; j++)
        {
            if (_text[j] is ':' or '\uFF1A')
            {
                colon = j;
                break;
            }

            if (!(char.IsLetterOrDigit(_text[j]) || _text[j] is ' ' or '&' or '/' or '-' or '(' or ')' or '\uFF08' or '\uFF09'))
            {
                return null;
            }
        }

        if (colon <= i || content.Links.Count == 0)
        {
            return null;
        }

        for (var j = colon + 1; j < _text.Length; j++)
        {
            if (_linkAt[j] < 0 && char.IsLetterOrDigit(_text[j]))
            {
                return null;
            }
        }

        // "Authors: [Jane Doe](…)": a field whose value is linked, not a link.
        var label = _text.Substring(i, colon - i).Trim();
        if (LabelRole(label.ToLowerInvariant()) is FieldRole.Authors or FieldRole.Institutions or FieldRole.Date or FieldRole.Venue)
        {
            return null;
        }

        valueStart = colon + 1;
        return label;
    }

    /// <summary>The field a label before a colon names (<c>Authors:</c>, <c>Venue:</c>), in lower case; null for any other word.</summary>
    private static FieldRole? LabelRole(string label) => label switch
    {
        "author" or "authors" or "by" or "writer" or "writers" or "作者" => FieldRole.Authors,
        "institution" or "institutions" or "affiliation" or "affiliations" or "organization" or "organizations" or "org" or "lab" or "单位" or "机构" => FieldRole.Institutions,
        "date" or "published" or "year" or "time" or "release" or "released" or "publish date" or "publication date" or "日期" or "时间" => FieldRole.Date,
        "venue" or "publisher" or "publication" or "conference" or "journal" or "published in" or "accepted" or "accepted by" or "in" or "pub" or "会议" or "期刊" => FieldRole.Venue,
        "title" or "paper" or "papers" or "note" or "notes" or "summary" or "tldr" or "abstract" or "说明" or "备注" or "摘要" => FieldRole.Remarks,
        "链接" => FieldRole.Links,
        _ => null,
    };
}
