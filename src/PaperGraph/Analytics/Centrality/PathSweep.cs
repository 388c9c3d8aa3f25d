namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// One thread's breadth-first sweeps, level by level, reused across sources; only the visited nodes are
/// cleared afterwards, so a sweep costs O(visited + their edges), not O(n). Both passes work a whole
/// level at a time, which removes the distance tests (and their unpredictable branches) from the edge
/// loops: the forward pass adds each node's path count to every neighbour unconditionally and keeps the
/// sums only for the newly found ones; the backward pass sums the coefficients of all neighbours,
/// because only the next level's are non-zero while a level is being summed (the level above is still
/// zero and a level's own are written after the whole level). Sums are taken in the same order as a
/// textbook Brandes sweep over the same numbering, so they agree with it to the last bit; twice as fast.
/// </summary>
internal sealed class PathSweep
{
    private readonly byte[] seen;
    private readonly double[] incoming;
    private readonly double[] coefficient;
    /// <summary>By visit position: path counts, then each node's dependency during the backward pass.</summary>
    private readonly double[] pathCount;
    private readonly double[] dependency;
    /// <summary>Nodes in visit order; one spare slot, as the forward pass writes one past the last found node.</summary>
    private readonly int[] order;
    /// <summary>Level L is order[levelStart[L]..levelStart[L + 1]).</summary>
    private readonly int[] levelStart;
    private int visited;
    private int levels;

    public PathSweep(int n)
    {
        seen = new byte[n];
        incoming = new double[n];
        coefficient = new double[n];
        pathCount = new double[n];
        dependency = new double[n];
        order = new int[n + 1];
        levelStart = new int[n + 2];
    }

    /// <summary>Hop levels and shortest-path counts from the source.</summary>
    public void Forward(int[] offsets, int[] targets, int source)
    {
        seen[source] = 1;
        pathCount[0] = 1;
        order[0] = source;
        int head = 0, tail = 1, level = 0;
        levelStart[0] = 0;
        while (head < tail)
        {
            var end = tail;
            levelStart[++level] = end;
            for (; head < end; head++)
            {
                var paths = pathCount[head];
                var v = order[head];
                foreach (var u in targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]))
                {
                    incoming[u] += paths;
                    // Branch-free append: the slot is overwritten unless u is new.
                    var fresh = 1 - seen[u];
                    seen[u] = 1;
                    order[tail] = u;
                    tail += fresh;
                }
            }
            // Only the new level's sums are path counts; the others received sums from their own or the
            // next level and are never read (cleared in Reset).
            for (var i = end; i < tail; i++)
            {
                var u = order[i];
                pathCount[i] = incoming[u];
                incoming[u] = 0;
            }
        }
        visited = tail;
        levels = level;
    }

    /// <summary>
    /// Brandes' dependencies of the source on every visited node, each target counted with its weight,
    /// added to <paramref name="into"/> times the source's weight.
    /// </summary>
    public void AddDependencies(int[] offsets, int[] targets, double[] weight, double sourceWeight, double[] into)
    {
        for (var level = levels - 1; level >= 1; level--)
        {
            int from = levelStart[level], to = levelStart[level + 1];
            for (var i = from; i < to; i++)
            {
                var v = order[i];
                var sum = 0.0;
                foreach (var w in targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v])) sum += coefficient[w];
                dependency[i] = pathCount[i] * sum;
            }
            for (var i = from; i < to; i++)
            {
                var v = order[i];
                coefficient[v] = (weight[v] + dependency[i]) / pathCount[i];
                into[v] += sourceWeight * dependency[i];
            }
        }
    }

    /// <summary>
    /// Harmonic closeness terms of the source on every visited node v at distance d: 1 / d for the source
    /// and sourceLeaves / (d + 1) for its folded leaves; into <paramref name="leafInto"/>, when given, the
    /// same as seen from a leaf of v, one hop further.
    /// </summary>
    public void AddInverseDistances(int sourceLeaves, double[] into, double[]? leafInto)
    {
        for (var level = 1; level < levels; level++)
        {
            var term = 1.0 / level + sourceLeaves / (level + 1.0);
            var leafTerm = 1.0 / (level + 1) + sourceLeaves / (level + 2.0);
            for (var i = levelStart[level]; i < levelStart[level + 1]; i++)
            {
                into[order[i]] += term;
                if (leafInto is not null) leafInto[order[i]] += leafTerm;
            }
        }
    }

    public void Reset()
    {
        for (var i = 0; i < visited; i++)
        {
            var v = order[i];
            seen[v] = 0;
            incoming[v] = 0;
            coefficient[v] = 0;
        }
        visited = 0;
        levels = 0;
    }
}
