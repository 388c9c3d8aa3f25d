using System.Collections.Immutable;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Betweenness per node, undirected pairs counted once and not normalised (networkx
/// <c>betweenness_centrality(G, normalized=False)</c>). When <see cref="IsExact"/> is false the scores
/// are the unbiased estimate from <see cref="Sources"/> pivot nodes.
/// </summary>
public sealed record BetweennessResult(ImmutableArray<double> Scores, bool IsExact, int Sources)
{
    /// <summary>The mode as written in summaries: "exact" or "sampled".</summary>
    public string Mode => IsExact ? "exact" : "sampled";
}
