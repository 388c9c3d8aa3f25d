namespace PaperGraph.Graph;

/// <summary>
/// The analysis with community ids carried over from a previous build, and how many communities kept
/// their old id or got a new one.
/// </summary>
public sealed record CommunityMatch(GraphAnalysis Analysis, int Kept, int Fresh);
