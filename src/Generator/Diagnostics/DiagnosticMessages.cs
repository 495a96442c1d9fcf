using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// A descriptor with its message arguments, not yet located: what <see cref="DiagnosticMessages"/> makes and a
/// site locates (<see cref="At(LocationInfo?)"/>), or the catalog keeps until it knows where (<c>CatalogProblem</c>).
/// </summary>
internal sealed record DiagnosticMessage(DiagnosticDescriptor Descriptor, EquatableArray<string> Arguments)
{
    public DiagnosticInfo At(LocationInfo? location) =>
        new(Descriptor, location, Arguments, EquatableArray<LocationInfo>.Empty);

    /// <param name="other">Where the other party is written (the first of two entries), if anywhere.</param>
    public DiagnosticInfo At(LocationInfo? location, LocationInfo? other) =>
        new(Descriptor, location, Arguments, other is null ? EquatableArray<LocationInfo>.Empty : new[] { other }.ToEquatableArray());
}

/// <summary>
/// One typed factory per descriptor of <see cref="DiagnosticDescriptors"/>, of the same name, whose parameters
/// name the message's arguments in order: the only way a diagnostic is made, so no site fills a message by
/// position (<c>DiagnosticFactoryTests</c> holds every descriptor to it).
/// </summary>
internal static class DiagnosticMessages
{
    // Text from the Markdown in a message is cut here: a message is read by a person, and a hostile
    // cell can be a megabyte long.
    private const int MaxArgumentLength = 160;

    /// <summary>PCAT001.</summary>
    /// <param name="file">The catalog's path relative to the project.</param>
    public static DiagnosticMessage FileUnreadable(string file) => Make(DiagnosticDescriptors.FileUnreadable, file);

    /// <summary>PCAT002.</summary>
    /// <param name="file">The catalog's path relative to the project.</param>
    public static DiagnosticMessage FileEmpty(string file) => Make(DiagnosticDescriptors.FileEmpty, file);

    /// <summary>PCAT003.</summary>
    /// <param name="file">The catalog's path relative to the project.</param>
    public static DiagnosticMessage NoEntries(string file) => Make(DiagnosticDescriptors.NoEntries, file);

    /// <summary>PCAT004.</summary>
    /// <param name="metadata">The metadata's name: "ClassName metadata".</param>
    /// <param name="value">Its value as written.</param>
    /// <param name="file">The catalog's path relative to the project.</param>
    /// <param name="expected">What it should be: "C# identifier".</param>
    /// <param name="fallback">What is used instead: "'Papers'".</param>
    public static DiagnosticMessage InvalidOption(string metadata, string value, string file, string expected, string fallback) =>
        Make(DiagnosticDescriptors.InvalidOption, metadata, value, file, expected, fallback);

    /// <summary>PCAT005.</summary>
    /// <param name="subject">The file or class it failed on.</param>
    /// <param name="failure">The exception's type and message.</param>
    public static DiagnosticMessage GeneratorFailure(string subject, string failure) => Make(DiagnosticDescriptors.GeneratorFailure, subject, failure);

    /// <summary>PCAT006.</summary>
    /// <param name="file">The catalog's path relative to the project.</param>
    /// <param name="reason">The Markdown parser's message.</param>
    public static DiagnosticMessage NestedTooDeeply(string file, string reason) => Make(DiagnosticDescriptors.NestedTooDeeply, file, reason);

    /// <summary>PCAT101.</summary>
    /// <param name="cells">The row's cells.</param>
    /// <param name="headerCells">The header's cells.</param>
    /// <param name="section">The section the table is in.</param>
    /// <param name="hidden">What GitHub does not show: "'OSDI | 2022'", "nothing but empty cells".</param>
    /// <param name="fix">What to do about it.</param>
    public static DiagnosticMessage RowCellCount(int cells, int headerCells, string section, string hidden, string fix) =>
        Make(DiagnosticDescriptors.RowCellCount, Invariant.Number(cells), Invariant.Number(headerCells), section, hidden, fix);

