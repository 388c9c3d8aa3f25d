using PaperGraph.Analytics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Centrality;

public class HarmonicClosenessTests
{
    [Fact]
    public void Compute_Path_SumsInverseDistances()
    {
        var result = HarmonicCloseness.Compute(TestGraphs.Path(4));

        Assert.Equal(1 + 1.0 / 2 + 1.0 / 3, result.Scores[0], 12);
        Assert.Equal(1 + 1 + 1.0 / 2, result.Scores[1], 12);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(9)]
    public void Compute_RandomGraphWithIsolatedNodes_EqualsBruteForce(int seed)
    {
        var graph = TestGraphs.Random(30, 0.07, seed);
        var expected = BruteForce.HarmonicCloseness(TestGraphs.Matrix(graph));

        var result = HarmonicCloseness.Compute(graph);

        Assert.True(result.IsExact);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(expected[v], result.Scores[v], 1e-12);
    }

    [Fact]
    public void Compute_IsolatedNode_IsZero()
    {
        var result = HarmonicCloseness.Compute(new CsrGraphBuilder(3).AddEdge(0, 1).Build());

        Assert.Equal(0, result.Scores[2]);
        Assert.Equal(1, result.Scores[0]);
    }

    [Fact]
    public void Compute_Sampled_EstimatesWithinTenPercentOnAverage()
    {
        var graph = TestGraphs.Random(300, 0.03, seed: 2);
        var exact = HarmonicCloseness.Compute(graph);

        var sampled = HarmonicCloseness.Compute(graph, new PathCentralityOptions { ExactNodeLimit = 10, Pivots = 150 });

        Assert.False(sampled.IsExact);
        Assert.Equal(150, sampled.Sources);
        var relativeError = Enumerable.Range(0, 300).Average(v => Math.Abs(sampled.Scores[v] - exact.Scores[v]) / exact.Scores[v]);
        Assert.True(relativeError < 0.1, $"mean relative error {relativeError}");
    }
}
