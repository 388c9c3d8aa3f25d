namespace PaperGraph.Graph;

/// <summary>
/// A result as it sits in the graph: the entities it concerns (method and target may be unknown)
/// and the evidence sentence.
/// </summary>
public sealed record ReportedResult(
    PaperId Paper,
    EntityId Metric,
    Quantity Value,
    EntityId? Target,
    EntityId? Method,
    Evidence Evidence,
    string Text);
