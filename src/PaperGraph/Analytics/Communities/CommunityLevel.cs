using System.Collections.Immutable;

namespace PaperGraph.Analytics.Communities;

/// <summary>
/// One level of a community hierarchy. Membership[v] is node v's community at this level (ids
/// 0..CommunityCount-1, unique within the level); Parents[c] is the community of the level above that
/// contains c (empty at level 0). Contributions[c] is c's term of the level's objective on the whole
/// graph (for modularity in_c/m − γ(K_c/2m)²), so they add up to the level's quality.
/// </summary>
public sealed record CommunityLevel(
    int Level,
    ImmutableArray<int> Membership,
    int CommunityCount,
    ImmutableArray<int> Parents,
    ImmutableArray<double> Contributions)
{
    public double Quality => Contributions.Sum();
}
