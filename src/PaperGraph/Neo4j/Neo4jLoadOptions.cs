namespace PaperGraph.Neo4j;

/// <summary>How to load: rows per request, whether to clear PaperGraph's labels first or send everything.</summary>
public sealed record Neo4jLoadOptions
{
    /// <summary>Rows per UNWIND statement (one HTTP request each).</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Delete every node with a PaperGraph label (Paper, the entity types, Result, Community) before loading.</summary>
    public bool Wipe { get; init; }

    /// <summary>Send the whole graph even when the database holds the build that changes.json starts from, or this very build.</summary>
    public bool Full { get; init; }

    /// <summary>
    /// Pause after resampling the indexes, before the relationship phase: Neo4j 3.1 samples in the
    /// background, and a relationship MATCH planned on stale statistics runs 3 to 400 times slower.
    /// </summary>
    public TimeSpan IndexSettle { get; init; } = TimeSpan.FromSeconds(2);
}
