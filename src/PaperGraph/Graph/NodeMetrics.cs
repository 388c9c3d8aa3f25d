namespace PaperGraph.Graph;

/// <summary>
/// Analytics for one node of the knowledge graph: centralities and its community at every
/// level of the hierarchy (Path[0] is the top level, the last element the finest).
/// </summary>
public sealed record NodeMetrics(
    double PageRank,
    double Betweenness,
    double Degree,
    double Closeness,
    IReadOnlyList<int> CommunityPath)
{
    /// <summary>The top-level community, or -1 when the node is in none (isolated, not projected).</summary>
    public int Community => CommunityPath.Count > 0 ? CommunityPath[0] : -1;
}
