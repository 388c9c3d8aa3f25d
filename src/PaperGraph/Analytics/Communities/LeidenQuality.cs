namespace PaperGraph.Analytics.Communities;

/// <summary>
/// The objective value of a partition of the level-0 graph, from Leiden's side: internal weight per
/// community minus the resolution penalty, summed in fixed chunks so the value does not depend on the
/// core count. <see cref="Modularity"/> is a separate implementation that tests use to check this one.
/// </summary>
internal static class LeidenQuality
{
    public static double Of(WorkGraph graph, int[] membership, LeidenOptions options, double totalWeight)
    {
        var n = graph.NodeCount;
        var chunks = ParallelChunks.Count(n);
        var partial = new double[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            var (from, to) = ParallelChunks.Range(chunk, n);
            var inside = 0.0;
            for (var v = from; v < to; v++)
            {
                var c = membership[v];
                for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
                {
                    if (membership[graph.Targets[e]] == c) inside += graph.Weights[e];
                }
            }
            partial[chunk] = inside;
        });
        var internalWeight = 0.0;
        foreach (var p in partial) internalWeight += p;
        internalWeight /= 2;

        var groupWeight = new double[n];
        for (var v = 0; v < n; v++) groupWeight[membership[v]] += graph.NodeWeights[v];
        var penalty = 0.0;
        if (options.Objective == QualityObjective.Modularity)
        {
            foreach (var k in groupWeight) penalty += k * k;
            return internalWeight / totalWeight - options.Resolution * penalty / (4 * totalWeight * totalWeight);
        }
        foreach (var size in groupWeight) penalty += size * (size - 1) / 2;
        return internalWeight - options.Resolution * penalty;
    }
}
