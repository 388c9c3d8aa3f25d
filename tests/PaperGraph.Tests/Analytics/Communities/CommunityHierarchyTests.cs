using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Generators;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Communities;

public class CommunityHierarchyTests
{
    private static CsrGraph TwoScaleGraph() =>
        PlantedPartitionGenerator.Generate(new PlantedPartitionOptions
        {
            Nodes = 600, MinDegree = 10, MaxDegree = 30, MinCommunity = 150, MaxCommunity = 300, Mixing = 0.05, Seed = 4,
        }).Graph;

    [Fact]
    public void Build_TwoLevels_ChildrenNestedInParents()
    {
        var graph = TwoScaleGraph();

        var result = CommunityHierarchy.Build(graph, new HierarchyOptions { Levels = 2 });

        Assert.Equal(2, result.Levels.Count);
        var top = result.Levels[0];
        var sub = result.Levels[1];
        Assert.Empty(top.Parents);
        Assert.Equal(sub.CommunityCount, sub.Parents.Length);
        Assert.True(sub.CommunityCount >= top.CommunityCount);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(top.Membership[v], sub.Parents[sub.Membership[v]]);
        Assert.Equal(new[] { top.Membership[0], sub.Membership[0] }, result.PathOf(0));
    }

    [Fact]
    public void Build_TopLevel_EqualsLeidenAndContributionsSumToModularity()
    {
        var graph = TestGraphs.Karate().Graph;

        var result = CommunityHierarchy.Build(graph);

        Assert.Equal(Leiden.Run(graph).Membership.ToArray(), result.Levels[0].Membership.ToArray());
        Assert.Equal(Modularity.Compute(graph, result.Levels[0].Membership), result.Levels[0].Quality, 1e-12);
        Assert.Equal(Modularity.Compute(graph, result.Levels[1].Membership), result.Levels[1].Quality, 1e-12);
    }

    [Fact]
    public void Build_SmallCommunities_NotSplit()
    {
        var graph = TestGraphs.Cliques(3, 5, bridged: true);

        var result = CommunityHierarchy.Build(graph, new HierarchyOptions { Levels = 3, MinSplitSize = 6 });

        Assert.All(result.Levels, level => Assert.Equal(3, level.CommunityCount));
    }

    [Fact]
    public void Build_SubCommunities_AreConnected()
    {
        var graph = TwoScaleGraph();

        var result = CommunityHierarchy.Build(graph, new HierarchyOptions { Levels = 3 });

        foreach (var level in result.Levels)
            Assert.Equal(level.CommunityCount, PaperGraph.Analytics.Components.ConnectedComponents.WithinCommunities(graph, level.Membership.AsSpan()).Count);
    }

    [Fact]
    public void Options_LevelsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HierarchyOptions { Levels = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HierarchyOptions { MinSplitSize = 1 });
    }

    [Fact]
    public void Build_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CommunityHierarchy.Build(TwoScaleGraph(), cancellationToken: cancel.Token));
    }
}
