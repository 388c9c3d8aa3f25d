using PaperGraph.Analytics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Centrality;

public class BetweennessTests
{
    // networkx.betweenness_centrality(nx.karate_club_graph()) (normalized, unweighted), members 0..33, as
    // published in TwelveYC/network-vi media/2020/03/karateclub/karate_club.gml ("betweenesscentrality")
    // and IFISC/Complex_Networks_Master results/karate_with_attributes.gml ("node_betweenness"). networkx
    // normalises undirected betweenness by 2 / ((n-1)(n-2)) = 1/528 for n = 34, so × 528 gives the raw
    // values (member 0: 231.0714...).
    private static readonly double[] NetworkxKarateNormalized =
    [
        0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283,
        0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0,
        0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0,
        0.0, 0.04586339586339586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03247504810004811,
        0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595, 0.0038404882154882154,
        0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218,
        0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596,
    ];

    [Fact]
    public void Compute_Karate_EqualsNetworkxValues()
    {
        var karate = TestGraphs.Karate();
        var nodes = TestGraphs.KarateNodes(karate);

        var result = Betweenness.Compute(karate.Graph);

        Assert.True(result.IsExact);
        Assert.Equal(34, result.Sources);
        for (var member = 0; member < 34; member++)
            Assert.Equal(NetworkxKarateNormalized[member] * 528, result.Scores[nodes[member]], 1e-9);
        Assert.Equal(231.0714286, result.Scores[nodes[0]], 1e-6);
    }

    [Fact]
    public void Compute_Path_CountsPairsOnceEach()
    {
        // In a path 0-1-2-3-4 node i lies between i·(4−i) pairs.
        var result = Betweenness.Compute(TestGraphs.Path(5));

        Assert.Equal(new[] { 0.0, 3, 4, 3, 0 }, result.Scores.ToArray());
    }

    [Fact]
    public void Compute_Star_CentreLiesOnEveryLeafPair()
    {
        var result = Betweenness.Compute(TestGraphs.Star(6));

        Assert.Equal(15, result.Scores[0]);
        Assert.All(result.Scores.Skip(1), s => Assert.Equal(0, s));
    }

    [Fact]
    public void Compute_TwoCliquesJoinedByBridge_BridgeEndsCarryAllCrossPairs()
    {
        // Cliques {0..4} and {5..9}, bridge 4-5: node 4 is on the paths from 0..3 to 5..9 (4 × 5 = 20 pairs).
        var result = Betweenness.Compute(TestGraphs.Cliques(2, 5, bridged: true));

        Assert.Equal(20, result.Scores[4], 12);
        Assert.Equal(20, result.Scores[5], 12);
        Assert.Equal(0, result.Scores[0], 12);
    }

    [Fact]
    public void Compute_DisconnectedWithIsolatedNodes_UnreachablePairsAddNothing()
    {
        var graph = new CsrGraphBuilder(7).AddEdge(0, 1).AddEdge(1, 2).AddEdge(3, 4).Build();

        var result = Betweenness.Compute(graph);

        Assert.Equal(new[] { 0.0, 1, 0, 0, 0, 0, 0 }, result.Scores.ToArray());
    }

    [Fact]
    public void Compute_SingleNodeAndNoEdges_AllZero()
    {
        Assert.Equal(new[] { 0.0 }, Betweenness.Compute(CsrGraph.Empty(1)).Scores.ToArray());
        Assert.All(Betweenness.Compute(CsrGraph.Empty(5)).Scores, s => Assert.Equal(0, s));
        Assert.Empty(Betweenness.Compute(CsrGraph.Empty(0)).Scores);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_RandomGraph_EqualsBruteForceDefinition(int seed)
    {
        var graph = TestGraphs.Random(35, 0.08 + 0.03 * seed, seed);
        var expected = BruteForce.Betweenness(TestGraphs.Matrix(graph));

        var result = Betweenness.Compute(graph);

        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(expected[v], result.Scores[v], 1e-9);
    }

    [Fact]
    public void Compute_AboveExactLimit_SamplesSeededPivotsAndStaysClose()
    {
        var graph = TestGraphs.Random(400, 0.03, seed: 11);
        var exact = Betweenness.Compute(graph);
        var options = new PathCentralityOptions { ExactNodeLimit = 100, Pivots = 200, Seed = 5 };

        var sampled = Betweenness.Compute(graph, options);
        var again = Betweenness.Compute(graph, options);

        Assert.False(sampled.IsExact);
        Assert.Equal("sampled", sampled.Mode);
        Assert.Equal(200, sampled.Sources);
        Assert.Equal(sampled.Scores.ToArray(), again.Scores.ToArray());
        // Half the sources: the estimate of the total is within a few percent of the exact total.
        Assert.Equal(exact.Scores.Sum(), sampled.Scores.Sum(), exact.Scores.Sum() * 0.05);
    }
}
