namespace PaperGraph.Analytics;

/// <summary>Wall-clock seconds one step of an analysis took.</summary>
public sealed record AlgorithmTiming(string Step, double Seconds);
