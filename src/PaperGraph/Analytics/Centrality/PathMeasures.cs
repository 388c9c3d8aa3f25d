namespace PaperGraph.Analytics.Centrality;

/// <summary>Which sums the sweeps add up: Brandes dependencies (betweenness), inverse distances (closeness), or both.</summary>
[Flags]
internal enum PathMeasures
{
    Betweenness = 1,
    Closeness = 2,
}
