namespace PaperGraph.Queries;

/// <summary>A dataset or benchmark both methods are evaluated on, and the papers that support each side.</summary>
public sealed record SharedBenchmark(EntityRef Target, IReadOnlyList<string> MethodPapers, IReadOnlyList<string> OtherPapers);
