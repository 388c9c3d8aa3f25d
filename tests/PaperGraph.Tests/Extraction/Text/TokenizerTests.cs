using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Faster R-CNN and ViT-L/16 beat Llama-3-8B.", "Faster|R-CNN|and|ViT-L/16|beat|Llama-3-8B|.")]
    [InlineData("mR@50 and pass@1 on RefCOCO+ (Qwen2.5-VL-7B)", "mR@50|and|pass@1|on|RefCOCO+|(|Qwen2.5-VL-7B|)")]
    [InlineData("IS=8.81pm0.10, FID=9.91", "IS|=|8.81pm0.10|,|FID|=|9.91")]
    [InlineData("up to 0.5% of 96,962 theorems", "up|to|0.5|%|of|96,962|theorems")]
    [InlineData("Llama 3.1 8B's win rate", "Llama|3.1|8B|'|s|win|rate")]
    [InlineData("state-of-the-art text-to-image (T2I) models", "state-of-the-art|text-to-image|(|T2I|)|models")]
    [InlineData("ST+MJ, C++ and 1/2", "ST+MJ|,|C++|and|1|/|2")]
    public void Tokenize_NamesAndNumbers_KeepsThemWhole(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Words(text));
    }

    [Fact]
    public void Tokenize_DottedAbbreviations_AreOneToken()
    {
        var text = "models (e.g., BERT) as in Smith et al. and Fig. 2, i.e. more";
        var tokens = Tokenizer.Tokenize(text);
        var abbreviations = tokens.Where(t => t.Kind == TokenKind.Abbreviation).Select(t => text[t.Start..t.End]);
        Assert.Equal(["e.g.", "al.", "Fig.", "i.e."], abbreviations);
    }

    [Fact]
    public void Tokenize_Url_IsOneTokenWithoutTrailingPeriod()
    {
        var text = "Code: https://github.com/marsggbo/EAGAN. Next";
        var url = Tokenizer.Tokenize(text).Single(t => t.Kind == TokenKind.Url);
        Assert.Equal("https://github.com/marsggbo/EAGAN", text[url.Start..url.End]);
    }

    [Fact]
    public void Tokenize_Shapes_DescribeCaseAndDigits()
    {
        var text = "DETR ScaLearn Phi3 dropout Adam";
        var shapes = Tokenizer.Tokenize(text).Select(t => t.Shape).ToArray();
        Assert.True(shapes[0].HasFlag(TokenShape.AllUpper));
        Assert.True(shapes[1].HasFlag(TokenShape.InnerUpper));
        Assert.True(shapes[2].HasFlag(TokenShape.HasDigit) && shapes[2].HasFlag(TokenShape.Capitalized));
        Assert.True(shapes[3].HasFlag(TokenShape.AllLower));
        Assert.False(shapes[4].HasFlag(TokenShape.AllUpper));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tokenize_RandomText_OffsetsAreOrderedAndInBounds(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "aZ9 .-/@+_,;:()[]\"'é€\n\t%±×–—Q";
        var text = new string(Enumerable.Range(0, 2000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[t.Start]));
            previousEnd = t.End;
        }
    }
}
