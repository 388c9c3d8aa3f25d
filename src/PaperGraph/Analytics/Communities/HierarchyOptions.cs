namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Settings of <see cref="CommunityHierarchy"/>: Leiden settings for every level, how many levels, and the
/// smallest community worth splitting into sub-communities.
/// </summary>
public sealed record HierarchyOptions
{
    public LeidenOptions Leiden { get; init; } = LeidenOptions.Default;

    /// <summary>Number of levels: 1 = communities only, 2 = communities and their sub-communities, ...</summary>
    public int Levels
    {
        get;
        init => field = value is >= 1 and <= 8 ? value : throw new ArgumentOutOfRangeException(nameof(Levels), value, "Levels must be between 1 and 8.");
    } = 2;

    /// <summary>Communities with fewer nodes than this are not split further; their child is themselves.</summary>
    public int MinSplitSize
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MinSplitSize), value, "MinSplitSize must be at least 2.");
    } = 8;

    public static HierarchyOptions Default { get; } = new();
}
