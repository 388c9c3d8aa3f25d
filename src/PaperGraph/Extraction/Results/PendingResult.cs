namespace PaperGraph.Extraction.Results;

/// <summary>A result while its sentence is still being read: tokens, not yet strings.</summary>
internal readonly record struct PendingResult(
    int QuantityToken,
    MetricBinding Binding,
    int TargetToken,
    bool TargetExtendsEvidence,
    bool IsDelta,
    int Direction,
    string? Method);
