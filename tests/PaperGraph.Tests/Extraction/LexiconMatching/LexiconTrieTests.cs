using PaperGraph.Extraction;
using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Tests.Extraction.LexiconMatching;

public class LexiconTrieTests
{
    private static readonly LexiconIndex Index = new(TestExtraction.SmallLexicon);

    private static string? Match(string text, int start = 0)
    {
        if (!Index.Trie.TryMatchLongest(text, start, ExtractionCues.Default, out var m)) return null;
        return text[m.Start..m.End] + " -> " + Index.Entries[m.Entry].Name;
    }

    [Theory]
    [InlineData("Faster RCNN is fast", "Faster RCNN -> Faster R-CNN")]
    [InlineData("Faster R-CNN is fast", "Faster R-CNN -> Faster R-CNN")]
    [InlineData("Mixture of Experts layers", "Mixture of Experts -> mixture of experts")]
    [InlineData("mixture-of-experts layers", "mixture-of-experts -> mixture of experts")]
    [InlineData("diffusion models work", "diffusion models -> diffusion model")]
    [InlineData("Contrastive Learning helps", "Contrastive Learning -> contrastive learning")]
    [InlineData("GANs are unstable", "GANs -> GAN")]
    [InlineData("unconditional image generation task", "unconditional image generation -> unconditional image generation")]
    [InlineData("Llama 3.1 is open", "Llama 3.1 -> Llama 3.1")]
    [InlineData("CLIP-based retrieval", "CLIP -> CLIP")]
    public void TryMatchLongest_Variants_MatchTheEntry(string text, string expected)
    {
        Assert.Equal(expected, Match(text));
    }

    [Theory]
    [InlineData("adam is lower case")]
    [InlineData("ImageNetX")]
    [InlineData("DETRX improves")]
    [InlineData("Llama 3.15 is not 3.1")]
    [InlineData("CLIP-ViT is another name")]
    [InlineData("natural questions are asked")]
    public void TryMatchLongest_NotTheName_DoesNotMatch(string text)
    {
        Assert.Null(Match(text));
    }

    [Fact]
    public void TryMatchLongest_CaseSensitiveForm_NeedsExactCase()
    {
        Assert.Equal("Adam -> Adam", Match("Adam converges"));
        Assert.Null(Match("ADAM converges"));
        Assert.Equal("Natural Questions -> Natural Questions", Match("Natural Questions is a dataset"));
    }

    [Fact]
    public void TryMatchExact_WholeSurface_FindsEntry()
    {
        Assert.True(Index.TryLookup("Mixture-of-Experts", out var entry));
        Assert.Equal("mixture of experts", entry.Name);
        Assert.False(Index.TryLookup("Mixture-of-Experts layer", out _));
    }

    [Fact]
    public void EntriesAt_SharedForm_ReturnsEveryEntry()
    {
        const string text = "MAE works";
        Assert.True(Index.Trie.TryMatchLongest(text, 0, ExtractionCues.Default, out var m));
        Span<int> entries = stackalloc int[4];
        var count = Index.Trie.EntriesAt(text, m, entries);
        var types = entries[..count].ToArray().Select(e => Index.Entries[e].Type).OrderBy(t => t);
        Assert.Equal([EntityType.Method, EntityType.Metric], types);
    }

    [Theory]
    [InlineData("large language models", true)]
    [InlineData("LLMs", true)]
    [InlineData("Framework", true)]
    [InlineData("DETR", false)]
    public void IsGeneric_GenericTerms_AnyCaseAndNumber(string surface, bool expected)
    {
        Assert.Equal(expected, Index.IsGeneric(surface));
    }

    [Fact]
    public void Build_SpellingsDifferingInSeparators_BothMatch()
    {
        var lexicon = TestExtraction.Lexicon("Method\tlearning rate warmup\tlearning rate warm-up");
        var trie = new LexiconIndex(lexicon).Trie;
        Assert.True(trie.TryMatchLongest("a learning rate warm-up phase", 2, ExtractionCues.Default, out var m));
        Assert.Equal(23, m.End);
        Assert.True(trie.TryMatchLongest("a learning rate warmup phase", 2, ExtractionCues.Default, out _));
    }

    [Theory]
    [InlineData("Shap-E", false)]
    [InlineData("Make-A-Video", false)]
    [InlineData("Inception Score", true)]
    [InlineData("No-U-Turn Sampler", true)]
    public void IsTitleCasePhrase_LoneCapitalLetters_AreNotTitleCase(string form, bool expected)
    {
        Assert.Equal(expected, LexiconFormRules.IsTitleCasePhrase(form));
    }

    [Fact]
    public void TryMatchLongest_LetterOfAName_DoesNotMatchAWord()
    {
        var index = new LexiconIndex(TestExtraction.Lexicon("Method\tShap-E", "Method\tMake-A-Video"));
        Assert.False(index.Trie.TryMatchLongest("the shape of objects", 4, ExtractionCues.Default, out _));
        Assert.False(index.Trie.TryMatchLongest("we make a video", 3, ExtractionCues.Default, out _));
        Assert.True(index.Trie.TryMatchLongest("Shap-E renders", 0, ExtractionCues.Default, out _));
    }

    [Fact]
    public void TryMatchLongest_CaseSensitiveTask_MatchesItsTitleCase()
    {
        var index = new LexiconIndex(TestExtraction.Lexicon("Task\t3D object detection", "Metric\ttop-1 accuracy"));
        Assert.True(index.Trie.TryMatchLongest("Deep Voting for 3D Object Detection", 16, ExtractionCues.Default, out var m) && m.End == 35);
        Assert.True(index.Trie.TryMatchLongest("Top-1 accuracy rises", 0, ExtractionCues.Default, out _));
        Assert.False(index.Trie.TryMatchLongest("3D OBJECT DETECTION", 0, ExtractionCues.Default, out _));
    }
}
