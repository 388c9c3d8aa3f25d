using PaperGraph.Analytics;

namespace PaperGraph.Tests.Analytics;

public class CsrGraphBuilderTests
{
    [Fact]
    public void Build_RepeatedPairInEitherDirection_MergesIntoOneEdgeWithSummedWeight()
    {
        var graph = new CsrGraphBuilder().AddEdge(0, 1, 2).AddEdge(1, 0, 3).AddEdge(1, 2).Build();

        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(5, graph.EdgeWeight(0, 1));
        Assert.Equal(5, graph.EdgeWeight(1, 0));
        Assert.Equal(6, graph.TotalWeight);
        Assert.Equal(6, graph.Strength(1));
        Assert.False(graph.IsUnweighted);
    }

    [Fact]
    public void Build_SelfLoop_KeepsNodeDropsEdge()
    {
        var graph = new CsrGraphBuilder().AddEdge(0, 1).AddEdge(2, 2, 4).Build();

        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(0, graph.Degree(2));
        Assert.Equal(0, graph.Strength(2));
    }

    [Fact]
    public void Build_ZeroWeightEdge_AddsNodesButNoEdge()
    {
        var graph = new CsrGraphBuilder().AddEdge(0, 1, 0).Build();

        Assert.Equal(2, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
    }

    [Fact]
    public void Build_UnsortedInput_StoresSortedSymmetricRows()
    {
        var graph = new CsrGraphBuilder().AddEdge(3, 0).AddEdge(0, 2).AddEdge(1, 0).AddEdge(2, 3).Build();

        Assert.Equal([1, 2, 3], graph.Neighbors(0).ToArray());
        for (var v = 0; v < graph.NodeCount; v++)
            foreach (var u in graph.Neighbors(v)) Assert.Contains(v, graph.Neighbors(u).ToArray());
        Assert.Equal(8, graph.Offsets[graph.NodeCount]);
        Assert.True(graph.IsUnweighted);
    }

    [Fact]
    public void AddNode_BeyondEdges_GivesIsolatedNodes()
    {
        var graph = new CsrGraphBuilder().AddEdge(0, 1).AddNode(4).Build();

        Assert.Equal(5, graph.NodeCount);
        Assert.Equal(0, graph.Degree(4));
        Assert.True(graph.Neighbors(3).IsEmpty);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddEdge_InvalidWeight_Throws(double weight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsrGraphBuilder().AddEdge(0, 1, weight));
    }

    [Fact]
    public void AddEdge_NegativeNode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsrGraphBuilder().AddEdge(-1, 1));
    }

    [Fact]
    public void Build_ManyEdges_MatchesDictionaryOfPairs()
    {
        var random = new Random(7);
        var builder = new CsrGraphBuilder();
        var expected = new Dictionary<(int, int), double>();
        for (var i = 0; i < 20_000; i++)
        {
            int u = random.Next(300), v = random.Next(300);
            double w = random.Next(1, 4);
            builder.AddEdge(u, v, w);
            if (u == v) continue;
            var key = (Math.Min(u, v), Math.Max(u, v));
            expected[key] = expected.GetValueOrDefault(key) + w;
        }

        var graph = builder.Build();

        Assert.Equal(expected.Count, graph.EdgeCount);
        foreach (var ((u, v), w) in expected) Assert.Equal(w, graph.EdgeWeight(u, v));
        Assert.Equal(expected.Values.Sum(), graph.TotalWeight, 9);
    }
}
