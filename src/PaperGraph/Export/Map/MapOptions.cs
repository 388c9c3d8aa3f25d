namespace PaperGraph.Export.Map;

/// <summary>
/// Settings of the map page (index.html). A graph with more nodes than <see cref="MaxNodes"/> is
/// drawn as its <see cref="MaxNodes"/> most central nodes by PageRank; the page says so.
/// </summary>
public sealed record MapOptions
{
    /// <summary>20,000 nodes stay smooth in a WebGL renderer on a laptop and load in a few seconds.</summary>
    public const int DefaultMaxNodes = 20_000;

    public int MaxNodes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxNodes), value, "MaxNodes must be at least 1.");
    } = DefaultMaxNodes;

    /// <summary>How many distinct evidence sentences the side panel lists per entity (the total is shown too).</summary>
    public int EvidencePerEntity
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(EvidencePerEntity), value, "EvidencePerEntity must not be negative.");
    } = 5;

    /// <summary>
    /// Abstracts are embedded for the drawn papers, most central first, until their total length would
    /// pass this many characters; the panel of any other paper points to graph.json. Titles, evidence
    /// sentences and results are always embedded.
    /// </summary>
    public int MaxAbstractChars
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAbstractChars), value, "MaxAbstractChars must not be negative.");
    } = 3_000_000;
}
