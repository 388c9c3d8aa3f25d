using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;

namespace PaperGraph.Analytics;

/// <summary>Settings for <see cref="NetworkAnalyzer"/>: one options record per algorithm, each with its defaults.</summary>
public sealed record NetworkAnalysisOptions
{
    public PageRankOptions PageRank { get; init; } = PageRankOptions.Default;
    public PathCentralityOptions Paths { get; init; } = PathCentralityOptions.Default;
    public LeidenOptions Leiden { get; init; } = LeidenOptions.Default;

    public static NetworkAnalysisOptions Default { get; } = new();
}
