namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Per-thread arrays for one breadth-first sweep from a source, reused across sources: only the
/// visited nodes are reset afterwards, so a sweep costs O(visited + their edges), not O(n).
/// </summary>
internal sealed class BreadthFirstWorkspace
{
    public readonly int[] Distance;
    public readonly double[] PathCount;
    public readonly double[] Dependency;
    public readonly int[] Order;
    public int Visited;

    public BreadthFirstWorkspace(int n)
    {
        Distance = new int[n];
        Array.Fill(Distance, -1);
        PathCount = new double[n];
        Dependency = new double[n];
        Order = new int[n];
    }

    /// <summary>Hop distances and shortest-path counts from the source; Order holds the visit order.</summary>
    public void Sweep(int[] offsets, int[] targets, int source)
    {
        var distance = Distance;
        var pathCount = PathCount;
        var order = Order;
        distance[source] = 0;
        pathCount[source] = 1;
        order[0] = source;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = distance[v] + 1;
            var paths = pathCount[v];
            var end = offsets[v + 1];
            for (var e = offsets[v]; e < end; e++)
            {
                var u = targets[e];
                var d = distance[u];
                if (d < 0)
                {
                    distance[u] = next;
                    order[tail++] = u;
                    pathCount[u] = paths;
                }
                else if (d == next) pathCount[u] += paths;
            }
        }
        Visited = tail;
    }

    public void Reset()
    {
        for (var i = 0; i < Visited; i++)
        {
            var v = Order[i];
            Distance[v] = -1;
            PathCount[v] = 0;
            Dependency[v] = 0;
        }
        Visited = 0;
    }
}
