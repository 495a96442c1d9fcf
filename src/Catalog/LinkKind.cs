// Shared with the generator, which compiles this file into a namespace of its own: a test project
// that sees both assemblies' internals must not meet two types of one name.
#if PAPERCATALOG_GENERATOR
namespace PaperCatalog.Generator.Shared;
#else
namespace PaperCatalog;
#endif

/// <summary>What a link points at, recognized from its URL.</summary>
#if PAPERCATALOG_GENERATOR
internal
#else
public
#endif
enum LinkKind
{
    /// <summary>Not recognized: the value of <c>default(LinkKind)</c>; no link of a catalog has it.</summary>
    Unknown = 0,

    /// <summary>A path relative to the Markdown file (reading notes, another list), not resolved to a URL.</summary>
    Relative,

    /// <summary>Any other web page: a project page, documentation, a blog.</summary>
    ProjectPage,

    /// <summary>An arXiv abstract or PDF (<c>arxiv.org/abs/…</c>, <c>arxiv.org/pdf/…</c>); see <see cref="Link.ArxivId"/>.</summary>
    Arxiv,

    /// <summary>A DOI resolver link (<c>doi.org/10.…</c>); see <see cref="Link.Doi"/>.</summary>
    Doi,

    /// <summary>The ACM Digital Library (<c>dl.acm.org</c>); <see cref="Link.Doi"/> when the URL holds one.</summary>
    AcmDigitalLibrary,

    /// <summary>A USENIX page (<c>usenix.org</c>): papers and presentations of OSDI, NSDI, ATC, FAST.</summary>
    Usenix,

    /// <summary>A GitHub page; see <see cref="Link.GitHubRepository"/>.</summary>
    GitHub,

    /// <summary>A target of another scheme (<c>mailto:</c>, <c>ftp:</c>); PaperCatalog reports these as PCAT303.</summary>
    Other,
}
