using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

public sealed class NameFolderTests
{
    [Theory]
    [InlineData("CIFAR-10", "cifar10")]
    [InlineData("Cifar 10", "cifar10")]
    [InlineData("Mixture-of-Experts", "mixtureofexpert")]
    [InlineData("GANs", "gan")]
    [InlineData("Transformers", "transformer")]
    [InlineData("loss", "loss")]
    [InlineData("corpus", "corpus")]
    [InlineData("analysis", "analysis")]
    [InlineData("DARTS", "darts")]
    [InlineData("IS", "is")]
    [InlineData("GPT-3.5", "gpt3.5")]
    [InlineData("C++", "c++")]
    [InlineData("ＣＩＦＡＲ", "cifar")]
    public void Fold_Name_GivesTheComparableForm(string name, string expected)
    {
        Assert.Equal(expected, NameFolder.Fold(name));
    }

    [Theory]
    [InlineData("FastSpeech", "FastSpeech 2")]
    [InlineData("GPT-3", "GPT-3.5")]
    [InlineData("Llama-3-8B", "Llama-3-70B")]
    [InlineData("DART", "DARTS")]
    public void Fold_Versions_StayApart(string a, string b)
    {
        Assert.NotEqual(NameFolder.Fold(a), NameFolder.Fold(b));
    }

    [Fact]
    public void Fold_KeyWithoutPlural_KeepsTheTrailingS()
    {
        Assert.Equal("darts", NameFolder.Fold("darts", plural: false));
        Assert.Equal("dart", NameFolder.Fold("darts"));
    }
}
