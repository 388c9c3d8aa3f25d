using PaperGraph.Analytics.Generators;

namespace PaperGraph.Tests.Analytics.Generators;

public class PlantedPartitionGeneratorTests
{
    private static readonly PlantedPartitionOptions Small = new()
    {
        Nodes = 2000, MinDegree = 5, MaxDegree = 50, MinCommunity = 20, MaxCommunity = 200, Mixing = 0.2, Seed = 9,
    };

    [Fact]
    public void Generate_SameSeed_SameGraph()
    {
        var a = PlantedPartitionGenerator.Generate(Small);
        var b = PlantedPartitionGenerator.Generate(Small);

        Assert.Equal(a.Graph.Targets.ToArray(), b.Graph.Targets.ToArray());
        Assert.Equal(a.Communities.ToArray(), b.Communities.ToArray());
        Assert.NotEqual(a.Graph.Targets.ToArray(), PlantedPartitionGenerator.Generate(Small with { Seed = 10 }).Graph.Targets.ToArray());
    }

    [Fact]
    public void Generate_Small_HasRequestedShape()
    {
        var planted = PlantedPartitionGenerator.Generate(Small);

        Assert.Equal(2000, planted.Graph.NodeCount);
        var sizes = planted.Communities.GroupBy(c => c).Select(g => g.Count()).ToList();
        Assert.Equal(planted.CommunityCount, sizes.Count);
        Assert.All(sizes, s => Assert.InRange(s, 20, 200));
        var meanDegree = 2.0 * planted.Graph.TotalWeight / 2000;
        Assert.InRange(meanDegree, 5, 50);
    }

    [Fact]
    public void Generate_Mixing_FractionOfWeightLeavingCommunities()
    {
        var planted = PlantedPartitionGenerator.Generate(Small);

        var outside = 0.0;
        for (var v = 0; v < planted.Graph.NodeCount; v++)
        {
            var neighbors = planted.Graph.Neighbors(v);
            var weights = planted.Graph.NeighborWeights(v);
            for (var i = 0; i < neighbors.Length; i++)
                if (planted.Communities[neighbors[i]] != planted.Communities[v]) outside += weights[i];
        }

        Assert.InRange(outside / (2 * planted.Graph.TotalWeight), 0.17, 0.23);
    }

    [Fact]
    public void Generate_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlantedPartitionGenerator.Generate(Small with { Mixing = 1.5 }));
        Assert.Throws<ArgumentException>(() => PlantedPartitionGenerator.Generate(Small with { MinDegree = 0 }));
    }
}