    /// <summary>PCAT102.</summary>
    /// <param name="cell">The empty cell's position, from 1.</param>
    /// <param name="cells">The header's cells.</param>
    /// <param name="section">The section the table is in.</param>
    public static DiagnosticMessage BlankHeaderCell(int cell, int cells, string section) =>
        Make(DiagnosticDescriptors.BlankHeaderCell, Invariant.Number(cell), Invariant.Number(cells), section);

    /// <summary>PCAT103.</summary>
    /// <param name="section">The section the table is in.</param>
    /// <param name="headers">The table's headers, quoted and listed.</param>
    public static DiagnosticMessage NoNameColumn(string section, string headers) => Make(DiagnosticDescriptors.NoNameColumn, section, headers);

    /// <summary>PCAT104.</summary>
    /// <param name="section">The section the markup is in.</param>
    /// <param name="problem">What is wrong and where: "&lt;td&gt; is not closed, in the title of 'Orca'".</param>
    public static DiagnosticMessage MalformedHtml(string section, string problem) => Make(DiagnosticDescriptors.MalformedHtml, section, problem);

    /// <summary>PCAT210.</summary>
    public static DiagnosticMessage PaperLinkNotRead(string section, string item) =>
        Make(DiagnosticDescriptors.PaperLinkNotRead, section, item);

    /// <summary>PCAT105.</summary>
    /// <param name="section">The section the text is in.</param>
    /// <param name="headerCells">The cells of the would-be header.</param>
    /// <param name="delimiterCells">The cells of the delimiter row under it.</param>
    public static DiagnosticMessage NotATable(string section, int headerCells, int delimiterCells) =>
        Make(DiagnosticDescriptors.NotATable, section, Invariant.Number(headerCells), Invariant.Number(delimiterCells));

    /// <summary>PCAT201.</summary>
    /// <param name="entry">The row or item, opening a sentence: "A row", "An item".</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="field">The field that is empty: "Name cell".</param>
    public static DiagnosticMessage EntryWithoutName(string entry, string section, string field) =>
        Make(DiagnosticDescriptors.EntryWithoutName, entry, section, field);

    /// <summary>PCAT202.</summary>
    /// <param name="kind">What is named: "name", "section heading", "column header".</param>
    /// <param name="named">The text as written.</param>
    /// <param name="section">The section it is in (for a heading, its parent).</param>
    /// <param name="problem">Why, and what is generated instead.</param>
    public static DiagnosticMessage NameWithoutIdentifier(string kind, string named, string section, string problem) =>
        Make(DiagnosticDescriptors.NameWithoutIdentifier, kind, named, section, problem);

    /// <summary>PCAT203.</summary>
    /// <param name="named">The later entry's name, as written.</param>
    /// <param name="section">The section both are in.</param>
    /// <param name="identifier">The identifier both would take.</param>
    /// <param name="first">The entry that has it: "'Orca' on line 7".</param>
    /// <param name="outcome">The later entry's class: "MovieChatPlus".</param>
    public static DiagnosticMessage DuplicateIdentifier(string named, string section, string identifier, string first, string outcome) =>
        Make(DiagnosticDescriptors.DuplicateIdentifier, named, section, identifier, first, outcome);

    /// <summary>PCAT204: a generated name that another member of the same class already has.</summary>
    /// <param name="named">What is named: an entry's name, a section's title or a column's header, as written.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="identifier">The identifier both would take.</param>
    /// <param name="collidesWith">What has the identifier already: "the entry 'Orca'", "a member every entry has".</param>
    /// <param name="outcome">What the generated code does instead: "its class is Orca2".</param>
    public static DiagnosticMessage MemberCollision(string named, string section, string identifier, string collidesWith, string outcome) =>
        Make(DiagnosticDescriptors.MemberCollision, named, section, identifier, collidesWith, outcome);

    /// <summary>PCAT208.</summary>
    /// <param name="named">The later entry's name, as written.</param>
    /// <param name="section">The section both are in.</param>
    /// <param name="first">The entry listed first: "'Orca' on line 7".</param>
    /// <param name="paperUrl">The paper link both have.</param>
    /// <param name="note">Empty, or why the titles differ: ", under another title: …".</param>
    /// <param name="outcome">The later entry's class.</param>
    public static DiagnosticMessage DuplicatePaper(string named, string section, string first, string paperKey, string note, string outcome) =>
        Make(DiagnosticDescriptors.DuplicatePaper, named, section, first, paperKey, note, outcome);

