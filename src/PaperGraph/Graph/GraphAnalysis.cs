namespace PaperGraph.Graph;

/// <summary>Analytics of a knowledge graph, keyed by node id (paper id or entity id value).</summary>
public sealed record GraphAnalysis(
    IReadOnlyDictionary<string, NodeMetrics> Nodes,
    IReadOnlyList<CommunitySummary> Communities,
    double Modularity)
{
    public static GraphAnalysis None { get; } = new(new Dictionary<string, NodeMetrics>(), [], 0);
}
