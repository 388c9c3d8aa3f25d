using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("We use models (e.g. BERT) here. It works.", 2)]
    [InlineData("Prior work, i.e. Smith et al. (2020), fails. We fix it.", 2)]
    [InlineData("Ours vs. theirs. See Fig. 2 for details.", 2)]
    [InlineData("We reach IS=8.81 and FID 9.91 on CIFAR-10. It improves by 0.5%.", 2)]
    [InlineData("We fine-tune Llama-3.1 and v1.5 models. Results follow.", 2)]
    [InlineData("As J. Smith showed, it works. We agree.", 2)]
    [InlineData("Code is at https://github.com/a/b.c. We release it.", 2)]
    [InlineData("to the final outcome.As a result, the model fails.", 2)]
    [InlineData("Does it work? Yes! It does.", 3)]
    [InlineData("A list of datasets, etc. The rest follows.", 2)]
    public void Split_AbstractText_FindsTheSentences(string text, int expected)
    {
        Assert.Equal(expected, Split(text).Length);
    }

    [Fact]
    public void Split_MissingSpace_EndsFirstSentenceAtThePeriod()
    {
        var sentences = Split("The model learns the outcome.As a result, it fails.");
        Assert.Equal("The model learns the outcome.", sentences[0]);
        Assert.Equal("As a result, it fails.", sentences[1]);
    }

    [Fact]
    public void Split_SentenceRanges_CoverEveryTokenOnce()
    {
        var text = "One (e.g. two). Three vs. four. Five.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(0, sentences[0].FirstToken);
        for (var i = 1; i < sentences.Length; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        Assert.Equal(tokens.Length, sentences[^1].EndToken);
    }

    [Fact]
    public void Split_Empty_ReturnsNoSentence()
    {
        Assert.Empty(Split(""));
    }
}
