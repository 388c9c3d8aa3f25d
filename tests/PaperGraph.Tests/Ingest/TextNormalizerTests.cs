using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  a  b\n\nc\t", "a b c")]
    [InlineData("x\u0000\u0007y", "x y")]
    [InlineData("no\u00a0break\u2009thin", "no break thin")]
    [InlineData("keep — “quotes” and é", "keep — “quotes” and é")]
    [InlineData("\r\n", "")]
    [InlineData("", "")]
    public void Collapse_Whitespace_BecomesSingleSpaces(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Collapse(input));
        Assert.True(TextNormalizer.IsCollapsed(expected));
    }

    [Fact]
    public void Collapse_AlreadyCollapsed_ReturnsTheSameInstance()
    {
        const string text = "Already fine.";

        Assert.Same(text, TextNormalizer.Collapse(text));
    }

    [Theory]
    [InlineData("a  b")]
    [InlineData(" a")]
    [InlineData("a\nb")]
    public void IsCollapsed_UncollapsedText_IsFalse(string text)
    {
        Assert.False(TextNormalizer.IsCollapsed(text));
    }

    [Fact]
    public void CollapseInPlace_RandomText_MatchesTheCharacterByCharacterDefinition()
    {
        var random = new Random(1234);
        const string alphabet = "ab  \n\t\r\u00a0\u2009\u0000.é🚀";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = string.Join(' ', Words(text));

            var buffer = text.ToCharArray();
            var length = TextNormalizer.CollapseInPlace(buffer);

            Assert.Equal(expected, new string(buffer, 0, length));
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (!TextNormalizer.IsSpace(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }
}