    /// <summary>PCAT209.</summary>
    /// <param name="named">The later entry's name.</param>
    /// <param name="section">Its section.</param>
    /// <param name="first">The first entry: "'Orca' on line 12".</param>
    /// <param name="firstSection">The first entry's section.</param>
    /// <param name="paperKey">Both entries' key: "arXiv:2305.05920".</param>
    public static DiagnosticMessage PaperInAnotherSection(string named, string section, string first, string firstSection, string paperKey) =>
        Make(DiagnosticDescriptors.PaperInAnotherSection, named, section, first, firstSection, paperKey);

    /// <summary>PCAT309.</summary>
    /// <param name="label">The link's label.</param>
    /// <param name="entry">Its entry.</param>
    /// <param name="section">Its section.</param>
    /// <param name="form">What it links: "a version", "the PDF".</param>
    /// <param name="arxivId">The identifier without version.</param>
    /// <param name="other">The entry that links the abstract: "'Orca' on line 12".</param>
    /// <param name="fix">The abstract's URL.</param>
    public static DiagnosticMessage ArxivLinkForm(string label, string entry, string section, string form, string arxivId, string other, string fix) =>
        Make(DiagnosticDescriptors.ArxivLinkForm, label, entry, section, form, arxivId, other, fix);

    /// <summary>PCAT404.</summary>
    /// <param name="what">"date", "preprint venue".</param>
    /// <param name="written">The date or venue as written.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">Its section.</param>
    /// <param name="year">The year it says.</param>
    /// <param name="arxivId">The arXiv identifier.</param>
    /// <param name="arxivYear">The year the identifier encodes.</param>
    public static DiagnosticMessage YearBeforePreprint(string what, string written, string entry, string section, int year, string arxivId, int arxivYear) =>
        Make(DiagnosticDescriptors.YearBeforePreprint, what, written, entry, section, Invariant.Number(year), arxivId, Invariant.Number(arxivYear));

    /// <summary>PCAT405.</summary>
    /// <param name="what">"venue", "date".</param>
    /// <param name="written">The venue or date as written.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">Its section.</param>
    /// <param name="year">The year it says.</param>
    /// <param name="arxivId">The arXiv identifier.</param>
    /// <param name="arxivYear">The year the identifier encodes.</param>
    /// <param name="likely">Why it may be right: "posted after it appeared", "released before its preprint".</param>
    public static DiagnosticMessage PublishedBeforePreprint(string what, string written, string entry, string section, int year, string arxivId, int arxivYear, string likely) =>
        Make(DiagnosticDescriptors.PublishedBeforePreprint, what, written, entry, section, Invariant.Number(year), arxivId, Invariant.Number(arxivYear), likely);

    /// <summary>PCAT501.</summary>
    /// <param name="named">The entry's name.</param>
    /// <param name="section">Its section.</param>
    /// <param name="order">The declared order: "year desc".</param>
    /// <param name="where">Where it belongs: "before 'Orca' on line 12".</param>
    public static DiagnosticMessage OutOfOrder(string named, string section, string order, string where) =>
        Make(DiagnosticDescriptors.OutOfOrder, named, section, order, where);

    /// <summary>PCAT502.</summary>
    /// <param name="comment">The comment's text.</param>
    /// <param name="problem">What is wrong with it.</param>
    public static DiagnosticMessage InvalidOrder(string comment, string problem) =>
        Make(DiagnosticDescriptors.InvalidOrder, comment, problem);

    /// <summary>PCAT206.</summary>
    /// <param name="kind">What the lookup is by: "venue", "author".</param>
    /// <param name="key">The venue or name, as written.</param>
    /// <param name="entry">The entry it comes from.</param>
    /// <param name="lookup">The lookup class: "Papers.Venues".</param>
    /// <param name="reason">Why it gets no class of its own.</param>
    public static DiagnosticMessage LookupCollision(string kind, string key, string entry, string lookup, string reason) =>
        Make(DiagnosticDescriptors.LookupCollision, kind, key, entry, lookup, reason);

