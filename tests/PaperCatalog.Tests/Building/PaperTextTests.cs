using PaperCatalog.Generator.Building;
using PaperCatalog.Generator.Reading;

namespace PaperCatalog.Tests.Building;

/// <summary>The reader of a paper's text on its own: which part of a title line or a detail line plays which role.</summary>
public sealed class PaperTextTests
{
    private static string Read(string markdown, bool detail = false)
    {
        var content = new FieldReader(markdown, new MarkdownInlineReader(new Dictionary<string, string>())).ReadMarkdown(0, markdown.Length);
        var paper = new PaperText();
        var parts = detail ? paper.ReadDetail(content) : paper.ReadTitleLine(content);
        var roles = parts.Parts.Select(p => $"{p.Role}={content.Text.Substring(p.Start, p.End - p.Start)}");
        return string.Join(" | ", roles) + (parts.TitleLink >= 0 ? $" | link {parts.TitleLink}" : string.Empty);
    }

    [Theory]
    [InlineData("[Orca: A Distributed Serving System](https://e.com/o)", "TitleLink=Orca: A Distributed Serving System | link 0")]
    [InlineData("**Orca**: \"Orca: A Distributed Serving System\", *OSDI, July 2022*.", "ShortName=Orca | Title=Orca: A Distributed Serving System | Venue=OSDI, July 2022")]
    [InlineData("(2023-02) **LLaMA: Open Models.** Hugo Touvron, Thibaut Lavril [Paper](https://e.com/l)", "Date=2023-02 | Title=LLaMA: Open Models | Authors=Hugo Touvron, Thibaut Lavril")]
    [InlineData("[OSDI'24] [Fast: Quick](https://e.com/f)", "Venue=OSDI'24 | TitleLink=Fast: Quick | link 0")]
    [InlineData("[Vision] Seeing Things", "Tags=Vision | Title=Seeing Things")]
    // A venue in parentheses holds its link; its text is the link's label.
    [InlineData("Orca: A System ([OSDI 2022](https://e.com/osdi)) \\[[Paper](https://e.com/p)]", "Title=Orca: A System | Venue=OSDI 2022")]
    [InlineData("[Fast Things for Recommendation](https://e.com/f) (Wei Doe et al., WSDM 2023)", "TitleLink=Fast Things for Recommendation | Authors=Wei Doe et al. | Venue=WSDM 2023 | link 0")]
    [InlineData("ILS-SSL: [Fast Things for Speech](https://e.com/f)", "ShortName=ILS-SSL | TitleLink=Fast Things for Speech | link 0")]
    [InlineData("**Fast Things** [[pdf]](https://e.com/f) `2024-09-01` `Lean`", "Title=Fast Things | Date=2024-09-01 | Remarks=Lean")]
    public void A_title_line_is_cut_into_its_parts(string markdown, string parts) => Assert.Equal(parts, Read(markdown));

    [Theory]
    [InlineData("Jane Doe, John Roe. *ICLR 2024*", "Authors=Jane Doe, John Roe | Venue=ICLR 2024")]
    [InlineData("🏛️ Institutions: MIT, CMU", "Institutions=MIT, CMU")]
    [InlineData("📅 Date: June 2024", "Date=June 2024")]
    [InlineData("Key: planning, search", "Remarks=Key: planning, search")]
    [InlineData("*Doe M, Roe M, et al*. IEEE Access [J]. [[pdf](https://e.com/p)]", "Authors=Doe M, Roe M, et al | Venue=IEEE Access")]
    [InlineData("\\[**6.7B, 13B**]; _open-access_.", "Remarks=[6.7B, 13B]; open-access.")]
    [InlineData("Released with a _permissive_ license.", "Remarks=Released with a permissive license.")]
    public void A_detail_line_is_a_labelled_field_authors_a_venue_or_one_remark(string markdown, string parts) =>
        Assert.Equal(parts, Read(markdown, detail: true));

    [Theory]
    [InlineData("Jane Doe, John Roe", true)]
    [InlineData("J. Doe et al.", true)]
    [InlineData("Doe, Jane, et al.", true)]
    [InlineData("Jasdeep Singh, Bryan McCann, and Caiming Xiong", true)]
    [InlineData("Rong-Xi Tan, Ke Xue, Shen-Huan Lyu, yaowang, Chao Qian", true)]
    [InlineData("Seoul National University & FriendliAI", false)]
    [InlineData("UIUC, MIT, CMU", false)]
    [InlineData("Clean, minimal, accessible reproduction of the model", false)]
    [InlineData("Proceedings of the IEEE", false)]
    public void Authors_are_lists_of_peoples_names(string text, bool authors) =>
        Assert.Equal(authors, PaperText.LooksLikeAuthors(text));
}
