namespace PaperGraph.Survey;

/// <summary>
/// A dataset or benchmark the section's papers use, and the methods evaluated on it, each cited with the
/// papers that support that evaluation (EVALUATED_ON evidence).
/// </summary>
public sealed record TargetBullet(CitedEntity Target, IReadOnlyList<CitedEntity> EvaluatedMethods);
