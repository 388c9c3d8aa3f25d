using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public class ShardSpecTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/8", 2, 8)]
    public void TryParse_Valid_GivesShard(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void TryParse_Invalid_SaysWhy(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error);
    }

    [Fact]
    public void Contains_ShardsOfOneSplit_PartitionEveryPaperExactlyOnce()
    {
        var ids = Enumerable.Range(0, 2_000).Select(i => PaperId.FromTitle("paper " + i)).ToList();
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4)).ToList();

        foreach (var id in ids)
        {
            Assert.Equal(1, shards.Count(s => s.Contains(id)));
        }
        // Roughly balanced: each shard gets between 15% and 35% of the papers.
        Assert.All(shards, s => Assert.InRange(ids.Count(s.Contains), 300, 700));
    }
}
