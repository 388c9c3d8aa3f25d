namespace PaperGraph.Neo4j;

/// <summary>Rows sent in one phase, how many created something new, and how fast.</summary>
public sealed record Neo4jPhaseSummary(long Rows, long Created, TimeSpan Elapsed)
{
    /// <summary>Rows that matched an existing node or relationship (and set its properties again).</summary>
    public long Updated => Rows - Created;

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>What a load did.</summary>
public sealed record Neo4jLoadSummary(
    Neo4jServerInfo Server,
    long Deleted,
    Neo4jPhaseSummary Nodes,
    Neo4jPhaseSummary Relationships,
    TimeSpan Elapsed)
{
    /// <summary>Relationship rows whose end nodes were not found (0 unless the graph names a node it does not hold).</summary>
    public long RelationshipsWithoutEndpoints { get; init; }

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? (Nodes.Rows + Relationships.Rows) / Elapsed.TotalSeconds : 0;
}
