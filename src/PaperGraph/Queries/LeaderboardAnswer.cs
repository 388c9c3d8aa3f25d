namespace PaperGraph.Queries;

/// <summary>A benchmark's leaderboard, one section per metric; Unknown is set when a name matched nothing.</summary>
public sealed record LeaderboardAnswer(EntityRef? Benchmark, IReadOnlyList<LeaderboardSection> Sections, UnknownName? Unknown);
