using PaperGraph.Analytics;
using PaperGraph.Analytics.Components;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Components;

public class ConnectedComponentsTests
{
    [Fact]
    public void Compute_TwoPiecesAndIsolatedNode_NumbersBySmallestNode()
    {
        var graph = new CsrGraphBuilder(6).AddEdge(3, 4).AddEdge(0, 5).AddEdge(5, 1).Build();

        var result = ConnectedComponents.Compute(graph);

        Assert.Equal(3, result.Count);
        Assert.Equal(new[] { 0, 0, 1, 2, 2, 0 }, result.Membership.ToArray());
        Assert.Equal(new[] { 3, 1, 2 }, result.Sizes.ToArray());
        Assert.Equal(3, result.LargestSize);
    }

    [Fact]
    public void Compute_NoEdgesAndEmpty_OneComponentPerNode()
    {
        Assert.Equal(4, ConnectedComponents.Compute(CsrGraph.Empty(4)).Count);
        Assert.Equal(0, ConnectedComponents.Compute(CsrGraph.Empty(0)).Count);
        Assert.Equal(0, ConnectedComponents.Compute(CsrGraph.Empty(0)).LargestSize);
    }

    [Fact]
    public void Compute_Karate_IsConnected()
    {
        Assert.Equal(1, ConnectedComponents.Compute(TestGraphs.Karate().Graph).Count);
    }

    [Fact]
    public void WithinCommunities_DisconnectedCommunity_SplitsIntoPieces()
    {
        // Path 0-1-2-3: community {0, 3} is not connected without node 1 and 2.
        var graph = TestGraphs.Path(4);

        var result = ConnectedComponents.WithinCommunities(graph, [0, 1, 1, 0]);

        Assert.Equal(3, result.Count);
        Assert.Equal(new[] { 0, 1, 1, 2 }, result.Membership.ToArray());
    }

    [Fact]
    public void WithinCommunities_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConnectedComponents.WithinCommunities(TestGraphs.Path(3), [0, 0]));
    }
}
