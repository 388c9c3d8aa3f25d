using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class Neo4jLoadDecisionTests
{
    private static readonly ChangeSet AToB = new("A", "B");

    [Theory]
    [InlineData("A", false, false, Neo4jLoadMode.Incremental, null)]
    [InlineData("B", false, false, Neo4jLoadMode.UpToDate, "already holds build B")]
    [InlineData("B", false, true, Neo4jLoadMode.Full, "a full load was asked for")]
    [InlineData("A", true, false, Neo4jLoadMode.Full, "wiped")]
    [InlineData(null, false, false, Neo4jLoadMode.Full, "holds no build")]
    [InlineData("Z", false, false, Neo4jLoadMode.Full, "holds build Z, and the changes start from A")]
    public void Decide_HeldBuildAndOptions_PicksTheModeAndSaysWhy(string? held, bool wipe, bool full, Neo4jLoadMode mode, string? reason)
    {
        var (actualMode, actualReason) = Neo4jLoader.Decide(held, AToB, new Neo4jLoadOptions { Wipe = wipe, Full = full });

        Assert.Equal(mode, actualMode);
        if (reason is null) Assert.Null(actualReason);
        else Assert.Contains(reason, actualReason);
    }

    [Fact]
    public void Decide_FullChangeSet_LoadsInFullWithTheBuildsReason()
    {
        var changes = AToB with { Full = true, FullReason = "900 changes: more than half the graph" };

        var (mode, reason) = Neo4jLoader.Decide("A", changes, new Neo4jLoadOptions());

        Assert.Equal((Neo4jLoadMode.Full, "900 changes: more than half the graph"), (mode, reason));
    }

    [Fact]
    public void Decide_NoChangeSet_LoadsInFull()
    {
        var (mode, reason) = Neo4jLoader.Decide("A", null, new Neo4jLoadOptions());

        Assert.Equal(Neo4jLoadMode.Full, mode);
        Assert.Contains("does not say which build", reason);
    }
}
