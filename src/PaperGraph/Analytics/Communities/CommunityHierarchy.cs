using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Communities of communities, for sections and subsections: level 0 is Leiden on the whole graph; each
/// community of a level with at least MinSplitSize nodes is split by Leiden run on its own induced
/// subgraph (its own m, so modularity is judged inside the parent), giving the next level. A community
/// that is too small, or that Leiden leaves whole, is its own single child. Sub-runs use seeds derived
/// from the seed and the parent's id, and run in parallel, so the result is still deterministic.
/// </summary>
public static class CommunityHierarchy
{
    public static CommunityHierarchyResult Build(CsrGraph graph, HierarchyOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= HierarchyOptions.Default;
        var top = Leiden.Run(graph, options.Leiden, cancellationToken);
        var levels = new List<CommunityLevel>
        {
            Level(graph, 0, top.Membership.AsSpan().ToArray(), top.CommunityCount, [], options.Leiden),
        };
        while (levels.Count < options.Levels)
        {
            levels.Add(Split(graph, levels[^1], options, cancellationToken));
        }
        return new CommunityHierarchyResult(levels);
    }

    private static CommunityLevel Split(CsrGraph graph, CommunityLevel parent, HierarchyOptions options, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var members = MembersByCommunity(parent.Membership, parent.CommunityCount);
        var childOf = new int[parent.CommunityCount][];
        // A body that sees the cancellation returns quietly: Parallel.For then throws one
        // OperationCanceledException for the token rather than an AggregateException of them.
        Parallel.For(0, parent.CommunityCount, new ParallelOptions { CancellationToken = cancellationToken },
            () => CreateLocalScratch(n),
            (c, _, local) =>
            {
                var nodes = members[c];
                if (nodes.Length < options.MinSplitSize)
                {
                    childOf[c] = new int[nodes.Length];
                    return local;
                }
                var sub = InducedSubgraph.Build(graph, nodes, local);
                var subOptions = options.Leiden with { Seed = options.Leiden.Seed * 1_000_003 + parent.Level * 7919 + c + 1 };
                try
                {
                    childOf[c] = Leiden.Run(sub, subOptions, cancellationToken).Membership.AsSpan().ToArray();
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                }
                return local;
            },
            _ => { });
        cancellationToken.ThrowIfCancellationRequested();

        var membership = new int[n];
        var parents = new List<int>();
        for (var c = 0; c < parent.CommunityCount; c++)
        {
            var first = parents.Count;
            var local = childOf[c];
            var count = 0;
            foreach (var s in local) count = Math.Max(count, s + 1);
            for (var s = 0; s < count; s++) parents.Add(c);
            for (var i = 0; i < local.Length; i++) membership[members[c][i]] = first + local[i];
        }
        return Level(graph, parent.Level + 1, membership, parents.Count, [.. parents], options.Leiden);
    }

    private static int[] CreateLocalScratch(int n)
    {
        var local = new int[n];
        Array.Fill(local, -1);
        return local;
    }

    private static int[][] MembersByCommunity(ImmutableArray<int> membership, int count)
    {
        var sizes = new int[count];
        foreach (var c in membership) sizes[c]++;
        var members = new int[count][];
        for (var c = 0; c < count; c++) members[c] = new int[sizes[c]];
        var filled = new int[count];
        for (var v = 0; v < membership.Length; v++) members[membership[v]][filled[membership[v]]++] = v;
        return members;
    }

    private static CommunityLevel Level(CsrGraph graph, int level, int[] membership, int count, ImmutableArray<int> parents, LeidenOptions options)
    {
        var inside = new double[count];
        var weight = new double[count];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = membership[v];
            weight[c] += options.Objective == QualityObjective.Modularity ? graph.Strength(v) : 1;
            var neighbors = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < neighbors.Length; i++)
            {
                if (neighbors[i] > v && membership[neighbors[i]] == c) inside[c] += weights[i];
            }
        }
        var contributions = new double[count];
        var m = graph.TotalWeight;
        for (var c = 0; c < count; c++)
        {
            contributions[c] = options.Objective == QualityObjective.Modularity
                ? (m == 0 ? 0 : inside[c] / m - options.Resolution * (weight[c] / (2 * m)) * (weight[c] / (2 * m)))
                : inside[c] - options.Resolution * weight[c] * (weight[c] - 1) / 2;
        }
        return new CommunityLevel(level, ImmutableCollectionsMarshal.AsImmutableArray(membership), count, parents,
            ImmutableCollectionsMarshal.AsImmutableArray(contributions));
    }
}
