namespace PaperGraph.Neo4j;

/// <summary>Rows sent in one phase, how many created something new, and how fast.</summary>
public sealed record Neo4jPhaseSummary(long Rows, long Created, TimeSpan Elapsed)
{
    public static Neo4jPhaseSummary None { get; } = new(0, 0, TimeSpan.Zero);

    /// <summary>Rows that matched an existing node or relationship (and set its properties again).</summary>
    public long Updated => Rows - Created;

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>A step of a load other than the node and relationship phases (wipe, removals, analytics, sweep, community labels).</summary>
public sealed record Neo4jLoadStep(string Name, long Rows, TimeSpan Elapsed);

/// <summary>What a load did.</summary>
public sealed record Neo4jLoadSummary(
    Neo4jServerInfo Server,
    long Deleted,
    Neo4jPhaseSummary Nodes,
    Neo4jPhaseSummary Relationships,
    TimeSpan Elapsed)
{
    public Neo4jLoadMode Mode { get; init; } = Neo4jLoadMode.Full;

    /// <summary>Why the load was full or sent nothing, rather than only the changes; null for an incremental load.</summary>
    public string? Reason { get; init; }

    /// <summary>The build the database held before the load; null when it held none (or not one PaperGraph recorded).</summary>
    public string? PreviousBuild { get; init; }

    /// <summary>The build the database holds now; null when the folder does not say which build it is.</summary>
    public string? Build { get; init; }

    /// <summary>Nodes and relationships deleted because this build no longer has them (not counting a wipe).</summary>
    public long Removed { get; init; }

    /// <summary>The other steps, in the order they ran, with the rows they sent (statements for the label steps, none for wipe and sweep) and time.</summary>
    public IReadOnlyList<Neo4jLoadStep> Steps { get; init; } = [];

    /// <summary>Relationship rows whose end nodes were not found (0 unless the graph names a node it does not hold).</summary>
    public long RelationshipsWithoutEndpoints { get; init; }

    public long RowsSent => Nodes.Rows + Relationships.Rows + Steps.Sum(s => s.Rows);

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsSent / Elapsed.TotalSeconds : 0;
}
