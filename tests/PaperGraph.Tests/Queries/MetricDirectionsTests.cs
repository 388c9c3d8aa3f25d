using PaperGraph.Queries;

namespace PaperGraph.Tests.Queries;

public sealed class MetricDirectionsTests
{
    [Theory]
    [InlineData("FID", MetricDirection.LowerIsBetter)]
    [InlineData("Fréchet Inception Distance", MetricDirection.LowerIsBetter)]
    [InlineData("Top-1 Error (%)", MetricDirection.LowerIsBetter)]
    [InlineData("word error rate", MetricDirection.LowerIsBetter)]
    [InlineData("WER", MetricDirection.LowerIsBetter)]
    [InlineData("Perplexity", MetricDirection.LowerIsBetter)]
    [InlineData("inference latency", MetricDirection.LowerIsBetter)]
    [InlineData("top-1 accuracy", MetricDirection.HigherIsBetter)]
    [InlineData("BLEU-4", MetricDirection.HigherIsBetter)]
    [InlineData("mAP", MetricDirection.HigherIsBetter)]
    [InlineData("Inception Score", MetricDirection.HigherIsBetter)]
    [InlineData("pass@1", MetricDirection.HigherIsBetter)]
    [InlineData("Wins", MetricDirection.Unknown)]
    [InlineData("parameters", MetricDirection.Unknown)]
    public void Of_MetricName_Direction(string name, MetricDirection expected) => Assert.Equal(expected, MetricDirections.Of(name));

    [Fact]
    public void Of_Entity_AliasDecidesWhenTheNameDoesNot()
    {
        var metric = QueryTestGraph.Entity(EntityType.Metric, "x", "Frechet distance of Inception features", "FID");

        Assert.Equal(MetricDirection.LowerIsBetter, MetricDirections.Of(metric));
    }
}
