using PaperGraph.Analytics.Communities;

namespace PaperGraph.Graph;

/// <summary>
/// Settings of <see cref="GraphAnalyzer"/>. Defaults: communities on entity co-occurrence weighted by
/// association strength, modularity with γ = 1, seed 1, two levels (sections and subsections).
/// </summary>
public sealed record AnalysisOptions
{
    public CommunityProjection Projection { get; init; } = CommunityProjection.CoOccurrence;

    public CoOccurrenceWeighting Weighting { get; init; } = CoOccurrenceWeighting.AssociationStrength;

    public QualityObjective Objective { get; init; } = QualityObjective.Modularity;

    public double Resolution
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Resolution), value, "Resolution must be positive.");
    } = 1.0;

    public long Seed { get; init; } = 1;

    /// <summary>Levels of the community hierarchy: 1 = communities only, 2 = with sub-communities, ...</summary>
    public int Levels
    {
        get;
        init => field = value is >= 1 and <= 8 ? value : throw new ArgumentOutOfRangeException(nameof(Levels), value, "Levels must be between 1 and 8.");
    } = 2;

    /// <summary>Communities with fewer projected nodes than this are split no further.</summary>
    public int MinSplitSize
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MinSplitSize), value, "MinSplitSize must be at least 2.");
    } = 8;

    /// <summary>How many members by PageRank each community summary lists.</summary>
    public int TopMembers
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(TopMembers), value, "TopMembers must not be negative.");
    } = 5;

    /// <summary>Betweenness and closeness are exact up to this many nodes of the whole graph, sampled above.</summary>
    public int ExactPathNodeLimit
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(ExactPathNodeLimit), value, "ExactPathNodeLimit must not be negative.");
    } = 50_000;

    public static AnalysisOptions Default { get; } = new();
}
