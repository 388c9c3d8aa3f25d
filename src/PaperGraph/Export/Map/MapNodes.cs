using PaperGraph.Graph;

namespace PaperGraph.Export.Map;

/// <summary>
/// The nodes the map draws, numbered as the page numbers them: drawn papers first, then drawn
/// entities, each in the graph's own (id) order.
/// </summary>
internal sealed record MapNodes(
    IReadOnlyList<PaperNode> Papers,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyDictionary<string, int> IndexOf,
    int MaxNodes,
    bool Capped)
{
    public int Count => Papers.Count + Entities.Count;

    public string IdAt(int index) => index < Papers.Count ? Papers[index].Id.Value : Entities[index - Papers.Count].Id.Value;

    /// <summary>
    /// Every node when the graph has at most <paramref name="maxNodes"/>; otherwise the
    /// <paramref name="maxNodes"/> with the highest PageRank (ties by id), papers and entities alike.
    /// </summary>
    public static MapNodes Select(KnowledgeGraph graph, GraphAnalysis analysis, int maxNodes)
    {
        var total = graph.Papers.Count + graph.Entities.Count;
        var capped = total > maxNodes;
        HashSet<string>? kept = null;
        if (capped)
        {
            var ids = new string[total];
            var ranks = new double[total];
            for (var i = 0; i < graph.Papers.Count; i++) ids[i] = graph.Papers[i].Id.Value;
            for (var i = 0; i < graph.Entities.Count; i++) ids[graph.Papers.Count + i] = graph.Entities[i].Id.Value;
            for (var i = 0; i < total; i++) ranks[i] = PageRankOf(analysis, ids[i]);
            var order = Enumerable.Range(0, total).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var c = ranks[b].CompareTo(ranks[a]);
                return c != 0 ? c : string.CompareOrdinal(ids[a], ids[b]);
            });
            kept = new HashSet<string>(order.Take(maxNodes).Select(i => ids[i]), StringComparer.Ordinal);
        }
        var papers = kept is null ? graph.Papers : graph.Papers.Where(p => kept.Contains(p.Id.Value)).ToList();
        var entities = kept is null ? graph.Entities : graph.Entities.Where(e => kept.Contains(e.Id.Value)).ToList();
        var indexOf = new Dictionary<string, int>(papers.Count + entities.Count, StringComparer.Ordinal);
        foreach (var paper in papers) indexOf[paper.Id.Value] = indexOf.Count;
        foreach (var entity in entities) indexOf[entity.Id.Value] = indexOf.Count;
        return new MapNodes(papers, entities, indexOf, maxNodes, capped);
    }

    public static double PageRankOf(GraphAnalysis analysis, string id) =>
        analysis.Nodes.TryGetValue(id, out var metrics) && double.IsFinite(metrics.PageRank) ? metrics.PageRank : 0;
}
