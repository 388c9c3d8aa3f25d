using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Components;

/// <summary>Connected components by breadth-first search, optionally restricted to edges inside communities.</summary>
public static class ConnectedComponents
{
    public static ComponentsResult Compute(CsrGraph graph) => Label(graph, null);

    /// <summary>
    /// Components of the graph with every edge between two different communities removed: each
    /// community falls apart into as many components as it has connected pieces. A partition has only
    /// connected communities exactly when this gives as many components as there are communities.
    /// </summary>
    public static ComponentsResult WithinCommunities(CsrGraph graph, ReadOnlySpan<int> membership)
    {
        if (membership.Length != graph.NodeCount)
            throw new ArgumentException($"Membership has {membership.Length} entries for {graph.NodeCount} nodes.", nameof(membership));
        return Label(graph, membership.ToArray());
    }

    private static ComponentsResult Label(CsrGraph graph, int[]? membership)
    {
        var n = graph.NodeCount;
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        var component = new int[n];
        Array.Fill(component, -1);
        var queue = new int[n];
        var sizes = new List<int>();
        for (var start = 0; start < n; start++)
        {
            if (component[start] >= 0) continue;
            var id = sizes.Count;
            component[start] = id;
            queue[0] = start;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = queue[head++];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var u = targets[e];
                    if (component[u] >= 0 || (membership is not null && membership[u] != membership[v])) continue;
                    component[u] = id;
                    queue[tail++] = u;
                }
            }
            sizes.Add(tail);
        }
        return new ComponentsResult(
            ImmutableCollectionsMarshal.AsImmutableArray(component),
            sizes.Count,
            [.. sizes]);
    }
}
