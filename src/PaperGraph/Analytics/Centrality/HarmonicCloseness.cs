using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Harmonic closeness: H(v) = sum over u != v of 1 / d(v, u) in hops, unreachable pairs adding 0, so it
/// is defined on disconnected graphs (unlike classic closeness). Distances are symmetric, so a sweep from
/// a source s adds 1 / d(s, v) to every v it reaches; a sample of k sources is scaled to stand for n - 1.
/// </summary>
public static class HarmonicCloseness
{
    public static ClosenessResult Compute(CsrGraph graph, PathCentralityOptions? options = null)
    {
        options ??= PathCentralityOptions.Default;
        var n = graph.NodeCount;
        var sources = options.Sources(n);
        var isExact = sources.Length == n;
        var sums = SourceChunks.Accumulate(graph, sources, Accumulate);
        if (!isExact)
        {
            var isSource = new bool[n];
            foreach (var s in sources) isSource[s] = true;
            for (var v = 0; v < n; v++)
            {
                // A pivot's own sweep does not count towards itself: it has k - 1 others.
                var others = isSource[v] ? sources.Length - 1 : sources.Length;
                sums[v] = others > 0 ? sums[v] * (n - 1) / others : 0;
            }
        }
        return new ClosenessResult(ImmutableCollectionsMarshal.AsImmutableArray(sums), isExact, sources.Length);
    }

    private static void Accumulate(int[] offsets, int[] targets, int source, BreadthFirstWorkspace work, double[] into)
    {
        work.Sweep(offsets, targets, source);
        for (var i = 1; i < work.Visited; i++)
        {
            var v = work.Order[i];
            into[v] += 1.0 / work.Distance[v];
        }
        work.Reset();
    }
}
