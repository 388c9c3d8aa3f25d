using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jLoaderIntegrationTests
{
    [Neo4jFact]
    public async Task LoadAsync_TwiceIntoWipedDatabase_CountsEqualTheGraphsBothTimes()
    {
        var (graph, analysis) = SyntheticGraph.Generate(400, seed: 1);
        var expected = GraphRows.Plan(graph, analysis, "test");
        var connection = Neo4jTestServer.Connection();

        var first = await Neo4jLoader.LoadAsync(graph, analysis, connection, new Neo4jLoadOptions { Wipe = true, BatchSize = 500 }, null, default);
        var afterFirst = await Neo4jLoader.CountAsync(connection, default);
        var second = await Neo4jLoader.LoadAsync(graph, analysis, connection, new Neo4jLoadOptions { BatchSize = 500 }, null, default);
        var afterSecond = await Neo4jLoader.CountAsync(connection, default);

        AssertCounts(expected, afterFirst);
        AssertCounts(expected, afterSecond);
        Assert.Equal(expected.NodeRows, first.Nodes.Created);
        Assert.Equal(expected.RelationshipRows, first.Relationships.Created);
        Assert.Equal(0, second.Nodes.Created);
        Assert.Equal(0, second.Relationships.Created);
        Assert.Equal(expected.RelationshipRows, second.Relationships.Updated);
        Assert.Equal(0, second.RelationshipsWithoutEndpoints);
        await AssertCommunityLabelsAsync(connection, analysis);
    }

    /// <summary>Every node of each top-level community has that community's label, and no other node has it.</summary>
    internal static async Task AssertCommunityLabelsAsync(Neo4jConnection connection, PaperGraph.Graph.GraphAnalysis analysis)
    {
        using var client = new Neo4jHttpClient(connection);
        await client.ConnectAsync(default);
        var tops = analysis.Communities.Where(c => c.Parent is null).Select(c => c.Id).ToList();
        var statements = tops.Select(c => new CypherStatement($"MATCH (n:{Neo4jSchema.CommunityLabel(c)}) RETURN count(n)")).ToList();
        var results = await client.RunAsync(statements, default);
        for (var i = 0; i < tops.Count; i++)
            Assert.Equal(analysis.Nodes.Values.Count(m => m.Community == tops[i]), results[i].Rows[0][0].GetInt64());
    }

    internal static void AssertCounts(Neo4jLoadPlan expected, Neo4jCounts actual)
    {
        foreach (var label in Neo4jSchema.KeyedLabels)
            Assert.True(expected.NodeCountsByLabel.GetValueOrDefault(label) == actual.NodesByLabel[label],
                $"{label}: expected {expected.NodeCountsByLabel.GetValueOrDefault(label)}, found {actual.NodesByLabel[label]}");
        foreach (var (type, count) in actual.RelationshipsByType)
            Assert.True(expected.RelationshipCountsByType.GetValueOrDefault(type) == count,
                $"{type}: expected {expected.RelationshipCountsByType.GetValueOrDefault(type)}, found {count}");
    }
}
