namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Leiden's refinement phase. Inside each community of the partition from local moving, every node
/// starts alone; visiting the community's nodes in random order, a node that is still alone and well
/// connected to its community may join a well-connected sub-community of the same community, chosen with
/// probability ∝ exp(gain / θ) among non-negative gains (θ = 0 picks the best). A node only ever joins a
/// sub-community it has an edge to, so every sub-community is connected; the aggregate graph is built on
/// them, which is what guarantees connected communities. "Well connected" for a set S inside C:
/// w(S, C − S) ≥ γ' · weight(S) · (weight(C) − weight(S)).
/// Communities are refined independently of each other, so they are processed in parallel, each with a
/// random stream derived from one draw of the caller's generator and the community id: deterministic.
/// </summary>
internal static class Refinement
{
    /// <summary>Fills <paramref name="refined"/> with sub-community ids 0..r-1 and returns r.</summary>
    public static int Run(WorkGraph graph, int[] membership, int communityCount, double resolution, double randomness,
        SeededRandom random, LeidenWorkspace work, int[] refined)
    {
        var n = graph.NodeCount;
        var state = new RefinementState(graph, membership, resolution, randomness, work, refined);
        state.Prepare(communityCount);

        var baseSeed = (long)random.NextUInt64();
        var members = MembersByCommunity(membership, communityCount, out var start);
        var chunks = Math.Min(communityCount, 64);
        Parallel.For(0, chunks,
            () => new Scratch(n),
            (chunk, _, scratch) =>
            {
                var from = (int)((long)communityCount * chunk / chunks);
                var to = (int)((long)communityCount * (chunk + 1) / chunks);
                for (var c = from; c < to; c++)
                {
                    var nodes = members.AsSpan(start[c], start[c + 1] - start[c]);
                    if (nodes.Length < 2) continue;
                    var local = new SeededRandom(baseSeed ^ (c * unchecked((long)0x9E3779B97F4A7C15UL)));
                    local.Shuffle(nodes);
                    foreach (var v in nodes) state.Visit(v, local, scratch);
                }
                return scratch;
            },
            _ => { });
        return Partitions.Renumber(refined);
    }

    private static int[] MembersByCommunity(int[] membership, int count, out int[] start)
    {
        start = new int[count + 1];
        foreach (var c in membership) start[c + 1]++;
        for (var c = 0; c < count; c++) start[c + 1] += start[c];
        var cursor = start[..count];
        var members = new int[membership.Length];
        for (var v = 0; v < membership.Length; v++) members[cursor[membership[v]]++] = v;
        return members;
    }

    /// <summary>Per-thread scratch: weight from the visited node to each touched sub-community.</summary>
    internal sealed class Scratch(int n)
    {
        public readonly double[] NeighborWeight = new double[n];
        public readonly int[] Touched = new int[n];
        public readonly int[] Candidates = new int[n];
        public readonly double[] Gains = new double[n];
    }
}
