using PaperGraph.Analytics.Components;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// The graph the shortest-path sweeps run on. For exact results every leaf (a node of degree 1 whose
/// neighbour has degree 2 or more) is folded into that neighbour, its parent: a leaf is never between
/// two other nodes and its distances are its parent's plus one, so a sweep from the parent stands for
/// the sweeps from all its leaves. Brandes' dependencies are then weighted by <see cref="Weight"/>
/// (1 + the node's leaves) and the leaves' own terms are added in closed form (see
/// <see cref="PathCentrality"/>). A quarter of the nodes of a 10k-paper knowledge graph are leaves: each
/// is a sweep saved and a node fewer in every other sweep. The kept nodes are renumbered in breadth-first
/// order, so that neighbours have nearby numbers and a sweep's scattered reads and writes stay in fewer
/// cache lines (about 10% faster on knowledge graphs). Numbering depends on the graph only.
/// </summary>
internal sealed record FoldedGraph
{
    public required int NodeCount { get; init; }
    public required int[] Offsets { get; init; }
    public required int[] Targets { get; init; }
    /// <summary>Per kept node: 1 + its folded leaves.</summary>
    public required double[] Weight { get; init; }
    /// <summary>Per kept node: its folded leaves.</summary>
    public required int[] Leaves { get; init; }
    /// <summary>Per original node: its kept number, or for a folded leaf ~(its parent's kept number).</summary>
    public required int[] KeptId { get; init; }
    /// <summary>Per kept node: the size of its connected component in the original graph (leaves included); empty when nothing is folded.</summary>
    public required int[] ComponentSize { get; init; }

    public bool HasLeaves => ComponentSize.Length > 0;

    /// <summary>Every node kept with weight 1, renumbered (pivot sources are original nodes, mapped through <see cref="KeptId"/>).</summary>
    public static FoldedGraph Unfolded(CsrGraph graph) => Build(graph, foldLeaves: false);

    public static FoldedGraph FoldLeaves(CsrGraph graph) => Build(graph, foldLeaves: true);

    private static FoldedGraph Build(CsrGraph graph, bool foldLeaves)
    {
        var n = graph.NodeCount;
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        const int Unnumbered = -1, Leaf = -2;
        var keptId = new int[n];
        for (var v = 0; v < n; v++) keptId[v] = foldLeaves && IsLeaf(graph, v) ? Leaf : Unnumbered;

        // Breadth-first numbering of the kept nodes, each component from its first node; original[k] is kept node k.
        var original = new int[n];
        var kept = 0;
        for (var start = 0; start < n; start++)
        {
            if (keptId[start] != Unnumbered) continue;
            keptId[start] = kept;
            original[kept++] = start;
            for (var head = kept - 1; head < kept; head++)
            {
                var v = original[head];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var u = targets[e];
                    if (keptId[u] != Unnumbered) continue;
                    keptId[u] = kept;
                    original[kept++] = u;
                }
            }
        }

        var leaves = new int[kept];
        for (var v = 0; v < n; v++)
        {
            if (keptId[v] != Leaf) continue;
            var parent = keptId[targets[offsets[v]]];
            leaves[parent]++;
            keptId[v] = ~parent;
        }
        var weight = new double[kept];
        for (var k = 0; k < kept; k++) weight[k] = 1.0 + leaves[k];

        var keptOffsets = new int[kept + 1];
        var keptTargets = new int[offsets[n] - 2 * (n - kept)];
        var at = 0;
        for (var k = 0; k < kept; k++)
        {
            var v = original[k];
            var first = at;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var u = keptId[targets[e]];
                if (u >= 0) keptTargets[at++] = u;
            }
            Array.Sort(keptTargets, first, at - first);
            keptOffsets[k + 1] = at;
        }
        return new FoldedGraph
        {
            NodeCount = kept, Offsets = keptOffsets, Targets = keptTargets, Weight = weight, Leaves = leaves, KeptId = keptId,
            ComponentSize = kept < n ? ComponentSizes(graph, keptId, kept) : [],
        };
    }

    private static bool IsLeaf(CsrGraph graph, int v) =>
        graph.Degree(v) == 1 && graph.Degree(graph.TargetArray[graph.OffsetArray[v]]) >= 2;

    private static int[] ComponentSizes(CsrGraph graph, int[] keptId, int kept)
    {
        var components = ConnectedComponents.Compute(graph);
        var sizes = new int[kept];
        for (var v = 0; v < keptId.Length; v++)
            if (keptId[v] >= 0) sizes[keptId[v]] = components.Sizes[components.Membership[v]];
        return sizes;
    }
}
