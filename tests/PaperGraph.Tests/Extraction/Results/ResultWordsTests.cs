using PaperGraph.Extraction.Results;

namespace PaperGraph.Tests.Extraction.Results;

public class ResultWordsTests
{
    [Theory]
    [InlineData("parameters", nameof(WordClass.CountNoun))]
    [InlineData("GPUs", nameof(WordClass.CountNoun))]
    [InlineData("billion", nameof(WordClass.Magnitude))]
    [InlineData("Table", nameof(WordClass.Reference))]
    [InlineData("speed-up", nameof(WordClass.Speed))]
    [InlineData("Reduces", nameof(WordClass.ChangeVerb))]
    [InlineData("over", nameof(WordClass.Baseline))]
    public void Of_EmbeddedWordList_KnowsTheWord(string word, string expected)
    {
        Assert.True(ResultWords.Is(word, Enum.Parse<WordClass>(expected)));
    }

    [Fact]
    public void Of_UnknownWord_HasNoClass()
    {
        Assert.Equal(WordClass.None, ResultWords.Of("ImageNet"));
    }

    [Fact]
    public void Parse_WordUnderTwoClasses_HasBoth()
    {
        var words = ResultWords.Parse(new StringReader("# comment\nUp\thigher\nDeltaCue\thigher better\n"));

        Assert.Equal(WordClass.Up | WordClass.DeltaCue, words["HIGHER"]);
        Assert.Equal(WordClass.DeltaCue, words["better"]);
    }

    [Theory]
    [InlineData("NoSuchClass\tword")]
    [InlineData("Up word without tab")]
    [InlineData("None\tword")]
    public void Parse_MalformedLine_NamesTheLine(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => ResultWords.Parse(new StringReader("Up\thigher\n" + line)));

        Assert.Contains(":2:", error.Message);
    }
}
