namespace PaperGraph.Graph;

/// <summary>
/// A result waiting for resolution: the occurrences (indices into the builder's list, -1 for none)
/// of its metric, target and method in the same paper.
/// </summary>
internal readonly record struct PendingResult(
    int Paper,
    int Metric,
    int Target,
    int Method,
    Quantity Value,
    MentionSpan Evidence,
    string Text);
