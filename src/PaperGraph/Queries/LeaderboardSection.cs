namespace PaperGraph.Queries;

/// <summary>The results for one metric, best first when its direction is known.</summary>
public sealed record LeaderboardSection(EntityRef Metric, MetricDirection Direction, IReadOnlyList<LeaderboardEntry> Entries);
