namespace PaperGraph.Analytics;

/// <summary>
/// Collects undirected weighted edges and builds a <see cref="CsrGraph"/>: self loops are dropped,
/// edges of weight 0 add their nodes but no edge, and repeated pairs are merged by summing weights.
/// Building does not consume the builder.
/// </summary>
public sealed class CsrGraphBuilder
{
    private int[] _sources;
    private int[] _targets;
    private double[] _weights;
    private int _count;

    public CsrGraphBuilder(int nodeCount = 0, int edgeCapacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        NodeCount = nodeCount;
        var capacity = Math.Max(16, edgeCapacity);
        _sources = new int[capacity];
        _targets = new int[capacity];
        _weights = new double[capacity];
    }

    /// <summary>One more than the largest node id seen (or the count given at construction).</summary>
    public int NodeCount { get; private set; }

    /// <summary>Edges kept so far, before repeated pairs are merged.</summary>
    public int PendingEdgeCount => _count;

    /// <summary>Makes sure node ids 0..node exist, so an isolated node is part of the graph.</summary>
    public CsrGraphBuilder AddNode(int node)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        if (node >= NodeCount) NodeCount = node + 1;
        return this;
    }

    public CsrGraphBuilder AddEdge(int source, int target, double weight = 1.0)
    {
        if (!double.IsFinite(weight) || weight < 0)
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Edge weights must be finite and not negative.");
        AddNode(source);
        AddNode(target);
        if (source == target || weight == 0) return this;
        if (_count == _sources.Length) Grow();
        _sources[_count] = source;
        _targets[_count] = target;
        _weights[_count] = weight;
        _count++;
        return this;
    }

    public CsrGraph Build()
    {
        var n = NodeCount;
        if (_count > int.MaxValue / 2) throw new InvalidOperationException("Too many edges for a CSR graph with int offsets.");
        var offsets = new int[n + 1];
        for (var i = 0; i < _count; i++)
        {
            offsets[_sources[i] + 1]++;
            offsets[_targets[i] + 1]++;
        }
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];

        var entries = 2 * _count;
        var targets = new int[entries];
        var weights = new double[entries];
        var cursor = offsets[..n];
        for (var i = 0; i < _count; i++)
        {
            int s = _sources[i], t = _targets[i];
            var w = _weights[i];
            var a = cursor[s]++;
            targets[a] = t;
            weights[a] = w;
            var b = cursor[t]++;
            targets[b] = s;
            weights[b] = w;
        }

        var kept = new int[n];
        Parallel.For(0, ParallelChunks.Count(n), chunk =>
        {
            var (from, to) = ParallelChunks.Range(chunk, n);
            for (var v = from; v < to; v++) kept[v] = SortAndMerge(targets, weights, offsets[v], offsets[v + 1]);
        });
        return Compact(offsets, targets, weights, kept);
    }

    /// <summary>Sorts one adjacency row by target and sums repeated targets; returns the row's new length.</summary>
    private static int SortAndMerge(int[] targets, double[] weights, int start, int end)
    {
        var length = end - start;
        if (length < 2) return length;
        var sorted = true;
        for (var e = start + 1; e < end && sorted; e++) sorted = targets[e - 1] < targets[e];
        if (sorted) return length;
        Array.Sort(targets, weights, start, length);
        var write = start;
        for (var e = start + 1; e < end; e++)
        {
            if (targets[e] == targets[write]) weights[write] += weights[e];
            else
            {
                write++;
                targets[write] = targets[e];
                weights[write] = weights[e];
            }
        }
        return write - start + 1;
    }

    private static CsrGraph Compact(int[] offsets, int[] targets, double[] weights, int[] kept)
    {
        var n = kept.Length;
        var compact = new int[n + 1];
        for (var v = 0; v < n; v++) compact[v + 1] = compact[v] + kept[v];
        if (compact[n] == targets.Length) return new CsrGraph(offsets, targets, weights);
        var newTargets = new int[compact[n]];
        var newWeights = new double[compact[n]];
        Parallel.For(0, ParallelChunks.Count(n), chunk =>
        {
            var (from, to) = ParallelChunks.Range(chunk, n);
            for (var v = from; v < to; v++)
            {
                Array.Copy(targets, offsets[v], newTargets, compact[v], kept[v]);
                Array.Copy(weights, offsets[v], newWeights, compact[v], kept[v]);
            }
        });
        return new CsrGraph(compact, newTargets, newWeights);
    }

    private void Grow()
    {
        var capacity = (int)Math.Min((long)_sources.Length * 2, Array.MaxLength);
        Array.Resize(ref _sources, capacity);
        Array.Resize(ref _targets, capacity);
        Array.Resize(ref _weights, capacity);
    }
}
