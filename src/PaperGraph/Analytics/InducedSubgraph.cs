namespace PaperGraph.Analytics;

/// <summary>The subgraph on a set of nodes, renumbered 0..k-1 in ascending order of the original ids.</summary>
internal static class InducedSubgraph
{
    /// <param name="nodes">Original node ids, ascending and distinct.</param>
    /// <param name="local">Scratch of the parent's size filled with -1; restored to -1 before returning.</param>
    public static CsrGraph Build(CsrGraph graph, ReadOnlySpan<int> nodes, int[] local)
    {
        for (var i = 0; i < nodes.Length; i++) local[nodes[i]] = i;
        var offsets = new int[nodes.Length + 1];
        for (var i = 0; i < nodes.Length; i++)
        {
            var kept = 0;
            foreach (var u in graph.Neighbors(nodes[i])) if (local[u] >= 0) kept++;
            offsets[i + 1] = offsets[i] + kept;
        }
        var targets = new int[offsets[nodes.Length]];
        var weights = new double[targets.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var neighbors = graph.Neighbors(nodes[i]);
            var neighborWeights = graph.NeighborWeights(nodes[i]);
            var at = offsets[i];
            for (var j = 0; j < neighbors.Length; j++)
            {
                var u = local[neighbors[j]];
                if (u < 0) continue;
                // Ascending original ids map to ascending local ids, so rows stay sorted.
                targets[at] = u;
                weights[at] = neighborWeights[j];
                at++;
            }
        }
        foreach (var v in nodes) local[v] = -1;
        return new CsrGraph(offsets, targets, weights);
    }
}
