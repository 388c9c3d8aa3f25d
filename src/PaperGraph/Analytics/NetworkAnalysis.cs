using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Components;

namespace PaperGraph.Analytics;

/// <summary>
/// Everything <see cref="NetworkAnalyzer"/> computes for one graph. Modularity is recomputed from the
/// partition by <see cref="Modularity"/>, independently of the quality Leiden reports.
/// </summary>
public sealed record NetworkAnalysis(
    CsrGraph Graph,
    DegreeResult Degree,
    PageRankResult PageRank,
    BetweennessResult Betweenness,
    ComponentsResult Components,
    LeidenResult Communities,
    double Modularity,
    IReadOnlyList<AlgorithmTiming> Timings);
