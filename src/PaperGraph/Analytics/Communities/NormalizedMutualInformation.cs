namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Normalised mutual information between two partitions of the same nodes, NMI = 2 I(A;B) / (H(A) + H(B))
/// (the arithmetic-mean normalisation of Danon et al. 2005, scikit-learn's default). 1 for identical
/// groupings whatever the labels; 1 as well when both put every node in one group.
/// </summary>
public static class NormalizedMutualInformation
{
    public static double Compute(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != b.Count) throw new ArgumentException($"Partitions have {a.Count} and {b.Count} entries.", nameof(b));
        var n = a.Count;
        if (n == 0) return 1.0;

        // Pairs (label in A, label in B) sorted, so equal pairs are adjacent: their run length is the joint count.
        var pairs = new long[n];
        var countA = new Dictionary<int, long>();
        var countB = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            pairs[i] = ((long)a[i] << 32) | (uint)b[i];
            countA[a[i]] = countA.GetValueOrDefault(a[i]) + 1;
            countB[b[i]] = countB.GetValueOrDefault(b[i]) + 1;
        }
        Array.Sort(pairs);
        var hA = Entropy(countA.Values, n);
        var hB = Entropy(countB.Values, n);
        if (hA + hB == 0) return 1.0;

        var mutual = 0.0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && pairs[j] == pairs[i]) j++;
            double joint = j - i;
            var inA = countA[(int)(pairs[i] >> 32)];
            var inB = countB[(int)pairs[i]];
            mutual += joint / n * Math.Log(joint * n / ((double)inA * inB));
            i = j;
        }
        return Math.Clamp(2 * mutual / (hA + hB), 0.0, 1.0);
    }

    private static double Entropy(IEnumerable<long> counts, int n)
    {
        var h = 0.0;
        foreach (var c in counts)
        {
            var p = (double)c / n;
            h -= p * Math.Log(p);
        }
        return h;
    }
}
