using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

public class CommunityIdMatcherTests
{
    [Fact]
    public void Match_SameCommunitiesNumberedDifferently_KeepsPreviousIds()
    {
        var previous = Paths(("a", [7]), ("b", [7]), ("c", [9]), ("d", [9]));
        var current = Analysis(("a", [1]), ("b", [1]), ("c", [0]), ("d", [0]));

        var match = CommunityIdMatcher.Match(current, previous, previousMaxId: 9);

        Assert.Equal((2, 0), (match.Kept, match.Fresh));
        Assert.Equal([7], match.Analysis.Nodes["a"].CommunityPath);
        Assert.Equal([9], match.Analysis.Nodes["c"].CommunityPath);
        Assert.Equal([7, 9], match.Analysis.Communities.Select(c => c.Id));
    }

    [Fact]
    public void Match_NewCommunity_GetsAnIdAboveThePreviousMaximum()
    {
        var previous = Paths(("a", [3]), ("b", [3]));
        var current = Analysis(("a", [0]), ("b", [0]), ("x", [1]), ("y", [1]));

        var match = CommunityIdMatcher.Match(current, previous, previousMaxId: 12);

        Assert.Equal([3], match.Analysis.Nodes["a"].CommunityPath);
        Assert.Equal([13], match.Analysis.Nodes["x"].CommunityPath);
        Assert.Equal((1, 1), (match.Kept, match.Fresh));
    }

    [Fact]
    public void Match_OverlapBelowThreshold_IsANewCommunity()
    {
        // 1 shared member of 5 distinct ones: Jaccard 0.2 < 0.3.
        var previous = Paths(("a", [4]), ("b", [4]), ("c", [4]));
        var current = Analysis(("a", [0]), ("x", [0]), ("y", [0]));

        var match = CommunityIdMatcher.Match(current, previous, previousMaxId: 4);

        Assert.Equal([5], match.Analysis.Nodes["a"].CommunityPath);
        Assert.Equal(0, match.Kept);
    }

    [Fact]
    public void Match_SplitCommunity_TheBetterOverlappingPartKeepsTheId()
    {
        var previous = Paths(("a", [2]), ("b", [2]), ("c", [2]), ("d", [2]), ("e", [2]));
        var current = Analysis(("a", [0]), ("b", [0]), ("c", [0]), ("d", [1]), ("e", [1]));

        var match = CommunityIdMatcher.Match(current, previous, previousMaxId: 2);

        Assert.Equal([2], match.Analysis.Nodes["a"].CommunityPath);
        Assert.Equal([3], match.Analysis.Nodes["d"].CommunityPath);
    }

    [Fact]
    public void Match_TwoLevels_MatchesEachLevelAndRemapsParents()
    {
        var previous = Paths(("a", [0, 2]), ("b", [0, 2]), ("c", [1, 3]), ("d", [1, 3]));
        var current = Analysis(("a", [1, 3]), ("b", [1, 3]), ("c", [0, 2]), ("d", [0, 2]));

        var match = CommunityIdMatcher.Match(current, previous, previousMaxId: 3);

        Assert.Equal([0, 2], match.Analysis.Nodes["a"].CommunityPath);
        var sub = match.Analysis.Communities.Single(c => c.Id == 2);
        Assert.Equal(0, sub.Parent);
        Assert.Equal(1, sub.Level);
    }

    [Fact]
    public void Match_NoPreviousBuild_NumbersEveryCommunityAfresh()
    {
        var current = Analysis(("a", [0]), ("b", [1]));

        var match = CommunityIdMatcher.Match(current, [], previousMaxId: -1);

        Assert.Equal([0], match.Analysis.Nodes["a"].CommunityPath);
        Assert.Equal([1], match.Analysis.Nodes["b"].CommunityPath);
        Assert.Equal((0, 2), (match.Kept, match.Fresh));
    }

    [Fact]
    public void Renumber_Map_RenamesPathsSummariesAndParentsAndSortsThem()
    {
        var analysis = Analysis(("a", [0, 2]), ("b", [1, 3]));

        var renamed = CommunityIdMatcher.Renumber(analysis, new Dictionary<int, int> { [0] = 10, [1] = 5, [2] = 20, [3] = 21 });

        Assert.Equal([10, 20], renamed.Nodes["a"].CommunityPath);
        Assert.Equal([5, 10, 20, 21], renamed.Communities.Select(c => c.Id));
        Assert.Equal(10, renamed.Communities.Single(c => c.Id == 20).Parent);
    }

    private static List<(string Node, IReadOnlyList<int> Path)> Paths(params (string Node, int[] Path)[] paths) =>
        [.. paths.Select(p => (p.Node, (IReadOnlyList<int>)p.Path))];

    /// <summary>An analysis whose communities are exactly the given paths (a parent is the first level's id).</summary>
    private static GraphAnalysis Analysis(params (string Node, int[] Path)[] paths)
    {
        var nodes = paths.ToDictionary(p => p.Node, p => new NodeMetrics(0.1, 0, 1, 0, p.Path), StringComparer.Ordinal);
        var communities = paths
            .SelectMany(p => p.Path.Select((id, level) => (id, level, parent: level == 0 ? (int?)null : p.Path[level - 1])))
            .Distinct()
            .Select(c => new CommunitySummary(c.id, c.level, c.parent, "label", paths.Count(p => p.Path.Contains(c.id)), [], 0))
            .OrderBy(c => c.Id)
            .ToList();
        return new GraphAnalysis(nodes, communities, 0.5);
    }
}
