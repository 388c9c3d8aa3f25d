using System.Runtime.InteropServices;

namespace PaperGraph.Analytics.Centrality;

/// <summary>Degree and weighted degree (strength); both are read off the CSR rows.</summary>
public static class DegreeCentrality
{
    public static DegreeResult Compute(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var degrees = new int[n];
        for (var v = 0; v < n; v++) degrees[v] = graph.Degree(v);
        return new DegreeResult(
            ImmutableCollectionsMarshal.AsImmutableArray(degrees),
            ImmutableCollectionsMarshal.AsImmutableArray((double[])graph.StrengthArray.Clone()));
    }
}
