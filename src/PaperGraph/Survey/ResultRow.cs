using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>One reported value: method (null when the sentence names none) on a benchmark for a metric, cited to its paper.</summary>
public sealed record ResultRow(EntityRef? Method, EntityRef Target, EntityRef Metric, MetricDirection Direction, string Value, int Citation);
