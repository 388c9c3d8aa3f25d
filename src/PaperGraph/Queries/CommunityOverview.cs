namespace PaperGraph.Queries;

/// <summary>The top-level communities, largest first, and the modularity of the partition.</summary>
public sealed record CommunityOverview(IReadOnlyList<CommunityInfo> Communities, double Modularity);
