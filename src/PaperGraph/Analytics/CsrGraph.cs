namespace PaperGraph.Analytics;

/// <summary>
/// An undirected weighted graph in compressed sparse row form: nodes are 0..n-1, the neighbours of
/// v are Targets[Offsets[v]..Offsets[v+1]) sorted ascending, each edge stored in both directions.
/// Parallel edges are merged and self loops dropped when it is built (<see cref="CsrGraphBuilder"/>),
/// so every algorithm can rely on a simple graph with strictly positive weights. Immutable.
/// </summary>
public sealed class CsrGraph
{
    internal readonly int[] OffsetArray;
    internal readonly int[] TargetArray;
    internal readonly double[] WeightArray;
    internal readonly double[] StrengthArray;

    internal CsrGraph(int[] offsets, int[] targets, double[] weights)
    {
        OffsetArray = offsets;
        TargetArray = targets;
        WeightArray = weights;
        NodeCount = offsets.Length - 1;
        StrengthArray = new double[NodeCount];
        var unweighted = true;
        var total = 0.0;
        for (var v = 0; v < NodeCount; v++)
        {
            var s = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                s += weights[e];
                if (weights[e] != 1.0) unweighted = false;
            }
            StrengthArray[v] = s;
            total += s;
        }
        TotalWeight = total / 2;
        IsUnweighted = unweighted;
    }

    /// <summary>A graph of <paramref name="nodeCount"/> isolated nodes.</summary>
    public static CsrGraph Empty(int nodeCount) =>
        new(new int[Math.Max(0, nodeCount) + 1], [], []);

    public int NodeCount { get; }

    /// <summary>Undirected edges, each counted once.</summary>
    public int EdgeCount => TargetArray.Length / 2;

    /// <summary>Sum of the weights of the undirected edges (m); the strengths add up to 2m.</summary>
    public double TotalWeight { get; }

    /// <summary>True when every edge has weight exactly 1.</summary>
    public bool IsUnweighted { get; }

    public ReadOnlySpan<int> Offsets => OffsetArray;
    public ReadOnlySpan<int> Targets => TargetArray;
    public ReadOnlySpan<double> Weights => WeightArray;

    public int Degree(int node) => OffsetArray[node + 1] - OffsetArray[node];

    /// <summary>Weighted degree: the sum of the weights of the node's edges.</summary>
    public double Strength(int node) => StrengthArray[node];

    public ReadOnlySpan<int> Neighbors(int node) =>
        TargetArray.AsSpan(OffsetArray[node], OffsetArray[node + 1] - OffsetArray[node]);

    public ReadOnlySpan<double> NeighborWeights(int node) =>
        WeightArray.AsSpan(OffsetArray[node], OffsetArray[node + 1] - OffsetArray[node]);

    /// <summary>The weight of edge (u, v), or 0 when there is none. Binary search: O(log degree).</summary>
    public double EdgeWeight(int u, int v)
    {
        var at = Neighbors(u).BinarySearch(v);
        return at >= 0 ? WeightArray[OffsetArray[u] + at] : 0.0;
    }
}
