using PaperGraph.Analytics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Generators;
using PaperGraph.Tests.Analytics.Support;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Analytics.Centrality;

public class PathCentralityTests
{
    /// <summary>
    /// A random core with leaves hung on random core nodes, a lone edge (two degree-1 nodes, not
    /// folded), a star and two isolated nodes, with node ids shuffled so leaves and parents interleave.
    /// </summary>
    private static CsrGraph GraphWithLeaves(int seed)
    {
        const int core = 25, leaves = 20;
        var n = core + leaves + 2 + 4 + 2;
        var random = new Random(seed);
        var id = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var builder = new CsrGraphBuilder(n);
        for (var i = 0; i < core; i++)
            for (var j = i + 1; j < core; j++)
                if (random.NextDouble() < 0.12) builder.AddEdge(id[i], id[j]);
        for (var leaf = core; leaf < core + leaves; leaf++) builder.AddEdge(id[leaf], id[random.Next(core)]);
        var lone = core + leaves;
        builder.AddEdge(id[lone], id[lone + 1]);
        var star = lone + 2;
        for (var k = 1; k <= 3; k++) builder.AddEdge(id[star], id[star + k]);
        return builder.Build();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Compute_GraphWithLeaves_EqualsBruteForceDefinitions(int seed)
    {
        var graph = GraphWithLeaves(seed);
        var matrix = TestGraphs.Matrix(graph);
        var betweenness = BruteForce.Betweenness(matrix);
        var closeness = BruteForce.HarmonicCloseness(matrix);

        var result = PathCentrality.Compute(graph);

        Assert.True(result.Betweenness.IsExact);
        Assert.Equal(graph.NodeCount, result.Betweenness.Sources);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(betweenness[v], result.Betweenness.Scores[v], 1e-9);
            Assert.Equal(closeness[v], result.Closeness.Scores[v], 1e-12);
        }
    }

    [Fact]
    public void Compute_Star_LeavesFoldedIntoCentre()
    {
        // Centre 0 with 5 leaves: the centre is between all 10 leaf pairs; a leaf is 1 from the centre and 2 from 4 others.
        var result = PathCentrality.Compute(TestGraphs.Star(5));

        Assert.Equal(10, result.Betweenness.Scores[0]);
        Assert.All(result.Betweenness.Scores.Skip(1), s => Assert.Equal(0, s));
        Assert.Equal(5, result.Closeness.Scores[0]);
        Assert.All(result.Closeness.Scores.Skip(1), s => Assert.Equal(3, s));
    }

    [Fact]
    public void Compute_BothMeasures_EqualTheSeparateComputations()
    {
        var graph = GraphWithLeaves(7);

        var both = PathCentrality.Compute(graph);

        Assert.Equal(Betweenness.Compute(graph).Scores.ToArray(), both.Betweenness.Scores.ToArray());
        Assert.Equal(HarmonicCloseness.Compute(graph).Scores.ToArray(), both.Closeness.Scores.ToArray());
    }

    [Fact]
    public void Compute_SameGraphTwice_SameScoresToTheLastBit()
    {
        var graph = PlantedPartitionGenerator.Generate(new PlantedPartitionOptions { Nodes = 3000, MinDegree = 1, MaxDegree = 60, Seed = 3 }).Graph;

        var a = PathCentrality.Compute(graph);
        var b = PathCentrality.Compute(graph);

        Assert.Equal(a.Betweenness.Scores.ToArray(), b.Betweenness.Scores.ToArray());
        Assert.Equal(a.Closeness.Scores.ToArray(), b.Closeness.Scores.ToArray());
    }

    [Fact]
    public void Compute_Sampled_CountsPivotsAndMatchesSeparateComputation()
    {
        var graph = GraphWithLeaves(5);
        var options = new PathCentralityOptions { ExactNodeLimit = 10, Pivots = 20, Seed = 9 };

        var result = PathCentrality.Compute(graph, options);

        Assert.False(result.Betweenness.IsExact);
        Assert.Equal(20, result.Closeness.Sources);
        Assert.Equal(Betweenness.Compute(graph, options).Scores.ToArray(), result.Betweenness.Scores.ToArray());
        Assert.Equal(HarmonicCloseness.Compute(graph, options).Scores.ToArray(), result.Closeness.Scores.ToArray());
    }

    [Fact]
    public void Compute_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PathCentrality.Compute(TestGraphs.Karate().Graph, cancellationToken: cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Betweenness.Compute(TestGraphs.Karate().Graph, cancellationToken: cancel.Token));
    }

    [Fact]
    public void Compute_CancelledWhileSweeping_Throws()
    {
        // Exact betweenness on this graph is seconds of work; the token fires long before it ends.
        var graph = PlantedPartitionGenerator.Generate(PlantedPartitionOptions.Lfr10K).Graph;
        using var cancel = new CancelFromThread(TimeSpan.FromMilliseconds(100));

        Assert.ThrowsAny<OperationCanceledException>(() => PathCentrality.Compute(graph, cancellationToken: cancel.Token));
    }
}
