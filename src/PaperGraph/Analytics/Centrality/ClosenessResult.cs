using System.Collections.Immutable;

namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Harmonic closeness per node: the sum over the other nodes of 1 / hop distance (unreachable nodes add
/// 0), as networkx <c>harmonic_centrality</c>. Estimated from <see cref="Sources"/> pivots when not exact.
/// </summary>
public sealed record ClosenessResult(ImmutableArray<double> Scores, bool IsExact, int Sources);