    /// <summary>PCAT301.</summary>
    /// <param name="label">The link's label.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    public static DiagnosticMessage EmptyLinkTarget(string label, string entry, string section) =>
        Make(DiagnosticDescriptors.EmptyLinkTarget, label, entry, section);

    /// <summary>PCAT302.</summary>
    /// <param name="label">The link's label.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="placeholder">The target as written: "#", "broken-reference".</param>
    public static DiagnosticMessage PlaceholderLinkTarget(string label, string entry, string section, string placeholder) =>
        Make(DiagnosticDescriptors.PlaceholderLinkTarget, label, entry, section, placeholder);

    /// <summary>PCAT303.</summary>
    /// <param name="label">The link's label.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="target">The target as written.</param>
    /// <param name="reason">What it is instead: "a mail address".</param>
    public static DiagnosticMessage InvalidLinkTarget(string label, string entry, string section, string target, string reason) =>
        Make(DiagnosticDescriptors.InvalidLinkTarget, label, entry, section, target, reason);

    /// <summary>PCAT304.</summary>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="detail">More on the link, with a leading space, or empty.</param>
    public static DiagnosticMessage LinkWithoutLabel(string entry, string section, string detail) =>
        Make(DiagnosticDescriptors.LinkWithoutLabel, entry, section, detail);

    /// <summary>PCAT305.</summary>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="label">The label two links share.</param>
    /// <param name="member">This link's constant.</param>
    public static DiagnosticMessage DuplicateLinkLabel(string entry, string section, string label, string member) =>
        Make(DiagnosticDescriptors.DuplicateLinkLabel, entry, section, label, member);

    /// <summary>PCAT306.</summary>
    /// <param name="label">The link's label.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="target">The target as written.</param>
    public static DiagnosticMessage MarkdownLinkOutsideCatalog(string label, string entry, string section, string target) =>
        Make(DiagnosticDescriptors.MarkdownLinkOutsideCatalog, label, entry, section, target);

    /// <summary>PCAT307.</summary>
    /// <param name="count">How many links stay relative.</param>
    /// <param name="file">The catalog's path relative to the project.</param>
    /// <param name="firstLabel">The first such link's label.</param>
    /// <param name="firstEntry">Its entry's name.</param>
    public static DiagnosticMessage RelativeLinks(int count, string file, string firstLabel, string firstEntry) =>
        Make(DiagnosticDescriptors.RelativeLinks, Invariant.Number(count), file, firstLabel, firstEntry);

    /// <summary>PCAT308.</summary>
    /// <param name="written">What the Markdown says: "[[pdf]] (https://…)".</param>
    /// <param name="why">Why it is no link: "a space between the label and the target".</param>
    /// <param name="fix">What to write: "[[pdf]](https://…)".</param>
    public static DiagnosticMessage LinkShownAsText(string written, string why, string fix) =>
        Make(DiagnosticDescriptors.LinkShownAsText, written, why, fix);

    /// <summary>PCAT401.</summary>
    /// <param name="venue">The venue as written.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="problem">What is malformed.</param>
    public static DiagnosticMessage InvalidVenue(string venue, string entry, string section, string problem) =>
        Make(DiagnosticDescriptors.InvalidVenue, venue, entry, section, problem);

    /// <summary>PCAT402.</summary>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    public static DiagnosticMessage EmptyVenue(string entry, string section) => Make(DiagnosticDescriptors.EmptyVenue, entry, section);

    /// <summary>PCAT403.</summary>
    /// <param name="date">The date as written.</param>
    /// <param name="entry">The entry's name.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="problem">Why it does not parse.</param>
    public static DiagnosticMessage InvalidDate(string date, string entry, string section, string problem) =>
        Make(DiagnosticDescriptors.InvalidDate, date, entry, section, problem);

    private static DiagnosticMessage Make(DiagnosticDescriptor descriptor, params string[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Length > MaxArgumentLength)
            {
                arguments[i] = arguments[i].Substring(0, MaxArgumentLength) + "…";
            }
        }

        return new DiagnosticMessage(descriptor, arguments.ToEquatableArray());
    }
}
