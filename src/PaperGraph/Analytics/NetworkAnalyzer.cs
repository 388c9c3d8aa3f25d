using System.Diagnostics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Components;
using PaperGraph.Analytics.IO;

namespace PaperGraph.Analytics;

/// <summary>
/// The facade behind <c>papergraph analyze</c>: degree, PageRank, betweenness, components and Leiden
/// communities of one graph, each timed; and the whole read → analyse → write of an edge-list file.
/// A cancelled token stops the analysis within one iteration or sweep of the running algorithm, with
/// an <see cref="OperationCanceledException"/>, and nothing is written.
/// </summary>
public static class NetworkAnalyzer
{
    public static NetworkAnalysis Analyze(CsrGraph graph, NetworkAnalysisOptions? options = null, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= NetworkAnalysisOptions.Default;
        var timings = new List<AlgorithmTiming>();
        var degree = Timed("degree", timings, progress, () => DegreeCentrality.Compute(graph));
        var pageRank = Timed("pagerank", timings, progress, () => PageRank.Compute(graph, options.PageRank, cancellationToken));
        var betweenness = Timed("betweenness", timings, progress, () => Betweenness.Compute(graph, options.Paths, cancellationToken));
        var components = Timed("components", timings, progress, () => ConnectedComponents.Compute(graph));
        var communities = Timed("leiden", timings, progress, () => Leiden.Run(graph, options.Leiden, cancellationToken));
        var modularity = Modularity.Compute(graph, communities.Membership);
        return new NetworkAnalysis(graph, degree, pageRank, betweenness, components, communities, modularity, timings);
    }

    /// <summary>
    /// Reads <paramref name="edgeListPath"/>, analyses it and writes nodes.tsv and summary.json into
    /// <paramref name="outputDirectory"/> (each atomically). Throws <see cref="EdgeListFormatException"/>
    /// for a bad line and leaves the output folder untouched then.
    /// </summary>
    public static NetworkAnalysisReport AnalyzeEdgeList(string edgeListPath, string outputDirectory,
        NetworkAnalysisOptions? options = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= NetworkAnalysisOptions.Default;
        var readTiming = new List<AlgorithmTiming>();
        var input = Timed("read", readTiming, progress, () => EdgeList.Read(edgeListPath));
        var analysis = Analyze(input.Graph, options, progress, cancellationToken);
        analysis = analysis with { Timings = [.. readTiming, .. analysis.Timings] };
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report("write");
        var nodesPath = Path.Combine(outputDirectory, "nodes.tsv");
        var summaryPath = Path.Combine(outputDirectory, "summary.json");
        NetworkAnalysisWriter.WriteNodes(nodesPath, analysis, input.Index);
        NetworkAnalysisWriter.WriteSummary(summaryPath, analysis, input, options);
        return new NetworkAnalysisReport(analysis, input, nodesPath, summaryPath);
    }

    private static T Timed<T>(string step, List<AlgorithmTiming> timings, IProgress<string>? progress, Func<T> run)
    {
        progress?.Report(step);
        var clock = Stopwatch.StartNew();
        var result = run();
        timings.Add(new AlgorithmTiming(step, clock.Elapsed.TotalSeconds));
        return result;
    }
}
