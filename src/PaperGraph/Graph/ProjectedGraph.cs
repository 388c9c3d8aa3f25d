using PaperGraph.Analytics;

namespace PaperGraph.Graph;

/// <summary>
/// A knowledge graph projected onto a plain weighted graph: the CSR graph, the node ids (paper ids and
/// entity id values) behind its dense numbers, and for the shared-benchmarks projection the list of
/// shared datasets and benchmarks of each edge, keyed by (smaller node, larger node).
/// </summary>
public sealed record ProjectedGraph(CsrGraph Graph, NodeIndex Index, IReadOnlyDictionary<(int, int), IReadOnlyList<EntityId>> Shared)
{
    /// <summary>The shared datasets and benchmarks of methods u and v (empty for other projections or no edge).</summary>
    public IReadOnlyList<EntityId> SharedBetween(int u, int v) =>
        Shared.TryGetValue(u < v ? (u, v) : (v, u), out var list) ? list : [];
}
