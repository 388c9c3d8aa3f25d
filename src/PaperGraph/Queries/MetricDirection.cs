namespace PaperGraph.Queries;

/// <summary>Which way a metric improves; leaderboards put the best first when it is known.</summary>
public enum MetricDirection
{
    Unknown,
    HigherIsBetter,
    LowerIsBetter,
}
