using PaperGraph.Extraction.Acronyms;
using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Tests.Extraction.Acronyms;

public class LongFormResemblanceTests
{
    private static LexiconEntry Entry(string name, params string[] aliases) => new(EntityType.Method, name, aliases);

    [Theory]
    [InlineData("Proximal Policy Optimisation", "PPO")]
    [InlineData("Reinforcement Learning with Human Feedback", "RLHF")]
    [InlineData("Contrastive Language-Image Pretraining", "CLIP")]
    public void Resembles_SpellingOfTheEntry_True(string longForm, string shortForm)
    {
        var entry = Entry("X", "proximal policy optimization", "reinforcement learning from human feedback", "Contrastive Language-Image Pre-training");
        Assert.True(LongFormResemblance.Resembles(longForm, entry, shortForm));
    }

    [Theory]
    [InlineData("Semantic Attention Module", "SAM")]
    [InlineData("Spatial Alignment Model", "SAM")]
    public void Resembles_OtherThingWithTheSameLetters_False(string longForm, string shortForm)
    {
        Assert.False(LongFormResemblance.Resembles(longForm, Entry("Segment Anything Model", "SAM"), shortForm));
    }

    [Fact]
    public void Resembles_SingleWordEntry_ComparesTheWord()
    {
        var accuracy = Entry("accuracy", "ACC", "Acc");
        Assert.False(LongFormResemblance.Resembles("anterior cingulate cortex", accuracy, "ACC"));
        Assert.True(LongFormResemblance.Resembles("classification accuracy", accuracy, "ACC"));
    }

    [Fact]
    public void Resembles_NestedShortForm_StandsForItsWords()
    {
        Assert.True(LongFormResemblance.Resembles("image QA", Entry("image quality assessment", "IQA"), "IQA"));
    }

    [Fact]
    public void Resembles_EntryWrittenOnlyAsTheShortForm_CannotDisagree()
    {
        Assert.True(LongFormResemblance.Resembles("Bidirectional Encoder Representations from Transformers", Entry("BERT"), "BERT"));
    }
}
