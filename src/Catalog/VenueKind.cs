// Shared with the generator, which compiles this file into a namespace of its own: a test project
// that sees both assemblies' internals must not meet two types of one name.
#if PAPERCATALOG_GENERATOR
namespace PaperCatalog.Generator.Shared;
#else
namespace PaperCatalog;
#endif

/// <summary>What kind of venue a paper appeared at.</summary>
#if PAPERCATALOG_GENERATOR
internal
#else
public
#endif
enum VenueKind
{
    /// <summary>The venue did not parse (the build reports PCAT401).</summary>
    Unknown,

    /// <summary>A conference (also the kind of a venue PaperCatalog does not know).</summary>
    Conference,

    /// <summary>A journal (CSUR, TPDS, JMLR, …).</summary>
    Journal,

    /// <summary>A workshop: a known one (HotOS, DLP-KDD) or any venue whose text says Workshop.</summary>
    Workshop,

    /// <summary>A preprint: <c>arXiv &lt;id&gt;</c>.</summary>
    Preprint,
}
