namespace PaperGraph;

/// <summary>
/// A result a paper reports: a metric's value, on a dataset or benchmark and for a method when
/// the text says so. Names are the canonical entity names of this paper's extraction.
/// </summary>
public sealed record Result(
    string Metric,
    Quantity Value,
    string? Dataset,
    string? Method,
    TextSpan Evidence,
    string Text);
