using PaperGraph.Queries;
using PaperGraph.Tests.Neo4j;
using static PaperGraph.Tests.Queries.QueryTestGraph;

namespace PaperGraph.Tests.Queries;

public sealed class SharedBenchmarksTests
{
    [Fact]
    public void Find_MethodByAcronymLongForm_OthersRankedBySharedThenId()
    {
        var answer = SharedBenchmarks.Find(Sample, new SharedBenchmarksRequest("low rank ADAPTATION"));

        Assert.Equal("method:lora", answer.Method!.Id);
        Assert.Equal(new[] { "method:adapter 2", "method:prefix_tuning 1", "method:resnet50 1" },
            answer.Rows.Select(r => $"{r.Other.Id} {r.SharedCount}"));
        var glue = answer.Rows[0].Shared[0];
        Assert.Equal(("benchmark:glue", "p1", "p3"), (glue.Target.Id, glue.MethodPapers.Single(), glue.OtherPapers.Single()));
        Assert.Equal(new[] { "p1", "p2" }, answer.Rows[2].Shared.Single().MethodPapers);
    }

    [Fact]
    public void Find_MinSharedAndTop_FilterAndCut()
    {
        Assert.Single(SharedBenchmarks.Find(Sample, new SharedBenchmarksRequest("LoRA", MinShared: 2)).Rows);
        Assert.Equal(2, SharedBenchmarks.Find(Sample, new SharedBenchmarksRequest("LoRA", Top: 2)).Rows.Count);
    }

    [Fact]
    public void Find_UnknownMethod_NoRowsAndClosestNames()
    {
        var answer = SharedBenchmarks.Find(Sample, new SharedBenchmarksRequest("ResNet-05"));

        Assert.Null(answer.Method);
        Assert.Empty(answer.Rows);
        Assert.Equal("ResNet-50", answer.Unknown!.Closest[0]);
        Assert.StartsWith("no method named \"ResNet-05\"; closest: ResNet-50", answer.Unknown.Message);
    }

    [Fact]
    public void Find_NoMethod_TopPairsByCountThenIds()
    {
        var answer = SharedBenchmarks.Find(Sample, new SharedBenchmarksRequest());

        Assert.Equal(
            new[] { "method:adapter method:lora 2", "method:adapter method:prefix_tuning 1", "method:lora method:prefix_tuning 1", "method:lora method:resnet50 1" },
            answer.Rows.Select(r => $"{r.Method.Id} {r.Other.Id} {r.SharedCount}"));
    }

    [Theory]
    [InlineData(1, 25)]
    [InlineData(2, 10)]
    [InlineData(3, 5)]
    public void Find_TopPairsOnASyntheticGraph_SameAsCountingEveryPair(int minShared, int top)
    {
        var (graph, _) = SyntheticGraph.Generate(700, seed: 9);
        var targets = graph.Edges.Where(e => e.Kind == PaperGraph.Graph.EdgeKind.EvaluatedOn).GroupBy(e => e.Source)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Target).ToHashSet(), StringComparer.Ordinal);
        var methods = targets.Keys.Order(StringComparer.Ordinal).ToList();
        var expected = methods.SelectMany((a, i) => methods.Skip(i + 1).Select(b => (a, b, n: targets[a].Intersect(targets[b]).Count())))
            .Where(p => p.n >= minShared)
            .OrderByDescending(p => p.n).ThenBy(p => p.a, StringComparer.Ordinal).ThenBy(p => p.b, StringComparer.Ordinal)
            .Take(top).Select(p => $"{p.a} {p.b} {p.n}").ToList();

        var answer = SharedBenchmarks.Find(graph, new SharedBenchmarksRequest(null, minShared, top));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer.Rows.Select(r => $"{r.Method.Id} {r.Other.Id} {r.SharedCount}"));
    }
}
