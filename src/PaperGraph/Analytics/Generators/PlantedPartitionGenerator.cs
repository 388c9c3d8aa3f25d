using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Generators;

/// <summary>
/// Generates an LFR-style benchmark graph, deterministic for a seed. Degrees and community sizes are
/// drawn from truncated power laws; nodes are placed, highest degree first, in a random community large
/// enough for their internal degree (chosen in proportion to the room left); each node's edge ends are
/// split into (1 − μ)k internal and μk external ones, and ends are matched uniformly at random, inside
/// each community and across the graph (a configuration model). Matching the same pair twice sums into
/// one edge of weight 2, so the graph is weighted; self loops are dropped.
/// </summary>
public static class PlantedPartitionGenerator
{
    public static PlantedGraph Generate(PlantedPartitionOptions options)
    {
        options.Validate();
        var random = new SeededRandom(options.Seed);
        var n = options.Nodes;
        var degrees = new int[n];
        for (var v = 0; v < n; v++)
            degrees[v] = (int)Math.Min(options.MaxDegree, Math.Floor(PowerLaw(random, options.MinDegree, options.MaxDegree + 1.0, options.DegreeExponent)));
        var sizes = CommunitySizes(random, options);
        var community = Assign(random, degrees, sizes, options.Mixing);

        var internalDegree = new int[n];
        long internalStubs = 0, totalStubs = 0;
        for (var v = 0; v < n; v++)
        {
            internalDegree[v] = Math.Min((int)Math.Round((1 - options.Mixing) * degrees[v]), sizes[community[v]] - 1);
            internalStubs += internalDegree[v];
            totalStubs += degrees[v];
        }

        var builder = new CsrGraphBuilder(n, (int)Math.Min(int.MaxValue / 2, totalStubs / 2 + 16));
        MatchInternal(random, community, internalDegree, sizes.Length, builder);
        MatchExternal(random, degrees, internalDegree, totalStubs - internalStubs, builder);
        return new PlantedGraph(builder.Build(), ImmutableCollectionsMarshal.AsImmutableArray(community), sizes.Length);
    }

    /// <summary>Inverse-transform sample of x ∝ x^−exponent on [min, max).</summary>
    private static double PowerLaw(SeededRandom random, double min, double max, double exponent)
    {
        var u = random.NextDouble();
        if (Math.Abs(exponent - 1) < 1e-12) return min * Math.Pow(max / min, u);
        var a = Math.Pow(min, 1 - exponent);
        var b = Math.Pow(max, 1 - exponent);
        return Math.Pow(a + u * (b - a), 1 / (1 - exponent));
    }

    /// <summary>Sizes summing to n: drawn until they cover n, then trimmed one node at a time from the largest.</summary>
    private static int[] CommunitySizes(SeededRandom random, PlantedPartitionOptions options)
    {
        var sizes = new List<int>();
        long sum = 0;
        while (sum < options.Nodes)
        {
            var s = (int)Math.Min(options.MaxCommunity, Math.Floor(PowerLaw(random, options.MinCommunity, options.MaxCommunity + 1.0, options.CommunityExponent)));
            sizes.Add(s);
            sum += s;
        }
        sizes.Sort((x, y) => y.CompareTo(x));
        var excess = sum - options.Nodes;
        for (var i = 0; excess > 0; i = (i + 1) % sizes.Count)
        {
            if (sizes[i] > options.MinCommunity || sizes.TrueForAll(s => s <= options.MinCommunity))
            {
                sizes[i]--;
                excess--;
            }
        }
        sizes.RemoveAll(s => s == 0);
        sizes.Sort((x, y) => y.CompareTo(x));
        return [.. sizes];
    }

    /// <summary>
    /// Places nodes by decreasing degree into communities (sorted by decreasing size) whose size exceeds the
    /// node's internal degree, picking among them in proportion to the places left (a Fenwick tree over
    /// the places makes each pick O(log c)). When no such community has room, any community with room is used.
    /// </summary>
    private static int[] Assign(SeededRandom random, int[] degrees, int[] sizes, double mixing)
    {
        var n = degrees.Length;
        var order = new int[n];
        for (var v = 0; v < n; v++) order[v] = v;
        var keys = new long[n];
        for (var v = 0; v < n; v++) keys[v] = ((long)(int.MaxValue - degrees[v]) << 32) | (uint)v;
        Array.Sort(keys, order);

        var room = new FenwickTree(sizes);
        var community = new int[n];
        var eligible = 0;
        foreach (var v in order)
        {
            var inside = (int)Math.Round((1 - mixing) * degrees[v]);
            while (eligible < sizes.Length && sizes[eligible] - 1 >= inside) eligible++;
            var places = room.PrefixSum(eligible);
            if (places == 0) places = room.PrefixSum(sizes.Length);
            var c = room.Find(random.Next((int)places));
            community[v] = c;
            room.Add(c, -1);
        }
        return community;
    }

    private static void MatchInternal(SeededRandom random, int[] community, int[] internalDegree, int communities, CsrGraphBuilder builder)
    {
        var start = new long[communities + 1];
        for (var v = 0; v < community.Length; v++) start[community[v] + 1] += internalDegree[v];
        for (var c = 0; c < communities; c++) start[c + 1] += start[c];
        var stubs = new int[start[communities]];
        var cursor = start[..communities];
        for (var v = 0; v < community.Length; v++)
        {
            for (var k = 0; k < internalDegree[v]; k++) stubs[cursor[community[v]]++] = v;
        }
        for (var c = 0; c < communities; c++)
        {
            var span = stubs.AsSpan((int)start[c], (int)(start[c + 1] - start[c]));
            random.Shuffle(span);
            for (var i = 0; i + 1 < span.Length; i += 2) builder.AddEdge(span[i], span[i + 1]);
        }
    }

    private static void MatchExternal(SeededRandom random, int[] degrees, int[] internalDegree, long count, CsrGraphBuilder builder)
    {
        var stubs = new int[count];
        var at = 0;
        for (var v = 0; v < degrees.Length; v++)
        {
            for (var k = internalDegree[v]; k < degrees[v]; k++) stubs[at++] = v;
        }
        random.Shuffle(stubs);
        for (var i = 0; i + 1 < stubs.Length; i += 2) builder.AddEdge(stubs[i], stubs[i + 1]);
    }
}
