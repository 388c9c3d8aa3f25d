namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Builds the next level's graph: one node per sub-community, an edge between two sub-communities
/// weighted by the total weight between them, node weights summed. Rows are built in parallel in
/// fixed chunks and concatenated in order, so the result does not depend on scheduling.
/// </summary>
internal static class Aggregation
{
    public static WorkGraph Run(WorkGraph graph, int[] refined, int count)
    {
        var n = graph.NodeCount;
        var start = new int[count + 1];
        foreach (var s in refined) start[s + 1]++;
        for (var s = 0; s < count; s++) start[s + 1] += start[s];
        var members = new int[n];
        var cursor = start[..count];
        for (var v = 0; v < n; v++) members[cursor[refined[v]]++] = v;

        var nodeWeights = new double[count];
        for (var v = 0; v < n; v++) nodeWeights[refined[v]] += graph.NodeWeights[v];

        var chunks = ParallelChunks.Count(count);
        var rowTargets = new int[chunks][];
        var rowWeights = new double[chunks][];
        var degrees = new int[count];
        Parallel.For(0, chunks,
            () => (Weight: new double[count], Touched: new int[count]),
            (chunk, _, scratch) =>
            {
                var from = (int)((long)count * chunk / chunks);
                var to = (int)((long)count * (chunk + 1) / chunks);
                (rowTargets[chunk], rowWeights[chunk]) = BuildRows(graph, refined, start, members, from, to, degrees, scratch.Weight, scratch.Touched);
                return scratch;
            },
            _ => { });

        var offsets = new int[count + 1];
        for (var s = 0; s < count; s++) offsets[s + 1] = offsets[s] + degrees[s];
        var targets = new int[offsets[count]];
        var weights = new double[offsets[count]];
        var at = 0;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            Array.Copy(rowTargets[chunk], 0, targets, at, rowTargets[chunk].Length);
            Array.Copy(rowWeights[chunk], 0, weights, at, rowWeights[chunk].Length);
            at += rowTargets[chunk].Length;
        }
        return new WorkGraph(offsets, targets, weights, nodeWeights);
    }

    private static (int[] Targets, double[] Weights) BuildRows(WorkGraph graph, int[] refined, int[] start, int[] members,
        int from, int to, int[] degrees, double[] weight, int[] touched)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var capacity = 0L;
        for (var i = start[from]; i < start[to]; i++) capacity += offsets[members[i] + 1] - offsets[members[i]];
        var outTargets = new int[capacity];
        var outWeights = new double[capacity];
        var written = 0;
        for (var s = from; s < to; s++)
        {
            var count = 0;
            for (var i = start[s]; i < start[s + 1]; i++)
            {
                var v = members[i];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var t = refined[targets[e]];
                    if (t == s) continue;
                    if (weight[t] == 0) touched[count++] = t;
                    weight[t] += weights[e];
                }
            }
            for (var i = 0; i < count; i++)
            {
                var t = touched[i];
                outTargets[written] = t;
                outWeights[written] = weight[t];
                written++;
                weight[t] = 0;
            }
            degrees[s] = count;
        }
        Array.Resize(ref outTargets, written);
        Array.Resize(ref outWeights, written);
        return (outTargets, outWeights);
    }
}
