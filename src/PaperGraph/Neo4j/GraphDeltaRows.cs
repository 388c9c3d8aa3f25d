using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Cuts the rows of a full load (<see cref="GraphRows"/>) down to what a change set names, and adds the
/// deletions, so that the database that held the previous build ends up as a full load of this one would
/// leave it (checked against a real server in Neo4jIncrementalLoadIntegrationTests).
/// </summary>
internal static class GraphDeltaRows
{
    public static Neo4jDeltaPlan Plan(KnowledgeGraph graph, GraphAnalysis analysis, ChangeSet changes)
    {
        var full = GraphRows.Plan(graph, analysis, changes.To);
        var paperIds = new HashSet<string>(graph.Papers.Select(p => p.Id.Value), StringComparer.Ordinal);
        var nodeIds = new HashSet<string>(paperIds, StringComparer.Ordinal);
        nodeIds.UnionWith(graph.Entities.Select(e => e.Id.Value));

        var upsertNodes = new HashSet<string>(changes.NodesAdded.Concat(changes.NodesChanged), StringComparer.Ordinal);
        var upsertPapers = new HashSet<string>(upsertNodes.Where(paperIds.Contains), StringComparer.Ordinal);
        var removed = new HashSet<string>(changes.NodesRemoved, StringComparer.Ordinal);
        var upsertCommunities = new HashSet<string>(changes.CommunitiesAdded.Concat(changes.CommunitiesChanged).Select(Neo4jSchema.CommunityId), StringComparer.Ordinal);
        var membership = new HashSet<string>(changes.MembershipChanged.Where(nodeIds.Contains), StringComparer.Ordinal);
        var upsertEdges = new HashSet<(string, string, string)>(
            changes.RelationshipsAdded.Concat(changes.RelationshipsChanged).Select(r => (r.Source, r.Kind.RelationshipType(), r.Target)));

        var resultIds = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<NodeGroup>();
        foreach (var group in full.Nodes)
        {
            Func<Row, bool> keep = group.Label switch
            {
                Neo4jSchema.Result => row => upsertPapers.Contains((string)Props(row)["paper"]!) && resultIds.Add((string)row["id"]!),
                Neo4jSchema.Community => row => upsertCommunities.Contains((string)row["id"]!),
                _ => row => upsertNodes.Contains((string)row["id"]!),
            };
            if (group.Rows.Where(keep).ToList() is { Count: > 0 } kept) nodes.Add(group with { Rows = kept });
        }

        var relationships = new List<RelationshipGroup>();
        foreach (var group in full.Relationships)
        {
            Func<Row, bool> keep = group.Type switch
            {
                Neo4jSchema.Reports => row => upsertPapers.Contains(Source(row)),
                Neo4jSchema.OfMetric or Neo4jSchema.OnTarget or Neo4jSchema.ForMethod => row => resultIds.Contains(Source(row)),
                Neo4jSchema.InCommunity => row => membership.Contains(Source(row)),
                Neo4jSchema.Parent => row => upsertCommunities.Contains(Source(row)),
                _ => row => upsertEdges.Contains((Source(row), group.Type, (string)row["target"]!)),
            };
            if (group.Rows.Where(keep).ToList() is { Count: > 0 } kept) relationships.Add(group with { Rows = kept });
        }

        var changedCommunities = changes.CommunitiesChanged.ToHashSet();
        var removedPapers = removed.Where(id => Neo4jSchema.LabelOfAnyNodeId(id, paperIds) == Neo4jSchema.Paper);
        return new Neo4jDeltaPlan(new Neo4jLoadPlan(nodes, relationships))
        {
            PapersWithReplacedResults = [.. removedPapers.Concat(changes.NodesChanged.Where(paperIds.Contains)).Order(StringComparer.Ordinal)],
            RemovedNodes = ByLabel(removed, paperIds),
            RemovedRelationships = RemovedRelationships(changes, removed, paperIds),
            RemovedCommunities = [.. changes.CommunitiesRemoved.Order().Select(Neo4jSchema.CommunityId)],
            ReparentedCommunities = [.. changes.CommunitiesChanged.Order().Select(Neo4jSchema.CommunityId)],
            Membership = ByLabel(membership, paperIds),
            Analytics = GraphRows.Analytics(graph, analysis),
            CommunityLevels = [.. analysis.Communities
                .Where(c => changedCommunities.Contains(c.Id))
                .OrderBy(c => c.Id)
                .Select(c => new Row { ["id"] = Neo4jSchema.CommunityId(c.Id), ["level"] = c.Level })],
        };
    }

    private static IReadOnlyList<RelationshipGroup> RemovedRelationships(ChangeSet changes, HashSet<string> removed, HashSet<string> paperIds) =>
        [.. changes.RelationshipsRemoved
            .Where(r => !removed.Contains(r.Source) && !removed.Contains(r.Target))
            .GroupBy(r => (Type: r.Kind.RelationshipType(), Source: Neo4jSchema.LabelOfAnyNodeId(r.Source, paperIds), Target: Neo4jSchema.LabelOfAnyNodeId(r.Target, paperIds)))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .Select(g => new RelationshipGroup(g.Key.Type, g.Key.Source, g.Key.Target,
                [.. g.Select(r => new Row { ["source"] = r.Source, ["target"] = r.Target })]))];

    private static IReadOnlyList<IdGroup> ByLabel(IEnumerable<string> ids, HashSet<string> paperIds)
    {
        var labelOrder = Neo4jSchema.KeyedLabels.ToList();
        return [.. ids.GroupBy(id => Neo4jSchema.LabelOfAnyNodeId(id, paperIds))
            .OrderBy(g => labelOrder.IndexOf(g.Key))
            .Select(g => new IdGroup(g.Key, [.. g.Order(StringComparer.Ordinal)]))];
    }

    private static Row Props(Row row) => (Row)row["props"]!;

    private static string Source(Row row) => (string)row["source"]!;
}
