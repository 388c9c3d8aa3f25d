using System.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

public static partial class Neo4jLoader
{
    /// <summary>
    /// Sends what changed since the build the database holds (docs/scaling.md, "How `load neo4j` uses it"):
    /// deletions first, then the added and changed nodes and relationships, the analytics of every node,
    /// and the community labels of the nodes whose community moved. Every step is a MERGE or a delete by id,
    /// and the build is recorded last, so an interrupted run sends the same changes again and ends the same.
    /// </summary>
    private static async Task<Neo4jLoadSummary> LoadChangesAsync(LoadRun run, KnowledgeGraph graph, GraphAnalysis analysis, ChangeSet changes)
    {
        var (client, dialect, options, progress, ct) = run;
        var total = Stopwatch.StartNew();
        var steps = new List<Neo4jLoadStep>();
        await CreateConstraintsAsync(client, dialect, ct);
        var delta = GraphDeltaRows.Plan(graph, analysis, changes);
        // Read before the membership deletions, while the nodes still carry the labels of their old communities.
        var clock = Stopwatch.StartNew();
        var labels = await CommunityLabelMovesAsync(client, delta.Membership, analysis, options.BatchSize, ct);

        var deletions = new List<(string, IReadOnlyList<object>)> { (CypherStatements.DeleteResultsOfPapers, delta.PapersWithReplacedResults) };
        deletions.AddRange(delta.RemovedNodes.Select(g => (CypherStatements.DeleteNodes(g.Label), (IReadOnlyList<object>)g.Ids)));
        deletions.AddRange(delta.RemovedRelationships.Select(g => (CypherStatements.DeleteRelationships(g.Type, g.SourceLabel, g.TargetLabel), (IReadOnlyList<object>)g.Rows)));
        deletions.Add((CypherStatements.DeleteNodes(Neo4jSchema.Community), delta.RemovedCommunities));
        deletions.Add((CypherStatements.DeleteOutgoing(Neo4jSchema.Community, Neo4jSchema.Parent), delta.ReparentedCommunities));
        deletions.AddRange(delta.Membership.Select(g => (CypherStatements.DeleteOutgoing(g.Label, Neo4jSchema.InCommunity), (IReadOnlyList<object>)g.Ids)));
        var removals = await SendAsync(client, deletions, delta.DeletionRows, "removals", options.BatchSize, progress, ct);
        steps.Add(new Neo4jLoadStep("removals", removals.Rows, clock.Elapsed));

        var upserts = delta.Upserts;
        var nodes = await SendAsync(client, upserts.Nodes.Select(g => (g.Statement, g.Rows)), upserts.NodeRows, "nodes", options.BatchSize, progress, ct);
        await ResampleIndexesAsync(client, options, ct);
        var relationships = await SendAsync(client, upserts.Relationships.Select(g => (g.Statement, g.Rows)), upserts.RelationshipRows, "relationships", options.BatchSize, progress, ct);

        var analyticsGroups = delta.Analytics.Select(g => (CypherStatements.SetAnalytics(g.Label), g.Rows))
            .Append((CypherStatements.SetCommunityLevels, delta.CommunityLevels));
        var analytics = await SendAsync(client, analyticsGroups, delta.AnalyticsRows, "analytics", options.BatchSize, progress, ct);
        steps.Add(new Neo4jLoadStep("analytics", analytics.Rows, analytics.Elapsed));

        // After the analytics: the label refresh compares each node's community property with its label.
        clock.Restart();
        await RefreshCommunityLabelsAsync(client, labels, progress, ct);
        steps.Add(new Neo4jLoadStep("community labels", labels.Count, clock.Elapsed));
        await RecordBuildAsync(client, changes.To, ct);
        return new Neo4jLoadSummary(client.Server!, 0, nodes.Phase(nodes.NodesCreated), relationships.Phase(relationships.RelationshipsCreated), total.Elapsed)
        {
            Removed = delta.RemovedNodes.Sum(g => (long)g.Ids.Count) + delta.RemovedRelationships.Sum(g => (long)g.Rows.Count) + delta.RemovedCommunities.Count,
            Steps = steps,
            RelationshipsWithoutEndpoints = upserts.RelationshipRows - relationships.FirstColumn,
        };
    }

    /// <summary>
    /// The top-level communities whose Community_N label has to change: those some of these nodes left
    /// and those some joined. Each is one distinct statement text, which Neo4j compiles anew, so only real
    /// moves count: a node whose path changed below the top level keeps its label.
    /// </summary>
    private static async Task<IReadOnlyList<int>> CommunityLabelMovesAsync(
        Neo4jHttpClient client, IReadOnlyList<IdGroup> groups, GraphAnalysis analysis, int batchSize, CancellationToken ct)
    {
        var communities = analysis.Communities.Select(c => c.Id).ToHashSet();
        int Top(string id) => analysis.Nodes.TryGetValue(id, out var metrics) && communities.Contains(metrics.Community) ? metrics.Community : -1;
        var moved = new SortedSet<int>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in Requests(groups.Select(g => (CypherStatements.CommunityLabelsOf(g.Label), g.Ids)), batchSize))
        {
            foreach (var result in await client.RunAsync(request, ct))
                foreach (var row in result.Rows)
                {
                    var id = row[0].GetString()!;
                    found.Add(id);
                    var top = Top(id);
                    var held = row[1].EnumerateArray().Select(l => Neo4jSchema.CommunityOfLabel(l.GetString() ?? "")).OfType<int>().ToList();
                    moved.UnionWith(held.Where(c => c != top));
                    if (top >= 0 && !held.Contains(top)) moved.Add(top);
                }
        }
        // Nodes this load adds are not in the database yet: their communities gain members too.
        moved.UnionWith(groups.SelectMany(g => g.Ids).Where(id => !found.Contains(id)).Select(Top).Where(top => top >= 0));
        return [.. moved];
    }
}
