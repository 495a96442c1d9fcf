using System;
using System.Collections.Generic;
using PaperCatalog.Generator.Shared;

namespace PaperCatalog.Generator.Building;

/// <summary>A venue cut into its parts: <c>MLSys 2022 Workshop on Cloud Intelligence</c> → MLSys, 2022, the rest.</summary>
internal readonly struct VenueParts
{
    public VenueParts(string name, int year, VenueKind kind, string? arxivId, string? detail)
    {
        Name = name;
        Year = year;
        Kind = kind;
        ArxivId = arxivId;
        Detail = detail;
    }

    /// <summary>The venue's name with known spellings normalized (<c>OSDI</c>, <c>EuroSys</c>, <c>arXiv</c>).</summary>
    public string Name { get; }

    /// <summary>The year (a preprint's from its arXiv identifier).</summary>
    public int Year { get; }

    public VenueKind Kind { get; }

    /// <summary>The arXiv identifier of a preprint (<c>2305.05920</c>), or null.</summary>
    public string? ArxivId { get; }

    /// <summary>What follows the year (<c>Workshop on Cloud Intelligence / AIOps</c>), or null.</summary>
    public string? Detail { get; }
}

/// <summary>
/// The venue grammar: <c>arXiv &lt;id&gt;</c> for a preprint, or <c>&lt;name&gt; &lt;year&gt; [&lt;detail&gt;]</c>,
/// where the name is one or more words and the year has four digits (19xx or 20xx). Known names are
/// normalized to one spelling and give the kind; a venue that mentions a workshop is one.
/// </summary>
internal static class VenueParser
{
    public const string ArxivName = "arXiv";

