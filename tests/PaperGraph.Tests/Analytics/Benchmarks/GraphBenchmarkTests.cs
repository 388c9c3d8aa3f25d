using PaperGraph.Analytics.Benchmarks;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Tests.Analytics.Benchmarks;

public class GraphBenchmarkTests
{
    [Fact]
    public void Run_SmallGraphs_ReportsTimeMemoryAndQualityForEachStep()
    {
        var figures = GraphBenchmark.Run(new GraphBenchmarkOptions { Nodes = 3000, LfrNodes = 300 });

        var measures = figures.Select(f => (f.Graph, f.Measure)).ToHashSet();
        Assert.Contains(("planted 3,000", "leiden time"), measures);
        Assert.Contains(("planted 3,000", "pagerank CPU time (all threads)"), measures);
        Assert.Contains(("LFR 300", "betweenness (exact) time"), measures);
        Assert.Contains(("LFR 300", "betweenness+closeness time"), measures);
        Assert.Contains(("planted 3,000", "peak working set after leiden"), measures);
        var nmi = figures.Single(f => f.Graph == "planted 3,000" && f.Measure == "leiden NMI vs planted").Value;
        Assert.InRange(nmi, 0.5, 1.0);
        Assert.True(figures.Single(f => f.Graph == "planted 3,000" && f.Measure == "pagerank final L1 change").Value < 1e-9);
    }

    [Fact]
    public void Options_TooSmallGraph_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphBenchmarkOptions { Nodes = 10 });
    }

    [Fact]
    public void Command_SmallRun_ExitsOk()
    {
        Assert.Equal(0, CliApp.Run(["bench-graph", "--nodes", "2000", "--lfr-nodes", "200"]));
    }

    [Fact]
    public void Command_TooFewNodes_ExitsWithUsage()
    {
        Assert.Equal(2, CliApp.Run(["bench-graph", "--nodes", "5"]));
    }
}
