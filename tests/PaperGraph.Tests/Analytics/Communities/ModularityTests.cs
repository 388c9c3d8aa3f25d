using PaperGraph.Analytics.Communities;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics.Communities;

public class ModularityTests
{
    [Fact]
    public void Compute_KarateClubSplit_EqualsDefinition()
    {
        var karate = TestGraphs.Karate();
        var nodes = TestGraphs.KarateNodes(karate);
        // Zachary's observed split: the members who followed Mr. Hi (networkx "club" attribute).
        int[] mrHi = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21];
        var membership = new int[34];
        foreach (var member in mrHi) membership[nodes[member]] = 0;
        for (var member = 0; member < 34; member++) if (!mrHi.Contains(member)) membership[nodes[member]] = 1;

        var q = Modularity.Compute(karate.Graph, membership);

        Assert.Equal(BruteForce.Modularity(TestGraphs.Matrix(karate.Graph), membership), q, 1e-12);
        Assert.InRange(q, 0.35, 0.40);
    }

    [Fact]
    public void Compute_AllInOneCommunity_IsZero()
    {
        var graph = TestGraphs.Random(30, 0.2, seed: 1, weighted: true);

        Assert.Equal(0, Modularity.Compute(graph, new int[30]), 12);
    }

    [Fact]
    public void Cpm_Cliques_CountsEdgesMinusPenalty()
    {
        var graph = TestGraphs.Cliques(2, 4, bridged: true);

        // Two communities of 4 nodes with 6 edges each: 2 × (6 − γ·6).
        Assert.Equal(2 * (6 - 0.5 * 6), Modularity.Cpm(graph, [0, 0, 0, 0, 1, 1, 1, 1], 0.5), 12);
    }

    [Fact]
    public void Compute_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Modularity.Compute(TestGraphs.Path(3), [0]));
    }
}
