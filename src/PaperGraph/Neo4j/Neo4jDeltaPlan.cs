namespace PaperGraph.Neo4j;

/// <summary>Ids of one label, for the statements that take a list of ids.</summary>
internal sealed record IdGroup(string Label, IReadOnlyList<string> Ids);

/// <summary>
/// What a load after an update sends (docs/scaling.md, "How `load neo4j` uses it"), in the order it is sent:
/// the deletions, then the added and changed rows as a <see cref="Neo4jLoadPlan"/>, then the analytics of
/// every node and the levels of changed communities.
/// </summary>
internal sealed record Neo4jDeltaPlan(Neo4jLoadPlan Upserts)
{
    /// <summary>Removed and changed papers: their :Result nodes go (a changed paper's come back with it).</summary>
    public IReadOnlyList<string> PapersWithReplacedResults { get; init; } = [];

    public IReadOnlyList<IdGroup> RemovedNodes { get; init; } = [];

    /// <summary>Removed relationships whose ends both stay (a removed node takes its relationships with it).</summary>
    public IReadOnlyList<RelationshipGroup> RemovedRelationships { get; init; } = [];

    public IReadOnlyList<string> RemovedCommunities { get; init; } = [];

    /// <summary>Changed communities: their PARENT relationship is written again, as the parent may have changed.</summary>
    public IReadOnlyList<string> ReparentedCommunities { get; init; } = [];

    /// <summary>Nodes whose community path changed: IN_COMMUNITY and the Community_N label are redone.</summary>
    public IReadOnlyList<IdGroup> Membership { get; init; } = [];

    public IReadOnlyList<NodeGroup> Analytics { get; init; } = [];

    /// <summary>Changed communities with their level ({id, level}), for the IN_COMMUNITY relationships into them.</summary>
    public IReadOnlyList<Row> CommunityLevels { get; init; } = [];

    public long DeletionRows =>
        PapersWithReplacedResults.Count + RemovedNodes.Sum(g => (long)g.Ids.Count) + RemovedRelationships.Sum(g => (long)g.Rows.Count)
        + RemovedCommunities.Count + ReparentedCommunities.Count + Membership.Sum(g => (long)g.Ids.Count);

    public long AnalyticsRows => Analytics.Sum(g => (long)g.Rows.Count) + CommunityLevels.Count;
}
