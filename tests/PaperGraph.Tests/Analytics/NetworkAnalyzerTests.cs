using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;
using PaperGraph.Tests.Analytics.Support;

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
}
