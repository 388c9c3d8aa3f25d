namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Quality of a given partition, computed straight from the definition on the CSR graph (independent of
/// Leiden's bookkeeping): modularity Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j), evaluated
/// per community as Σ_c [ in_c / m − γ (K_c / 2m)² ]; and CPM H = Σ_c [ in_c − γ n_c (n_c − 1) / 2 ].
/// </summary>
public static class Modularity
{
    public static double Compute(CsrGraph graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        var groups = Tally(graph, membership);
        var m = graph.TotalWeight;
        if (m == 0) return 0;
        var q = 0.0;
        foreach (var (internalWeight, strength, _) in groups.Values)
        {
            q += internalWeight / m - resolution * (strength / (2 * m)) * (strength / (2 * m));
        }
        return q;
    }

    public static double Cpm(CsrGraph graph, IReadOnlyList<int> membership, double resolution)
    {
        var groups = Tally(graph, membership);
        var h = 0.0;
        foreach (var (internalWeight, _, size) in groups.Values)
        {
            h += internalWeight - resolution * size * (size - 1) / 2.0;
        }
        return h;
    }

    public static double Of(CsrGraph graph, IReadOnlyList<int> membership, QualityObjective objective, double resolution) =>
        objective == QualityObjective.Modularity ? Compute(graph, membership, resolution) : Cpm(graph, membership, resolution);

    private static Dictionary<int, (double Internal, double Strength, long Size)> Tally(
        CsrGraph graph, IReadOnlyList<int> membership)
    {
        if (membership.Count != graph.NodeCount)
            throw new ArgumentException($"Membership has {membership.Count} entries for {graph.NodeCount} nodes.", nameof(membership));
        var groups = new Dictionary<int, (double Internal, double Strength, long Size)>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = membership[v];
            groups.TryGetValue(c, out var g);
            var neighbors = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            var own = 0.0;
            for (var i = 0; i < neighbors.Length; i++)
            {
                // Each internal edge is met from both ends: count it once, from its smaller end.
                if (neighbors[i] > v && membership[neighbors[i]] == c) own += weights[i];
            }
            groups[c] = (g.Internal + own, g.Strength + graph.Strength(v), g.Size + 1);
        }
        return groups;
    }
}
