namespace PaperGraph.Queries;

/// <summary>
/// Rows ranked by shared count (descending), then by the other method's id (or, for pairs, both ids).
/// Method is the method asked about, null for the top pairs; Unknown is set when the name matched nothing.
/// </summary>
public sealed record SharedBenchmarksAnswer(EntityRef? Method, IReadOnlyList<SharedBenchmarksRow> Rows, UnknownName? Unknown);
