namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Betweenness centrality by Brandes' algorithm (2001) on hop counts: one breadth-first sweep per
/// source, then dependencies accumulated level by level in reverse (see <see cref="PathSweep"/>).
/// Undirected pairs are counted once. Sweeps run in parallel in fixed chunks whose sums are added in
/// chunk order, so the result is the same on any number of cores. <see cref="PathCentrality"/> computes
/// it together with harmonic closeness from the same sweeps.
/// </summary>
public static class Betweenness
{
    public static BetweennessResult Compute(CsrGraph graph, PathCentralityOptions? options = null,
        CancellationToken cancellationToken = default) =>
        PathCentrality.Run(graph, options, PathMeasures.Betweenness, cancellationToken).Betweenness!;
}
