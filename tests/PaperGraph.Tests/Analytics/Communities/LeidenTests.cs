using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Components;
using PaperGraph.Analytics.Generators;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Communities;

public class LeidenTests
{
    // The best modularity partition of the unweighted karate club has Q = 0.4197896 with 4 communities
    // (Brandes et al., "On modularity clustering", IEEE TKDE 20 (2008), proved optimal by integer programming).
    private const double KarateBest = 0.4197896;

    public static TheoryData<string> Graphs =>
        ["karate", "path", "star", "cycle", "bridged cliques", "separate cliques", "random sparse", "random weighted", "isolated nodes"];

    private static CsrGraph Graph(string name) => name switch
    {
        "karate" => TestGraphs.Karate().Graph,
        "path" => TestGraphs.Path(20),
        "star" => TestGraphs.Star(12),
        "cycle" => TestGraphs.Cycle(30),
        "bridged cliques" => TestGraphs.Cliques(6, 5, bridged: true),
        "separate cliques" => TestGraphs.Cliques(4, 4, bridged: false),
        "random sparse" => TestGraphs.Random(120, 0.03, seed: 5),
        "random weighted" => TestGraphs.Random(80, 0.08, seed: 6, weighted: true),
        _ => new CsrGraphBuilder(10).AddEdge(0, 1).AddEdge(1, 2).AddEdge(2, 0).AddEdge(5, 6).Build(),
    };

