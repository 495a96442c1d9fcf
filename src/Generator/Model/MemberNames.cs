namespace PaperCatalog.Generator.Model;

/// <summary>
/// The member names generated code declares. The parser checks names from Markdown against them (so a
/// collision is a diagnostic, never uncompilable code) and the emitters write them: one list for both.
/// </summary>
internal static class MemberNames
{
    /// <summary>Every section class and the root class: the list of their entries.</summary>
    public const string All = nameof(All);

    /// <summary>The root's lookup by a paper's key.</summary>
    public const string Find = nameof(Find);

    /// <summary>The root's lookup classes.</summary>
    public const string Venues = nameof(Venues);
    public const string Institutions = nameof(Institutions);
    public const string Years = nameof(Years);

    /// <summary>Entry class members (besides its <c>…Url</c> constants and unknown-column constants).</summary>
    public const string Name = nameof(Name);
    public const string Title = nameof(Title);
    public const string VenueText = nameof(VenueText);
    public const string Venue = nameof(Venue);
    public const string Remarks = nameof(Remarks);
    public const string Authors = nameof(Authors);
    public const string Tags = nameof(Tags);
    public const string Year = nameof(Year);
    public const string Month = nameof(Month);
    public const string Paper = nameof(Paper);

    /// <summary>Lookup class members.</summary>
    public const string Papers = nameof(Papers);

    /// <summary>The suffix of a link's constant: <c>Paper</c> → <c>PaperUrl</c>.</summary>
    public const string UrlSuffix = "Url";

    /// <summary>What every entry class declares besides link and unknown-column constants.</summary>
    public static readonly string[] EntryMembers = { Name, Title, VenueText, Remarks, Year, Month, Paper };

    /// <summary>What the root class declares besides its sections and root-level entries.</summary>
    public static readonly string[] RootMembers = { All, Find, Venues, Institutions, Years };

    /// <summary>What a lookup class (a venue, an institution, a year) declares.</summary>
    public static readonly string[] LookupMembers = { Name, Year, Venue, Papers };
}
