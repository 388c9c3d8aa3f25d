using PaperGraph.Analytics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Centrality;

public class PageRankTests
{
    // networkx.pagerank(nx.karate_club_graph()) (unweighted karate club, alpha 0.85), members 0..33, as
    // published in TwelveYC/network-vi media/2020/03/karateclub/karate_club.gml (attribute "pagerank",
    // computed with networkx) and in a networkx tutorial notebook's printed output; the same digits appear in
    // other libraries' tests that compare against networkx. networkx stops when the L1 change is below
    // n × 1e-6, so these are not fully converged values.
    private static readonly double[] NetworkxKarate =
    [
        0.09700181758983709, 0.05287839103742701, 0.057078423047636745, 0.03586064322306479,
        0.021979406974834498, 0.02911334166344221, 0.02911334166344221, 0.024490758039509182,
        0.029765339186167028, 0.014308950284462801, 0.021979406974834498, 0.009564916863537148,
        0.014645186487916191, 0.029536314977202986, 0.014535161524273825, 0.014535161524273825,
        0.016785378110253487, 0.014558859774243493, 0.014535161524273825, 0.019604416711937293,
        0.014535161524273825, 0.014558859774243493, 0.014535161524273825, 0.03152091531163228,
        0.021075455001162945, 0.021005628174745786, 0.015043395360629753, 0.025638803528350497,
        0.01957296050943854, 0.02628726283711208, 0.02458933653429248, 0.03715663592267942,
        0.07169213006588289, 0.1009179167487121,
    ];

    [Fact]
    public void Compute_KarateWithNetworkxStoppingRule_EqualsNetworkxValues()
    {
        var karate = TestGraphs.Karate();
        var nodes = TestGraphs.KarateNodes(karate);

        var result = PageRank.Compute(karate.Graph, new PageRankOptions { Tolerance = 34 * 1e-6 });

        for (var member = 0; member < 34; member++) Assert.Equal(NetworkxKarate[member], result.Scores[nodes[member]], 1e-9);
    }

    [Fact]
    public void Compute_KarateConverged_WithinNetworkxToleranceAndEqualToLinearSolve()
    {
        var karate = TestGraphs.Karate();
        var nodes = TestGraphs.KarateNodes(karate);
        var exact = BruteForce.PageRank(TestGraphs.Matrix(karate.Graph));

        var result = PageRank.Compute(karate.Graph);

        Assert.True(result.Converged);
        for (var member = 0; member < 34; member++)
        {
            Assert.Equal(NetworkxKarate[member], result.Scores[nodes[member]], 1e-5);
            Assert.Equal(exact[nodes[member]], result.Scores[nodes[member]], 1e-9);
        }
        Assert.Equal(1.0, result.Scores.Sum(), 1e-12);
    }

    public static TheoryData<string> Graphs => ["path", "star", "weighted", "disconnected with isolated nodes", "random"];

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Compute_SmallGraph_EqualsLinearSolveAndSumsToOne(string name)
    {
        var graph = name switch
        {
            "path" => TestGraphs.Path(6),
            "star" => TestGraphs.Star(7),
            "weighted" => TestGraphs.FromWeightedEdges(4, (0, 1, 5), (1, 2, 1), (2, 3, 0.5), (3, 0, 2)),
            "disconnected with isolated nodes" => new CsrGraphBuilder(8).AddEdge(0, 1).AddEdge(1, 2).AddEdge(4, 5, 3).Build(),
            _ => TestGraphs.Random(40, 0.1, seed: 3, weighted: true),
        };
        var exact = BruteForce.PageRank(TestGraphs.Matrix(graph));

        var result = PageRank.Compute(graph, new PageRankOptions { Tolerance = 1e-13 });

        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(exact[v], result.Scores[v], 1e-10);
        Assert.Equal(1.0, result.Scores.Sum(), 1e-12);
    }

    [Fact]
    public void Compute_StarUnweightedOption_IgnoresWeights()
    {
        var weighted = TestGraphs.FromWeightedEdges(3, (0, 1, 9), (0, 2, 1));
        var plain = TestGraphs.FromEdges(3, (0, 1), (0, 2));

        var a = PageRank.Compute(weighted, new PageRankOptions { Weighted = false });
        var b = PageRank.Compute(plain);

        Assert.Equal(b.Scores.ToArray(), a.Scores.ToArray());
        Assert.NotEqual(a.Scores[1], PageRank.Compute(weighted).Scores[1], 6);
    }

    [Fact]
    public void Compute_NoEdges_IsUniform()
    {
        var result = PageRank.Compute(CsrGraph.Empty(4));

        Assert.All(result.Scores, s => Assert.Equal(0.25, s, 15));
    }

    [Fact]
    public void Compute_SingleNodeAndEmptyGraph_AreOneAndNothing()
    {
        Assert.Equal(new[] { 1.0 }, PageRank.Compute(CsrGraph.Empty(1)).Scores.ToArray());
        Assert.Empty(PageRank.Compute(CsrGraph.Empty(0)).Scores);
    }

    [Fact]
    public void Compute_MaxIterationsReached_ReportsNotConverged()
    {
        var result = PageRank.Compute(TestGraphs.Path(30), new PageRankOptions { MaxIterations = 2, Tolerance = 1e-15 });

        Assert.False(result.Converged);
        Assert.Equal(2, result.Iterations);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Options_DampingOutsideOpenInterval_Throws(double damping)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRankOptions { Damping = damping });
    }

    [Fact]
    public void Compute_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PageRank.Compute(TestGraphs.Karate().Graph, cancellationToken: cancel.Token));
    }
}
