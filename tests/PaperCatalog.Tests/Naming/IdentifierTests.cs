using PaperCatalog.Generator.Naming;

namespace PaperCatalog.Tests.Naming;

/// <summary>The identifier rule on its own, and how long names are cut.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("LLaMA 2", "LLaMA2")]
    [InlineData("Microsecond-scale Preemption for Concurrent GPU-accelerated DNN Inferences", "MicrosecondScalePreemptionForConcurrent")]
    [InlineData("Serving Unseen Deep Learning Models with Near-Optimal Configurations", "ServingUnseenDeepLearningModels")]
    [InlineData("Institute of Software, Chinese Academy of Sciences", "InstituteOfSoftwareChineseAcademy")]
    [InlineData("3D Gaussian Splatting for Real-Time Radiance Field Rendering of Scenes", "_3DGaussianSplattingForRealTimeRadiance")]
    [InlineData("Pneumonoultramicroscopicsilicovolcanoconiosisology and more", "Pneumonoultramicroscopicsilicovolcanocon")]
    public void Names_make_identifiers_of_forty_characters_at_most_cut_after_a_whole_word(string name, string identifier)
    {
        Assert.Equal(identifier, Identifiers.FromName(name));
        Assert.True(identifier.Length <= Identifiers.MaxLength);
    }

    [Fact]
    public void A_lookup_key_is_cut_only_at_the_limit_of_CSharp()
    {
        Assert.True(Identifiers.TryFromKey("International Conference on Robotics and Automation ICRA", out var identifier, out _));
        Assert.Equal("InternationalConferenceOnRoboticsAndAutomationICRA", identifier);
        Assert.False(Identifiers.TryFromKey(new string('a', 600), out _, out var problem));
        Assert.Contains("512", problem);
    }

    [Fact]
    public void A_scope_numbers_a_name_that_is_taken()
    {
        var scope = new MemberScope("Orca", new[] { "Name", "Paper" });

        Assert.Equal("CodeUrl", scope.Numbered("Code", "Url"));
        scope.Take("CodeUrl", new ScopeMember(MemberKind.Link, "Code", null));
        Assert.Equal("Code2Url", scope.Numbered("Code", "Url"));
        Assert.Equal("Paper2", scope.Numbered("Paper"));
        Assert.Equal("Orca2", scope.Numbered("Orca"));
        scope.Take("SageAttention2", new ScopeMember(MemberKind.Entry, "SageAttention2", null));
        Assert.Equal("SageAttention2_2", scope.Numbered("SageAttention2"));
    }
}
