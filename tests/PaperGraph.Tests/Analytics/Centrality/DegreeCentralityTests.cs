using PaperGraph.Analytics.Centrality;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Centrality;

public class DegreeCentralityTests
{
    [Fact]
    public void Compute_WeightedGraph_GivesDegreeAndStrength()
    {
        var graph = TestGraphs.FromWeightedEdges(4, (0, 1, 2), (0, 2, 0.5), (1, 2, 1));

        var result = DegreeCentrality.Compute(graph);

        Assert.Equal(new[] { 2, 2, 2, 0 }, result.Degrees.ToArray());
        Assert.Equal(new[] { 2.5, 3, 1.5, 0 }, result.Strengths.ToArray());
    }

    [Fact]
    public void Compute_Karate_DegreesMatchPublishedCounts()
    {
        // Degrees of members 0, 33, 32 in Zachary's club: 16, 17, 12 (networkx degree_centrality × 33).
        var karate = TestGraphs.Karate();
        var nodes = TestGraphs.KarateNodes(karate);

        var result = DegreeCentrality.Compute(karate.Graph);

        Assert.Equal((16, 17, 12), (result.Degrees[nodes[0]], result.Degrees[nodes[33]], result.Degrees[nodes[32]]));
        Assert.Equal(156, result.Degrees.Sum());
    }
}
