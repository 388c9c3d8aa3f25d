namespace PaperGraph.Neo4j;

/// <summary>
/// Where a load is: the phase ("wipe", "removals", "nodes", "relationships", "analytics", "sweep",
/// "community labels") and rows done of that phase.
/// </summary>
public sealed record Neo4jLoadProgress(string Phase, long Done, long Total, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}
