namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Runs the sweeps from many sources in parallel. Sources are cut into a fixed number of chunks
/// (depending on the sources and n only); each chunk adds into its own arrays and the arrays are summed
/// in chunk order, so floating-point results do not depend on scheduling or core count. Cancellation is
/// checked before every sweep: a cancelled run stops within one sweep per thread.
/// </summary>
internal static class SourceChunks
{
    public static PathSums Accumulate(FoldedGraph graph, int[] sources, PathMeasures measures, int originalNodes,
        CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var total = PathSums.Create(n, measures, graph.HasLeaves);
        if (sources.Length == 0) return total;
        // Fewer chunk arrays on big graphs keeps memory at a few n-sized arrays per measure.
        var chunkCount = Math.Min(sources.Length, originalNodes <= 50_000 ? 32 : 4);
        var perChunk = new PathSums[chunkCount];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, chunkCount, parallel,
            () => new PathSweep(n),
            (chunk, _, sweep) =>
            {
                var sums = PathSums.Create(n, measures, graph.HasLeaves);
                var from = (int)((long)sources.Length * chunk / chunkCount);
                var to = (int)((long)sources.Length * (chunk + 1) / chunkCount);
                for (var i = from; i < to && !cancellationToken.IsCancellationRequested; i++) Sweep(graph, sources[i], sweep, sums);
                perChunk[chunk] = sums;
                return sweep;
            },
            _ => { });
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var sums in perChunk) total.Add(sums);
        return total;
    }

    private static void Sweep(FoldedGraph graph, int source, PathSweep sweep, PathSums into)
    {
        sweep.Forward(graph.Offsets, graph.Targets, source);
        if (into.Dependency is not null)
            sweep.AddDependencies(graph.Offsets, graph.Targets, graph.Weight, graph.Weight[source], into.Dependency);
        if (into.InverseDistance is not null)
            sweep.AddInverseDistances(graph.Leaves[source], into.InverseDistance, into.LeafInverseDistance);
        sweep.Reset();
    }
}