    /// <summary>Known venues: the spelling used, and the kind. Lookup ignores case, so <c>Eurosys</c> is EuroSys.</summary>
    /// <remarks>NIPS and NeurIPS stay distinct: the conference was renamed in 2018 and lists keep the name of the year.</remarks>
    private static readonly Dictionary<string, (string Name, VenueKind Kind)> Known = CreateKnown();

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string text, out VenueParts venue, out string problem)
    {
        venue = default;
        problem = string.Empty;
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            problem = "it is empty";
            return false;
        }

        if (words[0].StartsWith(ArxivName, StringComparison.OrdinalIgnoreCase))
        {
            return TryParseArxiv(words, out venue, out problem);
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!IsYear(words[i]))
            {
                continue;
            }

            if (i == 0)
            {
                problem = "it has no name before the year; write it as 'OSDI 2022'";
                return false;
            }

            var detail = i + 1 < words.Length ? string.Join(" ", words, i + 1, words.Length - i - 1) : null;
            var written = string.Join(" ", words, 0, i);
            var (name, kind) = Known.TryGetValue(written, out var known) ? known : (written, VenueKind.Conference);
            if (Mentions(written, "workshop") || (detail is not null && Mentions(detail, "workshop")))
            {
                kind = VenueKind.Workshop;
            }

            venue = new VenueParts(name, int.Parse(words[i], System.Globalization.CultureInfo.InvariantCulture), kind, null, detail);
            return true;
        }

        foreach (var word in words)
        {
            if (LooksLikeYear(word))
            {
                problem = $"'{word}' is not a year; write four digits, as in 'OSDI 2022'";
                return false;
            }
        }

        problem = "it has no year; write it as '<name> <year>' (as in 'OSDI 2022'), or a preprint as 'arXiv 2305.05920'";
        return false;
    }

    /// <summary>Whether the text starts with the name of a known venue (<c>OSDI 2O22</c> does), as a word.</summary>
    public static bool StartsWithKnownName(string text)
    {
        var words = text.Split(new[] { ' ' }, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Known.ContainsKey(words[0]) || (words.Length > 1 && Known.ContainsKey(words[0] + " " + words[1])));
    }

    private static bool TryParseArxiv(string[] words, out VenueParts venue, out string problem)
    {
        venue = default;
        string id;
        int restStart;
        var attached = words[0].Substring(ArxivName.Length).TrimStart(':');
        if (attached.Length > 0)
        {
            // "arXiv:2305.05920"
            id = attached;
            restStart = 1;
        }
        else if (words.Length >= 2)
        {
            // "arXiv 2305.05920", "arXiv: 2310.07177"
            id = words[1].TrimStart(':');
            restStart = 2;
        }
        else
        {
            problem = "it names arXiv but no identifier; write it as 'arXiv 2305.05920'";
            return false;
        }

        var bare = LinkClassifier.StripArxivVersion(id);
        if (!LinkClassifier.IsArxivId(bare))
        {
            problem = $"'{id}' is not an arXiv identifier, which has the form YYMM.NNNNN (as in 'arXiv 2305.05920')";
            return false;
        }

        var detail = restStart < words.Length ? string.Join(" ", words, restStart, words.Length - restStart) : null;
        venue = new VenueParts(ArxivName, ArxivYear(bare), VenueKind.Preprint, bare, detail);
        problem = string.Empty;
        return true;
    }

    private static int ArxivYear(string id)
    {
        var slash = id.IndexOf('/');
        var yy = int.Parse(slash >= 0 ? id.Substring(slash + 1, 2) : id.Substring(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    private static bool Mentions(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsYear(string word) =>
        word.Length == 4 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && char.IsDigit(word[2]) && char.IsDigit(word[3])
        && word[0] < 128 && word[1] < 128 && word[2] < 128 && word[3] < 128
        && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    /// <summary>
    /// A word that was meant as a year but is not one: a letter standing in for a digit (<c>2O22</c>),
    /// a digit too many or too few (<c>202</c>, <c>20222</c>), an abbreviation (<c>'22</c>), or four
    /// digits outside 1900–2099.
    /// </summary>
    private static bool LooksLikeYear(string word)
    {
        var body = word.StartsWith("'", StringComparison.Ordinal) ? word.Substring(1) : word;
        var digits = 0;
        var lookalikes = 0;
        foreach (var c in body)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is 'O' or 'o' or 'I' or 'l')
            {
                lookalikes++;
            }
            else
            {
                return false;
            }
        }

        return digits >= 2 && (lookalikes > 0 || body.Length != word.Length || body.Length is 3 or 4 or 5);
    }

    private static Dictionary<string, (string Name, VenueKind Kind)> CreateKnown()
    {
        var known = new Dictionary<string, (string, VenueKind)>(StringComparer.OrdinalIgnoreCase);
        void Add(VenueKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                known[name] = (name, kind);
            }
        }

        Add(VenueKind.Conference,
            "OSDI", "SOSP", "NSDI", "ATC", "EuroSys", "ASPLOS", "ISCA", "MICRO", "HPCA", "SC", "PPoPP", "SoCC", "MLSys",
            "ICML", "NeurIPS", "NIPS", "ICLR", "KDD", "SIGCOMM", "VLDB", "SIGMOD", "FAST", "IISWC", "ICDE", "WWW", "AAAI",
            "IJCAI", "ACL", "EMNLP", "NAACL", "CVPR", "ICCV", "ECCV", "Middleware", "HPDC", "ICS", "IPDPS", "CLUSTER", "DAC",
            "ICDCS", "INFOCOM", "MobiCom", "MobiSys", "CIKM", "RecSys", "SIGIR", "WSDM", "PACT", "CGO", "PLDI", "POPL",
            "OOPSLA", "SIGMETRICS", "IMC", "CoNEXT", "DSN", "Euro-Par", "PODC", "SPAA", "ICPP", "ISPASS", "USENIX Security",
            "CCS", "S&P");
        Add(VenueKind.Workshop, "HotOS", "HotCloud", "HotNets", "HotStorage", "DLP-KDD", "DLRS", "EuroMLSys", "APSys");
        Add(VenueKind.Journal, "CSUR", "TOCS", "TPDS", "TC", "TOS", "TACO", "JMLR", "VLDBJ", "PVLDB", "TKDE", "TMLR", "CACM", "JSAC", "TON", "TOPLAS");

        // Other spellings of the same venue.
        known["USENIX ATC"] = ("ATC", VenueKind.Conference);
        known["Proc. VLDB"] = ("PVLDB", VenueKind.Journal);
        return known;
    }
}
