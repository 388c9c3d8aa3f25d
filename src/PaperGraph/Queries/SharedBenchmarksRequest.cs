namespace PaperGraph.Queries;

/// <summary>One method's benchmark neighbours (Method set) or, without a method, the top pairs.</summary>
public sealed record SharedBenchmarksRequest(string? Method = null, int MinShared = 1, int Top = 20);
