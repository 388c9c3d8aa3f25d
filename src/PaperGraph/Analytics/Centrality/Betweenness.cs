using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Betweenness centrality by Brandes' algorithm (2001) on hop counts: one breadth-first sweep per
/// source, then dependencies accumulated in reverse visit order. No predecessor lists: each node pulls
/// (1 + δ(w)) / σ(w) from its neighbours one hop further from the source, which saves an edge-sized list
/// per thread and a branch the processor cannot predict. Sources are swept in parallel in fixed chunks
/// whose sums are added in chunk order, so the result is the same on any number of cores.
/// </summary>
public static class Betweenness
{
    public static BetweennessResult Compute(CsrGraph graph, PathCentralityOptions? options = null)
    {
        options ??= PathCentralityOptions.Default;
        var n = graph.NodeCount;
        var sources = options.Sources(n);
        var isExact = sources.Length == n;
        var sums = SourceChunks.Accumulate(graph, sources, Accumulate);

        // Each undirected pair is seen from both ends when every node is a source; a sample of k
        // sources stands for n of them.
        var scale = 0.5 * (isExact || sources.Length == 0 ? 1.0 : (double)n / sources.Length);
        for (var v = 0; v < n; v++) sums[v] *= scale;
        return new BetweennessResult(ImmutableCollectionsMarshal.AsImmutableArray(sums), isExact, sources.Length);
    }

    private static void Accumulate(int[] offsets, int[] targets, int source, BreadthFirstWorkspace work, double[] into)
    {
        work.Sweep(offsets, targets, source);
        var distance = work.Distance;
        var paths = work.PathCount;
        var coefficient = work.Coefficient;
        var order = work.Order;
        for (var i = work.Visited - 1; i > 0; i--)
        {
            var v = order[i];
            var below = distance[v] + 1;
            var sum = 0.0;
            var end = offsets[v + 1];
            for (var e = offsets[v]; e < end; e++)
            {
                var w = targets[e];
                sum += distance[w] == below ? coefficient[w] : 0.0;
            }
            var dependency = paths[v] * sum;
            coefficient[v] = (1 + dependency) / paths[v];
            into[v] += dependency;
        }
        work.Reset();
    }
}
