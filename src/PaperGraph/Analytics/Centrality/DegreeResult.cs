using System.Collections.Immutable;

namespace PaperGraph.Analytics.Centrality;

/// <summary>Degree (number of distinct neighbours) and strength (sum of edge weights) per node.</summary>
public sealed record DegreeResult(ImmutableArray<int> Degrees, ImmutableArray<double> Strengths);
