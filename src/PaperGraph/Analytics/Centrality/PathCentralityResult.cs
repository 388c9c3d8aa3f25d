namespace PaperGraph.Analytics.Centrality;

/// <summary>Betweenness and harmonic closeness computed from the same sweeps (<see cref="PathCentrality"/>).</summary>
public sealed record PathCentralityResult(BetweennessResult Betweenness, ClosenessResult Closeness);
