using PaperGraph.Analytics;

namespace PaperGraph.Tests.Analytics;

public class NodeIndexTests
{
    [Fact]
    public void GetOrAdd_NewAndRepeatedIds_NumbersInOrderOfFirstAppearance()
    {
        var index = new NodeIndex();

        var a = index.GetOrAdd("b");
        var b = index.GetOrAdd("a");
        var again = index.GetOrAdd("b");

        Assert.Equal((0, 1, 0), (a, b, again));
        Assert.Equal(["b", "a"], index.Ids);
        Assert.Equal("a", index[1]);
    }

    [Fact]
    public void TryGetNode_IdsDifferingInCase_AreDistinct()
    {
        var index = new NodeIndex();
        index.GetOrAdd("BERT");

        Assert.False(index.TryGetNode("bert", out _));
        Assert.Throws<KeyNotFoundException>(() => index.NodeOf("bert"));
    }
}
