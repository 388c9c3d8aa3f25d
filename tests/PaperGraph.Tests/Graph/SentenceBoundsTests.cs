using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

public sealed class SentenceBoundsTests
{
    private static string SentenceAround(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        var (start, end) = SentenceBounds.Of(text).Around(at, at + part.Length);
        return text[start..end];
    }

    [Theory]
    [InlineData("We use ResNet, e.g. on ImageNet. It works.", "ImageNet", "We use ResNet, e.g. on ImageNet.")]
    [InlineData("As in Smith et al. (2020), FID drops. Next one.", "FID", "As in Smith et al. (2020), FID drops.")]
    [InlineData("Accuracy rises to 81.5 on v1.2 data. Then more.", "v1.2", "Accuracy rises to 81.5 on v1.2 data.")]
    [InlineData("See Fig. 3 for BLEU. Done.", "BLEU", "See Fig. 3 for BLEU.")]
    [InlineData("First. Second has DETR! Third?", "DETR", "Second has DETR!")]
    [InlineData("It uses X, i.e. Yes. Then Z.", "Z", "Then Z.")]
    [InlineData("Ends with a quote.\" Then LoRA follows.", "LoRA", "Then LoRA follows.")]
    public void Around_Span_ReturnsTheSentenceThatHoldsIt(string text, string part, string expected)
    {
        Assert.Equal(expected, SentenceAround(text, part));
    }

    [Fact]
    public void Around_SpanAcrossABoundary_CoversBothSentences()
    {
        const string text = "One ends here. Two starts here.";
        var (start, end) = SentenceBounds.Of(text).Around(10, 18);

        Assert.Equal(text, text[start..end]);
    }

    [Fact]
    public void Of_TextWithoutBoundary_IsOneSentenceWithoutOuterSpace()
    {
        const string text = "  a title without a full stop ";
        var bounds = SentenceBounds.Of(text);

        Assert.Equal(1, bounds.Count);
        Assert.Equal((2, 29), bounds.Around(4, 9));
    }

    [Fact]
    public void Of_LowerCaseAfterFullStop_IsNotABoundary()
    {
        Assert.Equal(1, SentenceBounds.Of("Values near 3. and more text follow").Count);
    }

    [Fact]
    public void Around_EmptySpanAtTheEnd_StaysInsideTheText()
    {
        const string text = "Only one sentence.";
        var (start, end) = SentenceBounds.Of(text).Around(text.Length, text.Length);

        Assert.InRange(start, 0, text.Length);
        Assert.Equal(text.Length, end);
    }
}
