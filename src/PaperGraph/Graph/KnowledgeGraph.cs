namespace PaperGraph.Graph;

/// <summary>
/// The typed knowledge graph of a corpus. Immutable; lists are sorted by id (edges by source,
/// kind, target) so that everything written from it is byte-identical across runs.
/// </summary>
public sealed record KnowledgeGraph(
    IReadOnlyList<PaperNode> Papers,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<ReportedResult> Results)
{
    public static KnowledgeGraph Empty { get; } = new([], [], [], []);
}
