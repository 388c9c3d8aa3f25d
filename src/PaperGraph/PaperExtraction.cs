namespace PaperGraph;

/// <summary>What extraction hands to the graph: one paper, its entities and its results.</summary>
public sealed record PaperExtraction(
    Paper Paper,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<Result> Results);
