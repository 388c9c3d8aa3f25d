namespace PaperGraph.Analytics.Communities;

/// <summary>Communities of a graph at several levels, the top level first, each level nested in the one above.</summary>
public sealed record CommunityHierarchyResult(IReadOnlyList<CommunityLevel> Levels)
{
    /// <summary>The node's community at every level, top level first.</summary>
    public int[] PathOf(int node)
    {
        var path = new int[Levels.Count];
        for (var level = 0; level < Levels.Count; level++) path[level] = Levels[level].Membership[node];
        return path;
    }
}
