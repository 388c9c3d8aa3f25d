using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;

namespace PaperGraph.Graph;

/// <summary>
/// Settings of <see cref="GraphAnalyzer"/>. Defaults: communities on entity co-occurrence weighted by
/// association strength, modularity with γ = 1, seed 1, two levels (sections and subsections). The
/// community and path-centrality settings live in the analytics' own records (<see cref="HierarchyOptions"/>,
/// <see cref="PathCentralityOptions"/>), which hold their defaults and validate them; the properties
/// here read and set them there.
/// </summary>
public sealed record AnalysisOptions
{
    private HierarchyOptions hierarchy = HierarchyOptions.Default;
    private PathCentralityOptions paths = PathCentralityOptions.Default;

    public CommunityProjection Projection { get; init; } = CommunityProjection.CoOccurrence;

    public CoOccurrenceWeighting Weighting { get; init; } = CoOccurrenceWeighting.AssociationStrength;

    public QualityObjective Objective
    {
        get => hierarchy.Leiden.Objective;
        init => hierarchy = hierarchy with { Leiden = hierarchy.Leiden with { Objective = value } };
    }

    /// <summary>γ of the community objective; must be positive and finite.</summary>
    public double Resolution
    {
        get => hierarchy.Leiden.Resolution;
        init => hierarchy = hierarchy with { Leiden = hierarchy.Leiden with { Resolution = value } };
    }

    /// <summary>Seeds Leiden and the pivots of sampled betweenness and closeness.</summary>
    public long Seed
    {
        get => hierarchy.Leiden.Seed;
        init
        {
            hierarchy = hierarchy with { Leiden = hierarchy.Leiden with { Seed = value } };
            paths = paths with { Seed = value };
        }
    }

    /// <summary>Levels of the community hierarchy: 1 = communities only, 2 = with sub-communities, ... (at most 8).</summary>
    public int Levels
    {
        get => hierarchy.Levels;
        init => hierarchy = hierarchy with { Levels = value };
    }

    /// <summary>Communities with fewer projected nodes than this (at least 2) are split no further.</summary>
    public int MinSplitSize
    {
        get => hierarchy.MinSplitSize;
        init => hierarchy = hierarchy with { MinSplitSize = value };
    }

    /// <summary>How many members by PageRank each community summary lists.</summary>
    public int TopMembers
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(TopMembers), value, "TopMembers must not be negative.");
    } = 5;

    /// <summary>Betweenness and closeness are exact up to this many nodes of the whole graph, sampled above.</summary>
    public int ExactPathNodeLimit
    {
        get => paths.ExactNodeLimit;
        init => paths = paths with { ExactNodeLimit = value };
    }

    internal HierarchyOptions Hierarchy => hierarchy;

    internal PathCentralityOptions Paths => paths;

    public static AnalysisOptions Default { get; } = new();
}
