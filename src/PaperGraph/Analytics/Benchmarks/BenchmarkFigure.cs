namespace PaperGraph.Analytics.Benchmarks;

/// <summary>One measured figure: which graph, what was measured, its value and unit ("s", "GB", "count", or "" for a ratio).</summary>
public sealed record BenchmarkFigure(string Graph, string Measure, double Value, string Unit);
