namespace PaperGraph.Extraction.Results;

/// <summary>
/// How a quantity was tied to a metric: the metric, the tokens of the raw result text
/// (first..last, inclusive), a dataset met on the way, and whether the wording marks a change.
/// </summary>
internal readonly record struct MetricBinding(
    NamedSpan Metric,
    int FirstToken,
    int LastToken,
    int TargetToken,
    bool Strong,
    bool ChangeCue,
    int Direction)
{
    public static MetricBinding None => new(default, -1, -1, -1, false, false, 0);

    public bool Found => Metric.Name is not null;
}
