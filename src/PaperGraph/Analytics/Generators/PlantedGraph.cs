using System.Collections.Immutable;

namespace PaperGraph.Analytics.Generators;

/// <summary>A generated graph and the communities planted in it.</summary>
public sealed record PlantedGraph(CsrGraph Graph, ImmutableArray<int> Communities, int CommunityCount);
