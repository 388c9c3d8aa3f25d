using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Generators;
using PaperGraph.Tests.Analytics.Support;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Analytics;

public class NetworkAnalyzerTests
{
    [Fact]
    public void Analyze_Karate_AllStepsTimedAndModularityRecomputed()
    {
        var graph = TestGraphs.Karate().Graph;

        var analysis = NetworkAnalyzer.Analyze(graph);

        Assert.Equal(["degree", "pagerank", "betweenness", "components", "leiden"], analysis.Timings.Select(t => t.Step));
        Assert.Equal(analysis.Communities.Quality, analysis.Modularity, 1e-12);
        Assert.Equal(Modularity.Compute(graph, analysis.Communities.Membership), analysis.Modularity);
    }

    [Fact]
    public void Analyze_DisconnectedGraphWithIsolatedNodes_Works()
    {
        var graph = new CsrGraphBuilder(6).AddEdge(0, 1).AddEdge(2, 3).Build();

        var analysis = NetworkAnalyzer.Analyze(graph);

        Assert.Equal(4, analysis.Components.Count);
        Assert.Equal(4, analysis.Communities.CommunityCount);
        Assert.Equal(1.0, analysis.PageRank.Scores.Sum(), 12);
    }

    [Fact]
    public void AnalyzeEdgeList_BadFile_LeavesOutputFolderUntouched()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"papergraph-na-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var edges = Path.Combine(folder, "e.tsv");
            File.WriteAllText(edges, "");
            File.WriteAllText(Path.Combine(folder, "nodes.tsv"), "old");

            Assert.Throws<PaperGraph.Analytics.IO.EdgeListFormatException>(() => NetworkAnalyzer.AnalyzeEdgeList(edges, folder));

            Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "nodes.tsv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("pagerank")]
    [InlineData("betweenness")]
    [InlineData("leiden")]
    public void Analyze_CancelledWhenStepStarts_ThatStepThrows(string step)
    {
        // The token is cancelled by the progress report that announces the step, so the step's own
        // algorithm must notice it (the facade does not check between steps).
        var graph = PlantedPartitionGenerator.Generate(PlantedPartitionOptions.Lfr10K.WithNodes(2000)).Graph;
        using var cancel = new CancellationTokenSource();
        var reported = new List<string>();
        var progress = new InlineProgress(s =>
        {
            reported.Add(s);
            if (s == step) cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => NetworkAnalyzer.Analyze(graph, null, progress, cancel.Token));

        Assert.Equal(step, reported[^1]);
    }

    [Fact]
    public void Analyze_CancelledAfterShortDelay_Throws()
    {
        var graph = PlantedPartitionGenerator.Generate(PlantedPartitionOptions.Lfr10K).Graph;
        using var cancel = new CancelFromThread(TimeSpan.FromMilliseconds(100));

        Assert.ThrowsAny<OperationCanceledException>(() => NetworkAnalyzer.Analyze(graph, cancellationToken: cancel.Token));
    }

    [Fact]
    public void AnalyzeEdgeList_Cancelled_WritesNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"papergraph-na-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() =>
                NetworkAnalyzer.AnalyzeEdgeList(TestGraphs.DataPath("karate.tsv"), folder, cancellationToken: cancel.Token));

            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reports on the calling thread, so the cancellation happens before the step runs.</summary>
    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
