namespace PaperGraph.Queries;

/// <summary>The results reported on a benchmark (or dataset), optionally for one metric.</summary>
public sealed record LeaderboardRequest(string Benchmark, string? Metric = null);
