namespace PaperGraph.Analytics.Communities;

/// <summary>Small helpers on membership arrays.</summary>
internal static class Partitions
{
    /// <summary>Renumbers ids in place to 0..k-1 in order of first appearance; returns k. Ids must be below the length.</summary>
    public static int Renumber(int[] membership)
    {
        var map = new int[membership.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var v = 0; v < membership.Length; v++)
        {
            var c = membership[v];
            if (map[c] < 0) map[c] = next++;
            membership[v] = map[c];
        }
        return next;
    }

    /// <summary>
    /// Renumbers ids (any non-negative ints below the length) to 0..k-1 by decreasing community size,
    /// ties broken by the smallest node, so that community 0 is the largest; returns k.
    /// </summary>
    public static int RenumberBySize(int[] membership)
    {
        var count = Renumber(membership);
        var sizes = new int[count];
        foreach (var c in membership) sizes[c]++;
        var order = new int[count];
        for (var c = 0; c < count; c++) order[c] = c;
        // First-appearance ids already order ties by smallest node; a stable sort keeps that.
        var keys = new long[count];
        for (var c = 0; c < count; c++) keys[c] = ((long)(int.MaxValue - sizes[c]) << 32) | (uint)c;
        Array.Sort(keys, order);
        var rank = new int[count];
        for (var i = 0; i < count; i++) rank[order[i]] = i;
        for (var v = 0; v < membership.Length; v++) membership[v] = rank[membership[v]];
        return count;
    }
}
