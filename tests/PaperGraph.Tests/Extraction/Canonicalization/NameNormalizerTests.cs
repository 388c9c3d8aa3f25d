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
    [InlineData("LLMs", "LLM")]
    [InlineData("GANs", "GAN")]
    public void Key_Variants_AreEqual(string a, string b)
    {
        Assert.Equal(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }

    [Theory]
    [InlineData("image patches", "image patch")]
    [InlineData("bounding boxes", "bounding box")]
    [InlineData("Gaussian processes", "Gaussian process")]
    [InlineData("contrastive losses", "contrastive loss")]
    [InlineData("polygon meshes", "polygon mesh")]
    [InlineData("Evolution Strategies", "evolution strategy")]
    [InlineData("LSUN Churches", "LSUN Church")]
    [InlineData("Universal Dependencies", "Universal Dependency")]
    public void Key_EsAndIesPlurals_FoldToTheSingular(string plural, string singular)
    {
        Assert.Equal(NameNormalizer.Key(singular), NameNormalizer.Key(plural));
    }

    [Theory]
    [InlineData("KV caches", "KV cache")]
    [InlineData("image sizes", "image size")]
    [InlineData("test cases", "test case")]
    [InlineData("movies", "movie")]
    [InlineData("time series", "time series")]
    public void Key_PluralsOfWordsEndingInE_KeepFoldingTheS(string plural, string singular)
    {
        Assert.Equal(NameNormalizer.Key(singular), NameNormalizer.Key(plural));
    }

    [Theory]
    [InlineData("FastSpeech", "FastSpeech 2")]
    [InlineData("Llama 3.1", "Llama 31")]
    [InlineData("RefCOCO", "RefCOCO+")]
    [InlineData("ATSS", "ATS")]
    [InlineData("RMSEs", "RMS")]
    [InlineData("MUSES", "MUS")]
    [InlineData("Moses", "MOS")]
    [InlineData("Mises", "MIS")]
    [InlineData("Bayes", "Bay")]
    [InlineData("Hermes", "Herm")]
    public void Key_DistinctNames_Differ(string a, string b)
    {
        Assert.NotEqual(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }

    [Theory]
    [InlineData("Naive Bayes")]
    [InlineData("Hermes")]
    [InlineData("SNLI")]
    public void Key_NamesEndingInEsThatAreNoPlurals_KeepTheirLettersBeforeTheS(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        var key = NameNormalizer.Key(name);

        Assert.StartsWith(key, letters, StringComparison.Ordinal);
        Assert.True(letters.Length - key.Length <= 1, $"'{name}' keyed '{key}'");
    }
}
