namespace PaperCatalog;

/// <summary>What a <see cref="PaperKey"/> is made from, strongest evidence first.</summary>
public enum PaperKeyKind
{
    /// <summary>Not a key: the value of <c>default(PaperKeyKind)</c>; no key has it.</summary>
    Unknown = 0,

    /// <summary>The arXiv identifier without version (<c>arXiv:2305.05920</c>).</summary>
    Arxiv = 1,

    /// <summary>The DOI, in lower case (<c>doi:10.1145/3302424.3303953</c>).</summary>
    Doi = 2,

    /// <summary>The OpenReview forum identifier (<c>openreview:rJl-b3RcF7</c>).</summary>
    OpenReview = 3,

    /// <summary>The ACL Anthology identifier (<c>acl:2023.acl-long.1</c>).</summary>
    AclAnthology = 4,

    /// <summary>A USENIX paper: conference and presentation (<c>usenix:osdi22/yu</c>), from its page or its PDF.</summary>
    Usenix = 5,

    /// <summary>A PMLR paper: volume and paper (<c>pmlr:v202/liu23am</c>).</summary>
    Pmlr = 6,

    /// <summary>A NeurIPS proceedings paper, by its hash or number (<c>neurips:3f5ee243547dee91fbd053c1c4a845aa</c>).</summary>
    NeurIps = 7,

    /// <summary>A CVF open access paper, by its file name (<c>cvf:he_deep_residual_learning_cvpr_2016_paper</c>).</summary>
    Cvf = 8,

    /// <summary>The paper link's URL without scheme, <c>www.</c>, fragment or trailing slash (<c>url:example.org/p.pdf</c>).</summary>
    Url = 9,

    /// <summary>The title in lower case, letters and digits only (<c>title:fast things doing it quickly</c>).</summary>
    Title = 10,

    /// <summary>The entry's name, normalized as a title is: an entry with neither link nor title (<c>name:orca</c>).</summary>
    Name = 11,
}
