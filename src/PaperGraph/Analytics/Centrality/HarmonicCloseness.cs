namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Harmonic closeness: H(v) = sum over u != v of 1 / d(v, u) in hops, unreachable pairs adding 0, so it
/// is defined on disconnected graphs (unlike classic closeness). Distances are symmetric, so a sweep from
/// a source s adds 1 / d(s, v) to every v it reaches; a sample of k sources is scaled to stand for n - 1.
/// <see cref="PathCentrality"/> computes it together with betweenness from the same sweeps.
/// </summary>
public static class HarmonicCloseness
{
    public static ClosenessResult Compute(CsrGraph graph, PathCentralityOptions? options = null,
        CancellationToken cancellationToken = default) =>
        PathCentrality.Run(graph, options, PathMeasures.Closeness, cancellationToken).Closeness!;
}
