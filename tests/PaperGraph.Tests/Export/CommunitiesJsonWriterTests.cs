using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export;

public sealed class CommunitiesJsonWriterTests
{
    private static JsonElement Written(GraphAnalysis analysis)
    {
        using var stream = new MemoryStream();
        CommunitiesJsonWriter.Write(analysis, stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }

    [Fact]
    public void Write_Hierarchy_ListsEveryCommunityByLevelThenId()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);

        var json = Written(analysis);

        Assert.Equal(CommunitiesJsonWriter.Schema, json.GetProperty("schema").GetString());
        Assert.Equal(0.4321, json.GetProperty("modularity").GetDouble());
        var communities = json.GetProperty("communities").EnumerateArray().ToList();
        Assert.Equal([0, 1, 10, 11, 12, 13], communities.Select(c => c.GetProperty("id").GetInt32()));
        var sub = communities[4];
        Assert.Equal((1, 1, "Sub 12", 3), (sub.GetProperty("level").GetInt32(), sub.GetProperty("parent").GetInt32(), sub.GetProperty("label").GetString(), sub.GetProperty("size").GetInt32()));
        Assert.Equal(JsonValueKind.Null, communities[0].GetProperty("parent").ValueKind);
        Assert.Equal(["method:foonet", "dataset:imagenet"], communities[0].GetProperty("topMembers").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("A \"quoted\", label\nwith <tags>", communities[1].GetProperty("label").GetString());
    }

    [Fact]
    public void Write_NoAnalysis_WritesAnEmptyList()
    {
        var json = Written(GraphAnalysis.None);

        Assert.Equal(0, json.GetProperty("count").GetInt32());
        Assert.Empty(json.GetProperty("communities").EnumerateArray());
    }
}
