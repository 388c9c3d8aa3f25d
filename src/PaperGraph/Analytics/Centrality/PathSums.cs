namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Per-node sums over sources, on the folded graph's kept nodes: dependencies, inverse distances and
/// the inverse distances as seen from a node's folded leaves (one hop further).
/// </summary>
internal sealed record PathSums(double[]? Dependency, double[]? InverseDistance, double[]? LeafInverseDistance)
{
    public static PathSums Create(int n, PathMeasures measures, bool hasLeaves)
    {
        var closeness = measures.HasFlag(PathMeasures.Closeness);
        return new PathSums(
            measures.HasFlag(PathMeasures.Betweenness) ? new double[n] : null,
            closeness ? new double[n] : null,
            closeness && hasLeaves ? new double[n] : null);
    }

    public void Add(PathSums other)
    {
        AddArray(Dependency, other.Dependency);
        AddArray(InverseDistance, other.InverseDistance);
        AddArray(LeafInverseDistance, other.LeafInverseDistance);
    }

    private static void AddArray(double[]? into, double[]? values)
    {
        if (into is null || values is null) return;
        for (var v = 0; v < into.Length; v++) into[v] += values[v];
    }
}
