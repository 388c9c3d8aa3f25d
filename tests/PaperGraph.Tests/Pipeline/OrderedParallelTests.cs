using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 1)]
    [InlineData(4, 3)]
    [InlineData(2, 256)]
    public void Map_AnyParallelism_KeepsInputOrder(int parallelism, int batchSize)
    {
        var input = Enumerable.Range(0, 5_000).ToList();

        var output = OrderedParallel.Map(input, i => i * 3, parallelism, batchSize).ToList();

        Assert.Equal(input.Select(i => i * 3), output);
    }

    [Fact]
    public void Map_EmptySource_YieldsNothing()
    {
        Assert.Empty(OrderedParallel.Map(Array.Empty<int>(), i => i, 2));
    }

    [Fact]
    public void Map_SourceThrows_YieldsEverythingReadThenRethrows()
    {
        static IEnumerable<int> Failing()
        {
            for (var i = 0; i < 10; i++) yield return i;
            throw new InvalidOperationException("reader bug");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Failing(), i => i, 2, batchSize: 4)) seen.Add(x);
        });

        Assert.Equal("reader bug", error.Message);
        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void Map_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 1_000_000), i => i, 2, 16, cts.Token))
            {
                if (++count == 100) cts.Cancel();
            }
        });
        Assert.True(count < 1_000_000);
    }
}
