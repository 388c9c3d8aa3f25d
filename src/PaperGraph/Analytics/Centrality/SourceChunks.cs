namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Runs a per-source accumulation over many sources in parallel. Sources are cut into a fixed number of
/// chunks (depending on the sources and n only); each chunk adds into its own array and the arrays are
/// summed in chunk order, so floating-point results do not depend on scheduling or core count.
/// </summary>
internal static class SourceChunks
{
    public delegate void PerSource(int[] offsets, int[] targets, int source, BreadthFirstWorkspace work, double[] into);

    public static double[] Accumulate(CsrGraph graph, int[] sources, PerSource perSource)
    {
        var n = graph.NodeCount;
        var total = new double[n];
        if (sources.Length == 0) return total;
        // Fewer chunk arrays on big graphs keeps memory at a few n-sized arrays.
        var chunkCount = Math.Min(sources.Length, n <= 50_000 ? 32 : 8);
        var perChunk = new double[chunkCount][];
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        Parallel.For(0, chunkCount,
            () => new BreadthFirstWorkspace(n),
            (chunk, _, work) =>
            {
                var into = new double[n];
                var from = (int)((long)sources.Length * chunk / chunkCount);
                var to = (int)((long)sources.Length * (chunk + 1) / chunkCount);
                for (var i = from; i < to; i++) perSource(offsets, targets, sources[i], work, into);
                perChunk[chunk] = into;
                return work;
            },
            _ => { });
        foreach (var chunk in perChunk)
        {
            for (var v = 0; v < n; v++) total[v] += chunk[v];
        }
        return total;
    }
}
