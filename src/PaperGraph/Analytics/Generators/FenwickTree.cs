namespace PaperGraph.Analytics.Generators;

/// <summary>Prefix sums over non-negative counts with point updates and "find the slot holding the r-th unit".</summary>
internal sealed class FenwickTree
{
    private readonly long[] _tree;

    public FenwickTree(IReadOnlyList<int> counts)
    {
        _tree = new long[counts.Count + 1];
        for (var i = 0; i < counts.Count; i++) Add(i, counts[i]);
    }

    public void Add(int index, long delta)
    {
        for (var i = index + 1; i < _tree.Length; i += i & -i) _tree[i] += delta;
    }

    /// <summary>Sum of counts[0..count).</summary>
    public long PrefixSum(int count)
    {
        var sum = 0L;
        for (var i = count; i > 0; i -= i & -i) sum += _tree[i];
        return sum;
    }

    /// <summary>The index i with PrefixSum(i) &lt;= r &lt; PrefixSum(i + 1); r must be below the total.</summary>
    public int Find(long r)
    {
        var position = 0;
        var step = 1;
        while (step * 2 < _tree.Length) step *= 2;
        for (; step > 0; step /= 2)
        {
            var next = position + step;
            if (next < _tree.Length && _tree[next] <= r)
            {
                position = next;
                r -= _tree[next];
            }
        }
        return position;
    }
}
