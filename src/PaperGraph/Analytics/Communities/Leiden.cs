using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Communities;

/// <summary>
/// The Leiden algorithm (Traag, Waltman, van Eck 2019, "From Louvain to Leiden: guaranteeing
/// well-connected communities"). One iteration: fast local moving, refinement inside each community,
/// aggregation on the refined partition with the unrefined one as the aggregate's starting partition,
/// repeated on the aggregate until local moving leaves every aggregate node alone. Iterations repeat,
/// each starting from the last partition, until one improves the quality by no more than
/// <see cref="LeidenOptions.MinImprovement"/>. As in igraph, when
/// refinement merges nothing the graph is aggregated on the unrefined partition instead. Deterministic
/// for a given seed.
/// </summary>
public static class Leiden
{
    /// <summary>Graphs from this many nodes are renumbered community by community after the first iteration.</summary>
    private const int ReorderFrom = 50_000;

    public static LeidenResult Run(CsrGraph graph, LeidenOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(graph, options, null, cancellationToken);

    /// <summary>
    /// Improves a given starting partition (any non-negative ids, one per node). Cancellation is checked
    /// before each iteration and each aggregation level, never inside a phase.
    /// </summary>
    public static LeidenResult Run(CsrGraph graph, LeidenOptions? options, IReadOnlyList<int>? initialMembership,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= LeidenOptions.Default;
        var n = graph.NodeCount;
        var membership = InitialMembership(n, initialMembership);
        if (n == 0 || graph.TotalWeight == 0)
        {
            // Without edges there is nothing to gain: every node stays alone (or where it was put).
            var alone = new int[n];
            for (var v = 0; v < n; v++) alone[v] = initialMembership is null ? v : membership[v];
            var k = Partitions.RenumberBySize(alone);
            return new LeidenResult(ImmutableCollectionsMarshal.AsImmutableArray(alone), k, 0, options.Objective, options.Resolution, 0);
        }

        var level0 = WorkGraph.From(graph, options.Objective);
        var resolution = options.Objective == QualityObjective.Modularity
            ? options.Resolution / (2 * graph.TotalWeight)
            : options.Resolution;
        var random = new SeededRandom(options.Seed);
        var work = new LeidenWorkspace(n);

        Partitions.Renumber(membership);
        var quality = LeidenQuality.Of(level0, membership, options, graph.TotalWeight);
        int[]? oldOf = null;
        var iterations = 0;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var next = (int[])membership.Clone();
            if (Iterate(level0, next, resolution, options.Randomness, random, work, cancellationToken)) SplitDisconnected(level0, next);
            var nextQuality = LeidenQuality.Of(level0, next, options, graph.TotalWeight);
            var improved = Normalised(nextQuality - quality, options, graph) > options.MinImprovement
                && LocalMoving.IsBetter(nextQuality, quality);
            if (nextQuality >= quality)
            {
                membership = next;
                quality = nextQuality;
            }
            if (!improved) break;
            if (oldOf is null && n >= ReorderFrom && iterations < options.MaxIterations) level0 = Reordering.ByCommunity(level0, ref membership, out oldOf);
        }

        if (oldOf is not null) membership = Reordering.Restore(membership, oldOf);
        var count = Partitions.RenumberBySize(membership);
        return new LeidenResult(ImmutableCollectionsMarshal.AsImmutableArray(membership), count, quality,
            options.Objective, options.Resolution, iterations);
    }

    /// <summary>
    /// One Leiden iteration on the level-0 graph; <paramref name="membership"/> is updated in place.
    /// Returns whether some level was aggregated on an unrefined partition (the only way to a disconnected community).
    /// </summary>
    private static bool Iterate(WorkGraph level0, int[] membership, double resolution, double randomness,
        SeededRandom random, LeidenWorkspace work, CancellationToken cancellationToken)
    {
        var n = level0.NodeCount;
        var graph = level0;
        var current = membership;
        int[]? nodeOf = null;
        var unrefined = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LocalMoving.Run(graph, current, resolution, random, work);
            var communities = Partitions.Renumber(current);
            if (nodeOf is not null)
            {
                for (var v = 0; v < n; v++) membership[v] = current[nodeOf[v]];
            }
            if (communities == graph.NodeCount) return unrefined;

            var refined = new int[graph.NodeCount];
            var subCommunities = Refinement.Run(graph, current, communities, resolution, randomness, random, work, refined);
            if (subCommunities == graph.NodeCount)
            {
                Array.Copy(current, refined, current.Length);
                subCommunities = communities;
                unrefined = true;
            }

            if (nodeOf is null)
            {
                nodeOf = (int[])refined.Clone();
            }
            else
            {
                for (var v = 0; v < n; v++) nodeOf[v] = refined[nodeOf[v]];
            }
            var aggregateMembership = new int[subCommunities];
            for (var v = 0; v < graph.NodeCount; v++) aggregateMembership[refined[v]] = current[v];
            graph = Aggregation.Run(graph, refined, subCommunities);
            current = aggregateMembership;
        }
    }

    /// <summary>
    /// Splits any community that is not connected into its connected pieces (breadth-first search inside
    /// each community). Refinement already guarantees connected communities; this keeps the guarantee when
    /// the igraph fallback aggregated on an unrefined partition. Splitting a disconnected community never
    /// lowers modularity or CPM.
    /// </summary>
    private static void SplitDisconnected(WorkGraph graph, int[] membership)
    {
        var n = graph.NodeCount;
        var piece = new int[n];
        Array.Fill(piece, -1);
        var queue = new int[n];
        var pieces = 0;
        for (var start = 0; start < n; start++)
        {
            if (piece[start] >= 0) continue;
            piece[start] = pieces;
            queue[0] = start;
            for (int head = 0, tail = 1; head < tail; head++)
            {
                var v = queue[head];
                for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
                {
                    var u = graph.Targets[e];
                    if (piece[u] >= 0 || membership[u] != membership[v]) continue;
                    piece[u] = pieces;
                    queue[tail++] = u;
                }
            }
            pieces++;
        }
        Array.Copy(piece, membership, n);
    }

    private static double Normalised(double delta, LeidenOptions options, CsrGraph graph) =>
        options.Objective == QualityObjective.Modularity ? delta : delta / graph.TotalWeight;

    private static int[] InitialMembership(int n, IReadOnlyList<int>? initial)
    {
        var membership = new int[n];
        if (initial is null)
        {
            for (var v = 0; v < n; v++) membership[v] = v;
            return membership;
        }
        if (initial.Count != n) throw new ArgumentException($"Initial membership has {initial.Count} entries for {n} nodes.", nameof(initial));
        // Ids may be anything non-negative: compress them to 0..k-1 first.
        var distinct = new Dictionary<int, int>();
        for (var v = 0; v < n; v++)
        {
            if (initial[v] < 0) throw new ArgumentException("Community ids must not be negative.", nameof(initial));
            if (!distinct.TryGetValue(initial[v], out var id)) distinct[initial[v]] = id = distinct.Count;
            membership[v] = id;
        }
        return membership;
    }
}
