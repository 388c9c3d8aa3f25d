using System.Collections.Immutable;

namespace PaperGraph.Analytics.Centrality;

/// <summary>PageRank scores (summing to 1) and how the iteration ended.</summary>
public sealed record PageRankResult(ImmutableArray<double> Scores, int Iterations, double FinalChange, bool Converged);
