namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Per-thread arrays for one breadth-first sweep from a source, reused across sources: only the
/// visited nodes' distances are reset afterwards, so a sweep costs O(visited + their edges), not O(n).
/// </summary>
internal sealed class BreadthFirstWorkspace
{
    public readonly int[] Distance;
    public readonly double[] PathCount;
    /// <summary>Per node (1 + dependency) / path count: betweenness writes it in reverse visit order before reading it.</summary>
    public readonly double[] Coefficient;
    public readonly int[] Order;
    public int Visited;

    public BreadthFirstWorkspace(int n)
    {
        Distance = new int[n];
        Array.Fill(Distance, -1);
        PathCount = new double[n];
        Coefficient = new double[n];
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
        // Path counts and coefficients are always written before they are read; distances mark "unvisited".
        for (var i = 0; i < Visited; i++) Distance[Order[i]] = -1;
        Visited = 0;
    }
}
