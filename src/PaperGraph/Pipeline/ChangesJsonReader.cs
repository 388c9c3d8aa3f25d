using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>Reads what <see cref="ChangesJsonWriter"/> wrote.</summary>
internal static class ChangesJsonReader
{
    /// <summary>The change set of build <paramref name="buildId"/>, or null with the reason when the file cannot vouch for it.</summary>
    public static ChangeSet? Read(string path, string buildId, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"no {ChangesJsonWriter.FileName}: the last build stopped before it ended, or predates incremental loads";
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("schema").GetString() != ChangesJsonWriter.Schema)
            {
                problem = $"{ChangesJsonWriter.FileName} is not {ChangesJsonWriter.Schema}";
                return null;
            }
            var to = root.GetProperty("to").GetString();
            if (to != buildId)
            {
                problem = $"{ChangesJsonWriter.FileName} describes build {to}, not the folder's build {buildId}";
                return null;
            }
            var from = root.GetProperty("from").GetString();
            if (root.GetProperty("full").GetBoolean())
                return new ChangeSet(from, buildId) { Full = true, FullReason = root.GetProperty("fullReason").GetString() };
            var nodes = root.GetProperty("nodes");
            var relationships = root.GetProperty("relationships");
            var communities = root.GetProperty("communities");
            return new ChangeSet(from, buildId)
            {
                NodesAdded = Strings(nodes, "added"),
                NodesChanged = Strings(nodes, "changed"),
                NodesRemoved = Strings(nodes, "removed"),
                RelationshipsAdded = Relationships(relationships, "added"),
                RelationshipsChanged = Relationships(relationships, "changed"),
                RelationshipsRemoved = Relationships(relationships, "removed"),
                CommunitiesAdded = Numbers(communities, "added"),
                CommunitiesChanged = Numbers(communities, "changed"),
                CommunitiesRemoved = Numbers(communities, "removed"),
                MembershipChanged = Strings(root, "membership"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IOException)
        {
            problem = $"{ChangesJsonWriter.FileName} is unreadable ({e.Message})";
            return null;
        }
    }

    private static string[] Strings(JsonElement parent, string name) =>
        [.. parent.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? throw new FormatException($"a null in \"{name}\""))];

    private static int[] Numbers(JsonElement parent, string name) =>
        [.. parent.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];

    private static EdgeKind Kind(string? type) =>
        EdgeKinds.TryParseRelationshipType(type ?? "", out var kind) ? kind : throw new FormatException($"unknown relationship type '{type}'");

    private static ChangedRelationship[] Relationships(JsonElement parent, string name) =>
        [.. parent.GetProperty(name).EnumerateArray().Select(r => new ChangedRelationship(
            r.GetProperty("source").GetString() ?? throw new FormatException("a relationship without a source"),
            Kind(r.GetProperty("type").GetString()),
            r.GetProperty("target").GetString() ?? throw new FormatException("a relationship without a target")))];
}