    [Fact]
    public void Run_Karate_ReachesBestKnownModularityWithFourCommunities()
    {
        var graph = TestGraphs.Karate().Graph;

        var result = Leiden.Run(graph);

        Assert.True(result.Quality >= KarateBest - 1e-7, $"modularity {result.Quality}");
        Assert.Equal(4, result.CommunityCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Run_KarateAnySeed_AtLeastBestKnown(long seed)
    {
        var result = Leiden.Run(TestGraphs.Karate().Graph, new LeidenOptions { Seed = seed });

        Assert.True(result.Quality >= 0.4198 - 1e-4, $"seed {seed}: {result.Quality}");
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Run_AnyGraph_EveryCommunityConnected(string name)
    {
        var graph = Graph(name);

        var result = Leiden.Run(graph);

        Assert.True(BruteForce.CommunitiesConnected(TestGraphs.Matrix(graph), result.Membership), name);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Run_AnyGraph_ReportedQualityEqualsIndependentModularity(string name)
    {
        var graph = Graph(name);

        var result = Leiden.Run(graph, new LeidenOptions { Resolution = 0.8 });

        Assert.Equal(Modularity.Compute(graph, result.Membership, 0.8), result.Quality, 1e-12);
        Assert.Equal(BruteForce.Modularity(TestGraphs.Matrix(graph), result.Membership, 0.8), result.Quality, 1e-12);
    }

    [Fact]
    public void Run_SeparateCliques_OneCommunityPerClique()
    {
        var result = Leiden.Run(TestGraphs.Cliques(4, 4, bridged: false));

        Assert.Equal(4, result.CommunityCount);
        for (var c = 0; c < 4; c++)
            Assert.Single(Enumerable.Range(c * 4, 4).Select(v => result.Membership[v]).Distinct());
    }

    [Fact]
    public void Run_TwoCliquesJoinedByBridge_SplitsAtBridge()
    {
        var result = Leiden.Run(TestGraphs.Cliques(2, 6, bridged: true));

        Assert.Equal(2, result.CommunityCount);
        Assert.NotEqual(result.Membership[5], result.Membership[6]);
        Assert.Equal(new[] { 6, 6 }, result.Sizes.ToArray());
    }

    [Fact]
    public void Run_NoEdges_EveryNodeAlone()
    {
        var result = Leiden.Run(CsrGraph.Empty(5));

        Assert.Equal(5, result.CommunityCount);
        Assert.Equal(0, result.Quality);
    }

    [Fact]
    public void Run_SingleNodeAndEmptyGraph_Trivial()
    {
        Assert.Equal(1, Leiden.Run(CsrGraph.Empty(1)).CommunityCount);
        Assert.Equal(0, Leiden.Run(CsrGraph.Empty(0)).CommunityCount);
    }

    [Fact]
    public void Run_SameSeed_SamePartition()
    {
        var graph = TestGraphs.Random(300, 0.02, seed: 8);

        var a = Leiden.Run(graph, new LeidenOptions { Seed = 42 });
        var b = Leiden.Run(graph, new LeidenOptions { Seed = 42 });

        Assert.Equal(a.Membership.ToArray(), b.Membership.ToArray());
        Assert.Equal(a.Quality, b.Quality);
    }

    [Fact]
    public void Run_CommunityIds_NumberedByDecreasingSize()
    {
        var result = Leiden.Run(TestGraphs.Karate().Graph);

        var sizes = result.Sizes.ToArray();
        Assert.Equal(sizes.OrderByDescending(s => s).ToArray(), sizes);
    }

    [Fact]
    public void Run_PlantedPartitionLowMixing_RecoversCommunities()
    {
        var planted = PlantedPartitionGenerator.Generate(new PlantedPartitionOptions
        {
            Nodes = 3000, MinDegree = 8, MaxDegree = 60, MinCommunity = 30, MaxCommunity = 300, Mixing = 0.1, Seed = 3,
        });

        var result = Leiden.Run(planted.Graph);

        var nmi = NormalizedMutualInformation.Compute(planted.Communities, result.Membership);
        Assert.True(nmi >= 0.9, $"NMI {nmi}");
        Assert.Equal(Modularity.Compute(planted.Graph, result.Membership), result.Quality, 1e-10);
        Assert.Equal(result.CommunityCount, ConnectedComponents.WithinCommunities(planted.Graph, result.Membership.AsSpan()).Count);
    }

    [Fact]
    public void Run_GraphLargeEnoughToBeRenumbered_ResultInOriginalNumbering()
    {
        // From 50,000 nodes Leiden renumbers the graph by community after the first iteration; the
        // membership it returns must still be indexed by the caller's node numbers.
        var planted = PlantedPartitionGenerator.Generate(new PlantedPartitionOptions
        {
            Nodes = 60_000, MinDegree = 5, MaxDegree = 20, MinCommunity = 50, MaxCommunity = 400, Mixing = 0.1, Seed = 12,
        });

        var result = Leiden.Run(planted.Graph, new LeidenOptions { MinImprovement = 0, MaxIterations = 3 });

        Assert.True(result.Iterations >= 2);
        Assert.Equal(Modularity.Compute(planted.Graph, result.Membership), result.Quality, 1e-10);
        Assert.Equal(result.CommunityCount, ConnectedComponents.WithinCommunities(planted.Graph, result.Membership.AsSpan()).Count);
        Assert.True(NormalizedMutualInformation.Compute(planted.Communities, result.Membership) >= 0.9);
    }

    [Fact]
    public void Run_HigherResolution_MoreCommunities()
    {
        var graph = TestGraphs.Karate().Graph;

        var coarse = Leiden.Run(graph, new LeidenOptions { Resolution = 0.5 });
        var fine = Leiden.Run(graph, new LeidenOptions { Resolution = 2.0 });

        Assert.True(fine.CommunityCount > coarse.CommunityCount, $"{coarse.CommunityCount} vs {fine.CommunityCount}");
    }

    [Fact]
    public void Run_Cpm_QualityEqualsIndependentCpmAndRespectsDensityThreshold()
    {
        var graph = TestGraphs.Cliques(3, 5, bridged: true);

        var result = Leiden.Run(graph, new LeidenOptions { Objective = QualityObjective.Cpm, Resolution = 0.5 });

        Assert.Equal(Modularity.Cpm(graph, result.Membership, 0.5), result.Quality, 1e-12);
        // Cliques have density 1 > 0.5; two merged across the bridge have density 21/45 < 0.5.
        Assert.Equal(3, result.CommunityCount);
        Assert.True(BruteForce.CommunitiesConnected(TestGraphs.Matrix(graph), result.Membership));
    }

    [Fact]
    public void Run_CpmAboveEveryDensity_LeavesNodesAlone()
    {
        var result = Leiden.Run(TestGraphs.Cliques(2, 4, bridged: true), new LeidenOptions { Objective = QualityObjective.Cpm, Resolution = 1.5 });

        Assert.Equal(8, result.CommunityCount);
    }

    [Fact]
    public void Run_FromGoodInitialPartition_KeepsOrImprovesIt()
    {
        var graph = TestGraphs.Cliques(3, 5, bridged: true);
        int[] initial = [.. Enumerable.Range(0, 15).Select(v => 100 + v / 5)];

        var result = Leiden.Run(graph, null, initial);

        Assert.True(result.Quality >= Modularity.Compute(graph, initial) - 1e-12);
        Assert.Equal(3, result.CommunityCount);
    }

    [Fact]
    public void Options_NonPositiveResolution_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeidenOptions { Resolution = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeidenOptions { MaxIterations = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeidenOptions { Randomness = -1 });
    }

    [Fact]
    public void Run_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Leiden.Run(TestGraphs.Karate().Graph, cancellationToken: cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Leiden.Run(TestGraphs.Karate().Graph, null, null, cancel.Token));
    }
}
