using System.Text.Json;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// Every node (labels and properties) and relationship (ends, type, properties) of the test database as
/// sorted lines, without the build stamps that tell loads apart, for comparing two ways of reaching one state.
/// </summary>
internal sealed record Neo4jDump(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)
{
    public static async Task<Neo4jDump> ReadAsync()
    {
        using var client = new Neo4jHttpClient(Neo4jTestServer.Connection());
        await client.ConnectAsync(default);
        var results = await client.RunAsync(
        [
            new CypherStatement($"MATCH (n) WHERE NOT n:{Neo4jSchema.BuildMarker} RETURN labels(n), properties(n)"),
            new CypherStatement("MATCH (a)-[e]->(b) RETURN a.id, type(e), b.id, properties(e)"),
        ], default);
        var nodes = results[0].Rows.Select(r => Labels(r[0]) + " " + Properties(r[1])).Order(StringComparer.Ordinal).ToList();
        var relationships = results[1].Rows
            .Select(r => $"{r[0].GetString()} -{r[1].GetString()}-> {r[2].GetString()} {Properties(r[3])}")
            .Order(StringComparer.Ordinal).ToList();
        return new Neo4jDump(nodes, relationships);
    }

    private static string Labels(JsonElement labels) =>
        string.Join(':', labels.EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal));

    private static string Properties(JsonElement properties) =>
        string.Join(", ", properties.EnumerateObject()
            .Where(p => p.Name != Neo4jSchema.BuildProperty)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value.GetRawText()));
}
