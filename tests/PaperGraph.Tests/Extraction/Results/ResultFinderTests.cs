using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction.Results;

public class ResultFinderTests
{
    [Fact]
    public void Extract_SpeedupWords_MakeAMetricNamedByTheRecogniser()
    {
        var extraction = Extractor.Default.Extract(TestExtraction.Paper("T",
            "We propose ZetaNet. Training with ZetaNet is 3x faster than the baseline."));
        var metric = extraction.Entities.Single(e => e.Type == EntityType.Metric && e.Key == "speedup");
        Assert.Equal("speedup", metric.Name);
        Assert.Contains(metric.Aliases, a => a.Name == "faster" && a.Reason == MergeReason.LexiconAlias);
        Assert.Contains(metric.Mentions, m => m.Text == "faster");
        Assert.All(extraction.Results, r => Assert.Equal("speedup", r.Metric));
        Assert.NotEmpty(extraction.Results);
    }
}
