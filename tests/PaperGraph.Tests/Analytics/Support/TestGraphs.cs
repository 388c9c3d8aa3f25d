using PaperGraph.Analytics;
using PaperGraph.Analytics.IO;

namespace PaperGraph.Tests.Analytics.Support;

/// <summary>Small graphs with known structure, built by hand.</summary>
internal static class TestGraphs
{
    public static string DataPath(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Analytics", file);

    /// <summary>Zachary's karate club from the fixture; node ids are "0".."33" as in networkx.</summary>
    public static EdgeListGraph Karate() => EdgeList.Read(DataPath("karate.tsv"));

    /// <summary>Dense node number of each networkx member 0..33.</summary>
    public static int[] KarateNodes(EdgeListGraph karate)
    {
        var nodes = new int[34];
        for (var member = 0; member < 34; member++) nodes[member] = karate.Index.NodeOf(member.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return nodes;
    }

    public static CsrGraph FromEdges(int nodeCount, params (int U, int V)[] edges)
    {
        var builder = new CsrGraphBuilder(nodeCount);
        foreach (var (u, v) in edges) builder.AddEdge(u, v);
        return builder.Build();
    }

    public static CsrGraph FromWeightedEdges(int nodeCount, params (int U, int V, double W)[] edges)
    {
        var builder = new CsrGraphBuilder(nodeCount);
        foreach (var (u, v, w) in edges) builder.AddEdge(u, v, w);
        return builder.Build();
    }

    public static CsrGraph Path(int n) => FromEdges(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1))]);

    public static CsrGraph Star(int leaves) => FromEdges(leaves + 1, [.. Enumerable.Range(1, leaves).Select(i => (0, i))]);

    public static CsrGraph Cycle(int n) => FromEdges(n, [.. Enumerable.Range(0, n).Select(i => (i, (i + 1) % n))]);

    /// <summary>Cliques of size k on nodes [c*k, (c+1)*k), consecutive cliques joined by one edge when <paramref name="bridged"/>.</summary>
    public static CsrGraph Cliques(int count, int k, bool bridged)
    {
        var builder = new CsrGraphBuilder(count * k);
        for (var c = 0; c < count; c++)
        {
            for (var i = 0; i < k; i++)
                for (var j = i + 1; j < k; j++) builder.AddEdge(c * k + i, c * k + j);
            if (bridged && c + 1 < count) builder.AddEdge(c * k + k - 1, (c + 1) * k);
        }
        return builder.Build();
    }

    /// <summary>An Erdős–Rényi graph G(n, p) with a seeded System.Random (the test's own generator).</summary>
    public static CsrGraph Random(int n, double p, int seed, bool weighted = false)
    {
        var random = new Random(seed);
        var builder = new CsrGraphBuilder(n);
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (random.NextDouble() < p) builder.AddEdge(i, j, weighted ? 1 + random.Next(5) : 1);
        return builder.Build();
    }

    /// <summary>Dense adjacency matrix of a CSR graph.</summary>
    public static double[,] Matrix(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var a = new double[n, n];
        for (var v = 0; v < n; v++)
        {
            var neighbors = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < neighbors.Length; i++) a[v, neighbors[i]] = weights[i];
        }
        return a;
    }
}
