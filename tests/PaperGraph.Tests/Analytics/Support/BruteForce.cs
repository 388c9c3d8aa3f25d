namespace PaperGraph.Tests.Analytics.Support;

/// <summary>
/// Reference implementations from the definitions, on dense matrices, independent of the library's
/// algorithms: the figures the fast code is checked against when no published value exists.
/// </summary>
internal static class BruteForce
{
    /// <summary>Hop distances by Floyd–Warshall; int.MaxValue for unreachable.</summary>
    public static int[,] Distances(double[,] a)
    {
        var n = a.GetLength(0);
        var d = new int[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) d[i, j] = i == j ? 0 : a[i, j] > 0 ? 1 : int.MaxValue;
        for (var k = 0; k < n; k++)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (d[i, k] != int.MaxValue && d[k, j] != int.MaxValue && d[i, k] + d[k, j] < d[i, j]) d[i, j] = d[i, k] + d[k, j];
        return d;
    }

    /// <summary>Number of shortest paths between every pair, by dynamic programming over distance layers.</summary>
    public static double[,] PathCounts(double[,] a, int[,] d)
    {
        var n = a.GetLength(0);
        var sigma = new double[n, n];
        for (var s = 0; s < n; s++)
        {
            var byDistance = Enumerable.Range(0, n).Where(t => d[s, t] != int.MaxValue).OrderBy(t => d[s, t]).ToList();
            sigma[s, s] = 1;
            foreach (var t in byDistance)
            {
                if (t == s) continue;
                for (var u = 0; u < n; u++)
                    if (a[u, t] > 0 && d[s, u] != int.MaxValue && d[s, u] + 1 == d[s, t]) sigma[s, t] += sigma[s, u];
            }
        }
        return sigma;
    }

    /// <summary>
    /// Betweenness from its definition: for each unordered pair {s, t} and each v on a shortest path,
    /// σ_st(v) / σ_st with σ_st(v) = σ_sv σ_vt when d(s,v) + d(v,t) = d(s,t).
    /// </summary>
    public static double[] Betweenness(double[,] a)
    {
        var n = a.GetLength(0);
        var d = Distances(a);
        var sigma = PathCounts(a, d);
        var b = new double[n];
        for (var s = 0; s < n; s++)
            for (var t = s + 1; t < n; t++)
            {
                if (d[s, t] == int.MaxValue) continue;
                for (var v = 0; v < n; v++)
                {
                    if (v == s || v == t || d[s, v] == int.MaxValue || d[v, t] == int.MaxValue) continue;
                    if (d[s, v] + d[v, t] == d[s, t]) b[v] += sigma[s, v] * sigma[v, t] / sigma[s, t];
                }
            }
        return b;
    }

    public static double[] HarmonicCloseness(double[,] a)
    {
        var n = a.GetLength(0);
        var d = Distances(a);
        var h = new double[n];
        for (var v = 0; v < n; v++)
            for (var u = 0; u < n; u++)
                if (u != v && d[v, u] != int.MaxValue) h[v] += 1.0 / d[v, u];
        return h;
    }

    /// <summary>
    /// PageRank as the solution of the linear system x = α M x + (α d·x + 1 − α) / n, with
    /// M[v,u] = w_uv / s_u and d the indicator of nodes without edges, solved by Gaussian elimination.
    /// </summary>
    public static double[] PageRank(double[,] a, double alpha = 0.85)
    {
        var n = a.GetLength(0);
        var strength = new double[n];
        for (var u = 0; u < n; u++)
            for (var v = 0; v < n; v++) strength[u] += a[u, v];
        var system = new double[n, n + 1];
        for (var v = 0; v < n; v++)
        {
            for (var u = 0; u < n; u++)
            {
                var m = strength[u] > 0 ? a[u, v] / strength[u] : 0;
                var dangling = strength[u] > 0 ? 0 : alpha / n;
                system[v, u] = (v == u ? 1 : 0) - alpha * m - dangling;
            }
            system[v, n] = (1 - alpha) / n;
        }
        return Solve(system, n);
    }

    /// <summary>Modularity from its definition: (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j), over all ordered pairs.</summary>
    public static double Modularity(double[,] a, IReadOnlyList<int> membership, double resolution = 1)
    {
        var n = a.GetLength(0);
        var k = new double[n];
        var twoM = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                k[i] += a[i, j];
                twoM += a[i, j];
            }
        var q = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (membership[i] == membership[j]) q += a[i, j] - resolution * k[i] * k[j] / twoM;
        return q / twoM;
    }

    /// <summary>True when the nodes of every community induce a connected subgraph (BFS over the dense matrix).</summary>
    public static bool CommunitiesConnected(double[,] a, IReadOnlyList<int> membership)
    {
        var n = a.GetLength(0);
        foreach (var community in membership.Distinct())
        {
            var nodes = Enumerable.Range(0, n).Where(v => membership[v] == community).ToList();
            var seen = new HashSet<int> { nodes[0] };
            var queue = new Queue<int>(seen);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var u in nodes)
                    if (a[v, u] > 0 && seen.Add(u)) queue.Enqueue(u);
            }
            if (seen.Count != nodes.Count) return false;
        }
        return true;
    }

    private static double[] Solve(double[,] m, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var c = 0; c <= n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            for (var r = 0; r < n; r++)
            {
                if (r == col) continue;
                var f = m[r, col] / m[col, col];
                for (var c = col; c <= n; c++) m[r, c] -= f * m[col, c];
            }
        }
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = m[i, n] / m[i, i];
        return x;
    }
}
