namespace PaperGraph.Neo4j;

/// <summary>How much a load sent (docs/neo4j.md, "Loading again after an update").</summary>
public enum Neo4jLoadMode
{
    /// <summary>Every node and relationship, then whatever an earlier load left that the graph no longer has was deleted.</summary>
    Full,

    /// <summary>Only what changes.json lists since the build the database held, and the analytics of every node.</summary>
    Incremental,

    /// <summary>Nothing: the database already holds this build.</summary>
    UpToDate,
}
