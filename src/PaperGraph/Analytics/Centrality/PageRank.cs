using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// PageRank by power iteration on an undirected graph: from node u the walk follows edge (u, v) with
/// probability w_uv / strength(u) and teleports uniformly with probability 1 - damping. The mass of
/// isolated (dangling) nodes is spread uniformly, so the scores always sum to 1. Each iteration is a
/// Jacobi step from the previous vector, exactly as networkx's pagerank, so with the same stopping rule
/// the iterates agree with networkx's. Work is split in fixed chunks (see <see cref="ParallelChunks"/>),
/// so results do not depend on the number of cores. Cancellation is checked once per iteration.
/// </summary>
public static class PageRank
{
    public static PageRankResult Compute(CsrGraph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= PageRankOptions.Default;
        var n = graph.NodeCount;
        if (n == 0) return new PageRankResult([], 0, 0, true);

        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        var weights = options.Weighted ? graph.WeightArray : null;
        var inverseStrength = new double[n];
        for (var v = 0; v < n; v++)
        {
            var s = options.Weighted ? graph.StrengthArray[v] : graph.Degree(v);
            inverseStrength[v] = s > 0 ? 1.0 / s : 0.0;
        }

        var alpha = options.Damping;
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        var next = new double[n];
        var share = new double[n];
        var chunks = ParallelChunks.Count(n);
        var partial = new double[chunks];

        var iterations = 0;
        var change = double.PositiveInfinity;
        while (iterations < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            Parallel.For(0, chunks, chunk =>
            {
                var (from, to) = ParallelChunks.Range(chunk, n);
                var dangling = 0.0;
                for (var v = from; v < to; v++)
                {
                    share[v] = x[v] * inverseStrength[v];
                    if (inverseStrength[v] == 0) dangling += x[v];
                }
                partial[chunk] = dangling;
            });
            var danglingMass = Sum(partial);
            var baseline = (1 - alpha) / n + alpha * danglingMass / n;

            var current = x;
            var updated = next;
            Parallel.For(0, chunks, chunk =>
            {
                var (from, to) = ParallelChunks.Range(chunk, n);
                partial[chunk] = weights is null
                    ? StepUnweighted(offsets, targets, share, current, updated, alpha, baseline, from, to)
                    : StepWeighted(offsets, targets, weights, share, current, updated, alpha, baseline, from, to);
            });
            change = Sum(partial);
            (x, next) = (next, x);
            if (change < options.Tolerance) break;
        }

        return new PageRankResult(ImmutableCollectionsMarshal.AsImmutableArray(x), iterations, change, change < options.Tolerance);
    }

    private static double StepWeighted(int[] offsets, int[] targets, double[] weights, double[] share,
        double[] current, double[] updated, double alpha, double baseline, int from, int to)
    {
        var change = 0.0;
        for (var v = from; v < to; v++)
        {
            var sum = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++) sum += weights[e] * share[targets[e]];
            var value = baseline + alpha * sum;
            change += Math.Abs(value - current[v]);
            updated[v] = value;
        }
        return change;
    }

    private static double StepUnweighted(int[] offsets, int[] targets, double[] share,
        double[] current, double[] updated, double alpha, double baseline, int from, int to)
    {
        var change = 0.0;
        for (var v = from; v < to; v++)
        {
            var sum = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++) sum += share[targets[e]];
            var value = baseline + alpha * sum;
            change += Math.Abs(value - current[v]);
            updated[v] = value;
        }
        return change;
    }

    private static double Sum(double[] values)
    {
        var total = 0.0;
        foreach (var v in values) total += v;
        return total;
    }
}
