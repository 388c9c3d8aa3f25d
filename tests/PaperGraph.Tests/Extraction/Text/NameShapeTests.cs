using PaperGraph.Extraction;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public class NameShapeTests
{
    private static bool Shaped(string word) => NameShape.IsNameShaped(word, Tokenizer.Tokenize(word).Single());

    [Theory]
    [InlineData("DETR")]
    [InlineData("ScaLearn")]
    [InlineData("GPT-4o")]
    [InlineData("Phi3")]
    [InlineData("word2vec")]
    [InlineData("Co-DETR")]
    [InlineData("FoMo-in-Flux")]
    [InlineData("mIoU")]
    [InlineData("DINO-Deformable-DETR")]
    [InlineData("SSRFlow")]
    [InlineData("MLPerf")]
    public void IsNameShaped_Names_True(string word) => Assert.True(Shaped(word));

    [Theory]
    [InlineData("Transformer")]
    [InlineData("Short-Term")]
    [InlineData("3D")]
    [InlineData("7B")]
    [InlineData("10x")]
    [InlineData("top-1")]
    [InlineData("no-CL")]
    [InlineData("CO_2")]
    [InlineData("model")]
    public void IsNameShaped_NonNames_False(string word) => Assert.False(Shaped(word));

    [Theory]
    [InlineData("CNN-based", 3)]
    [InlineData("BERT-style", 4)]
    [InlineData("Alpha-divergence", 16)]
    [InlineData("R-CNN", 5)]
    public void WithoutModifier_TrailingModifier_IsDropped(string word, int expected)
    {
        Assert.Equal(expected, NameShape.WithoutModifier(word, ExtractionCues.Default));
    }

    [Theory]
    [InlineData("OPT-125M", true)]
    [InlineData("Llama 3.1 8B", true)]
    [InlineData("CIFAR-10", false)]
    [InlineData("FSD50K", false)]
    public void HasModelSize_ParameterCountSuffix_IsDetected(string name, bool expected)
    {
        Assert.Equal(expected, NameShape.HasModelSize(name));
    }
}
