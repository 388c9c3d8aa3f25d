using PaperGraph.Analytics.IO;

namespace PaperGraph.Analytics;

/// <summary>What <see cref="NetworkAnalyzer.AnalyzeEdgeList"/> did: the analysis, the input as read, and the files written.</summary>
public sealed record NetworkAnalysisReport(NetworkAnalysis Analysis, EdgeListGraph Input, string NodesPath, string SummaryPath);
