using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public class IgnoreCaseSearchTests
{
    [Theory]
    [InlineData("Cyclical Curriculum Learning (CCL) ... cyclical curriculum learning", "cyclical curriculum learning")]
    [InlineData("no match here", "curriculum")]
    [InlineData("Dotless ıdentity and long ſtate", "identity")]
    [InlineData("Dotless ıdentity and long ſtate", "state")]
    [InlineData("Kelvin \u212Aelvin kelvin", "kelvin")]
    [InlineData("ab", "abc")]
    [InlineData("éclair Éclair", "éclair")]
    public void IndexOf_EveryStart_AgreesWithTheRuntime(string text, string value)
    {
        for (var start = 0; start <= text.Length; start++)
        {
            var count = text.Length - start;
            Assert.Equal(text.IndexOf(value, start, count, StringComparison.OrdinalIgnoreCase), IgnoreCaseSearch.IndexOf(text, value, start, count));
        }
    }

    [Fact]
    public void IndexOf_RandomTexts_AgreesWithTheRuntime()
    {
        var random = new Random(7);
        const string alphabet = "abcsSiIKkıſ \u212A-é";
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var value = new string([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(0, text.Length + 1);
            var count = random.Next(0, text.Length - start + 1);

            Assert.Equal(text.IndexOf(value, start, count, StringComparison.OrdinalIgnoreCase), IgnoreCaseSearch.IndexOf(text, value, start, count));
        }
    }
}
