using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Tests.Extraction.Canonicalization;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Faster R-CNN", "faster RCNN")]
    [InlineData("Mixture-of-Experts", "mixture of experts")]
    [InlineData("DETRs", "DETR")]
    [InlineData("Fr\\'echet Inception Distance", "Fréchet Inception Distance")]
    [InlineData("Transformers", "transformer")]
    public void Key_Variants_AreEqual(string a, string b)
    {
        Assert.Equal(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }

    [Theory]
    [InlineData("FastSpeech", "FastSpeech 2")]
    [InlineData("Llama 3.1", "Llama 31")]
    [InlineData("RefCOCO", "RefCOCO+")]
    [InlineData("ATSS", "ATS")]
    public void Key_DistinctNames_Differ(string a, string b)
    {
        Assert.NotEqual(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }
}
