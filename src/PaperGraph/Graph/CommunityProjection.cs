namespace PaperGraph.Graph;

/// <summary>Which graph the communities are found on (centralities always use the whole graph).</summary>
public enum CommunityProjection
{
    /// <summary>Entities linked when they occur in the same paper; papers join their entities' community.</summary>
    CoOccurrence,
    /// <summary>Methods linked by the datasets and benchmarks both are evaluated on; papers join their methods' community.</summary>
    SharedBenchmarks,
    /// <summary>The whole typed graph, papers and entities, every relationship as an undirected edge.</summary>
    Heterogeneous,
}
