namespace PaperGraph.Tests.Extraction.LexiconMatching;

public class LexiconRecognizerTests
{
    [Fact]
    public void Extract_AliasAndCanonical_MeetOnTheLexiconKey()
    {
        var a = TestExtraction.Extract("Speeding up Faster RCNN", "We train Faster RCNN.");
        var b = TestExtraction.Extract("A study", "Faster R-CNN is a detector.");
        Assert.Equal(a.Find("Faster RCNN")!.Key, b.Find("Faster R-CNN")!.Key);
    }

    [Fact]
    public void Extract_AmbiguousForm_TakesTypeFromContext()
    {
        var method = TestExtraction.Extract("T", "We scale MAE pre-training to video.").Find("MAE");
        var metric = TestExtraction.Extract("T", "Our model lowers the MAE of 0.31 to 0.25.").Find("MAE");
        Assert.Equal(EntityType.Method, method!.Type);
        Assert.Equal(EntityType.Metric, metric!.Type);
    }

    [Fact]
    public void Extract_GenericHeadAfterName_IsLeftOut()
    {
        var adam = TestExtraction.Extract("T", "We train with the Adam optimizer.").Find("Adam");
        Assert.NotNull(adam);
        Assert.Equal("Adam", adam.Mentions.Single().Text);
    }

    [Fact]
    public void Extract_ParameterCountAfterModel_MakesItsOwnModel()
    {
        var extraction = TestExtraction.Extract("T", "Llama 3.1 8B's win rate rises, unlike Llama 3.1 itself.");
        var sized = extraction.Find("Llama 3.1 8B");
        var base_ = extraction.Entities.Single(e => e.Name == "Llama 3.1");
        Assert.NotNull(sized);
        Assert.NotEqual(sized.Key, base_.Key);
    }
}
