namespace PaperGraph.Neo4j;

/// <summary>How many nodes of each PaperGraph label and relationships of each type a database holds.</summary>
public sealed record Neo4jCounts(IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> RelationshipsByType)
{
    public long Nodes => NodesByLabel.Values.Sum();

    public long Relationships => RelationshipsByType.Values.Sum();
}
