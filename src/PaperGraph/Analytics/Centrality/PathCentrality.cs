using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Betweenness and harmonic closeness from one set of breadth-first sweeps (one per source), shared by
/// both: exact up to <see cref="PathCentralityOptions.ExactNodeLimit"/> nodes, else from seeded pivots.
/// Exact runs fold every leaf into its parent first (<see cref="FoldedGraph"/>) and sweep only from the
/// kept nodes, each standing for itself and its L leaves (weight ω = 1 + L); with c the size of v's
/// component and d the hop distance from a source s:
/// <list type="bullet">
/// <item>betweenness of a kept v: ½ Σ_s ω(s) δ_s(v), Brandes' dependency with each target counted ω times,
/// plus L_v (c − 2) − L_v (L_v − 1) / 2 for the pairs with one of v's leaves at an end; a leaf's is 0;</item>
/// <item>closeness of a kept v: L_v + Σ_s [1 / d + L_s / (d + 1)]; of a leaf of p:
/// 1 + (L_p − 1) / 2 + Σ_{s ≠ p} [1 / (d(s, p) + 1) + L_s / (d(s, p) + 2)].</item>
/// </list>
/// Without leaves the sums are exactly the textbook ones. Deterministic: see <see cref="SourceChunks"/>.
/// </summary>
public static class PathCentrality
{
    public static PathCentralityResult Compute(CsrGraph graph, PathCentralityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var (betweenness, closeness) = Run(graph, options, PathMeasures.Betweenness | PathMeasures.Closeness, cancellationToken);
        return new PathCentralityResult(betweenness!, closeness!);
    }

    internal static (BetweennessResult? Betweenness, ClosenessResult? Closeness) Run(CsrGraph graph,
        PathCentralityOptions? options, PathMeasures measures, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= PathCentralityOptions.Default;
        var n = graph.NodeCount;
        var isExact = options.IsExact(n);
        var folded = isExact ? FoldedGraph.FoldLeaves(graph) : FoldedGraph.Unfolded(graph);
        var pivots = isExact ? [] : options.DrawPivots(n);
        var sources = isExact ? Enumerable.Range(0, folded.NodeCount).ToArray() : KeptSources(folded, pivots);
        var sums = SourceChunks.Accumulate(folded, sources, measures, n, cancellationToken);
        var sourceCount = isExact ? n : pivots.Length;
        var betweenness = sums.Dependency is null ? null
            : new BetweennessResult(AsImmutable(isExact ? ExactBetweenness(folded, sums.Dependency) : SampledBetweenness(folded, pivots, sums.Dependency)), isExact, sourceCount);
        var closeness = sums.InverseDistance is null ? null
            : new ClosenessResult(AsImmutable(isExact ? ExactCloseness(folded, sums) : SampledCloseness(folded, pivots, sums.InverseDistance)), isExact, sourceCount);
        return (betweenness, closeness);
    }

    private static int[] KeptSources(FoldedGraph folded, int[] pivots)
    {
        var sources = new int[pivots.Length];
        for (var i = 0; i < pivots.Length; i++) sources[i] = folded.KeptId[pivots[i]];
        Array.Sort(sources);
        return sources;
    }

    private static double[] ExactBetweenness(FoldedGraph folded, double[] dependency)
    {
        var scores = new double[folded.KeptId.Length];
        for (var v = 0; v < scores.Length; v++)
        {
            var k = folded.KeptId[v];
            if (k < 0) continue;
            // Each undirected pair is seen from both ends.
            scores[v] = 0.5 * dependency[k];
            var leaves = (double)folded.Leaves[k];
            if (leaves > 0) scores[v] += leaves * (folded.ComponentSize[k] - 2) - leaves * (leaves - 1) / 2;
        }
        return scores;
    }

    private static double[] SampledBetweenness(FoldedGraph folded, int[] pivots, double[] dependency)
    {
        // A sample of k sources stands for n of them; each pair is seen from both ends.
        var n = folded.KeptId.Length;
        var scale = 0.5 * (pivots.Length == 0 ? 1.0 : (double)n / pivots.Length);
        var scores = new double[n];
        for (var v = 0; v < n; v++) scores[v] = dependency[folded.KeptId[v]] * scale;
        return scores;
    }

    private static double[] ExactCloseness(FoldedGraph folded, PathSums sums)
    {
        var scores = new double[folded.KeptId.Length];
        var inverse = sums.InverseDistance!;
        for (var v = 0; v < scores.Length; v++)
        {
            var k = folded.KeptId[v];
            if (k >= 0)
            {
                scores[v] = folded.Leaves[k] > 0 ? inverse[k] + folded.Leaves[k] : inverse[k];
                continue;
            }
            // A leaf: its parent at 1, its siblings at 2, everyone else one hop further than from the parent.
            var parent = ~k;
            scores[v] = 1 + (folded.Leaves[parent] - 1) / 2.0 + sums.LeafInverseDistance![parent];
        }
        return scores;
    }

    private static double[] SampledCloseness(FoldedGraph folded, int[] pivots, double[] inverse)
    {
        var n = folded.KeptId.Length;
        var isPivot = new bool[n];
        foreach (var s in pivots) isPivot[s] = true;
        var scores = new double[n];
        for (var v = 0; v < n; v++)
        {
            // A pivot's own sweep does not count towards itself: it has k - 1 others.
            var others = isPivot[v] ? pivots.Length - 1 : pivots.Length;
            scores[v] = others > 0 ? inverse[folded.KeptId[v]] * (n - 1) / others : 0;
        }
        return scores;
    }

    private static ImmutableArray<double> AsImmutable(double[] values) =>
        ImmutableCollectionsMarshal.AsImmutableArray(values);
}
