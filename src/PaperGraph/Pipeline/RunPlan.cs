using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>What one build, update or merge runs: the papers, the extractor version the cache is written for, the community settings.</summary>
internal sealed record RunPlan(IEnumerable<PendingPaper> Papers, string ExtractorVersion, AnalysisOptions Analysis, IReadOnlyList<string> Inputs)
{
    public CacheLookup? Cache { get; init; }

    /// <summary>Carry community ids over from the folder's previous build (updates).</summary>
    public bool MatchCommunities { get; init; }
}
