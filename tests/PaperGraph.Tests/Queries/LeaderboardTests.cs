using PaperGraph.Queries;
using static PaperGraph.Tests.Queries.QueryTestGraph;

namespace PaperGraph.Tests.Queries;

public sealed class LeaderboardTests
{
    [Fact]
    public void Find_Cifar_OneSectionPerMetricBestFirstDeltasLeftOut()
    {
        var answer = Leaderboard.Find(Sample, new LeaderboardRequest("cifar 10"));

        Assert.Equal("dataset:cifar10", answer.Benchmark!.Id);
        var fid = answer.Sections.Single(s => s.Metric.Name == "FID");
        var accuracy = answer.Sections.Single(s => s.Metric.Name == "Accuracy");
        var wins = answer.Sections.Single(s => s.Metric.Name == "Wins");
        Assert.Equal(MetricDirection.LowerIsBetter, fid.Direction);
        Assert.Equal(new[] { 2.5, 3.1 }, fid.Entries.Select(e => e.Value));
        Assert.Equal(MetricDirection.HigherIsBetter, accuracy.Direction);
        Assert.Equal(new[] { 95.0, 90 }, accuracy.Entries.Select(e => e.Value));
        Assert.Equal(MetricDirection.Unknown, wins.Direction);
        Assert.Equal(new[] { "p4", "p5" }, wins.Entries.Select(e => e.Paper));
        Assert.Null(accuracy.Entries[0].Method);
        Assert.Equal("method:adapter", fid.Entries[0].Method!.Id);
    }

    [Fact]
    public void Find_OneMetric_OnlyThatSection()
    {
        var answer = Leaderboard.Find(Sample, new LeaderboardRequest("CIFAR-10", "fid"));

        Assert.Equal("metric:fid", Assert.Single(answer.Sections).Metric.Id);
    }

    [Fact]
    public void Find_UnknownBenchmarkOrMetric_UnknownWithTheKind()
    {
        var benchmark = Leaderboard.Find(Sample, new LeaderboardRequest("ImageNet"));
        var metric = Leaderboard.Find(Sample, new LeaderboardRequest("GLUE", "BLEU"));

        Assert.StartsWith("no dataset or benchmark named \"ImageNet\"", benchmark.Unknown!.Message);
        Assert.StartsWith("no metric named \"BLEU\"", metric.Unknown!.Message);
        Assert.Equal("benchmark:glue", metric.Benchmark!.Id);
    }
}
