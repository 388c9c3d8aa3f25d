namespace PaperGraph.Tests.Vocabulary;

public class PaperIdTests
{
    [Theory]
    [InlineData("2106.09685", "arxiv:2106.09685")]
    [InlineData("2106.09685v3", "arxiv:2106.09685")]
    [InlineData("https://arxiv.org/abs/2106.09685v2", "arxiv:2106.09685")]
    [InlineData("arXiv:1706.03762", "arxiv:1706.03762")]
    [InlineData("hep-th/9901001", "arxiv:hep-th/9901001")]
    [InlineData("http://arxiv.org/abs/cs/0112017v1", "arxiv:cs/0112017")]
    public void Choose_ArxivIdInAnyForm_GivesArxivId(string given, string expected)
    {
        Assert.Equal(expected, PaperId.Choose(given, null, null, "t").Value);
    }

    [Fact]
    public void Choose_DoiInUrl_GivesLowerCaseDoi()
    {
        var id = PaperId.Choose(null, "https://doi.org/10.1109/CVPR.2016.90", null, "Deep Residual Learning");
        Assert.Equal("doi:10.1109/cvpr.2016.90", id.Value);
    }

    [Fact]
    public void Choose_OwnIdWithoutArxivOrDoi_UsesTitleHash()
    {
        // Conference lists reuse ids ("cvpr2019-" for a thousand papers); the title tells papers apart.
        var a = PaperId.Choose("cvpr2019-", "https://papers.nips.cc/x", null, "Paper A");
        var b = PaperId.Choose("cvpr2019-", null, null, "Paper B");
        Assert.Equal(PaperId.FromTitle("Paper A"), a);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void FromTitle_CaseSpacingAndPunctuationVariants_AreOneId()
    {
        var a = PaperId.FromTitle("FastSpeech 2: Fast and High-Quality End-to-End Text to Speech");
        var b = PaperId.FromTitle("fastspeech 2 -- fast and high quality end to end text-to-speech ");
        Assert.Equal(a, b);
        Assert.NotEqual(a, PaperId.FromTitle("FastSpeech: Fast, Robust and Controllable Text to Speech"));
        Assert.StartsWith("title:", a.Value);
    }
}
