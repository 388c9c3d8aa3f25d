namespace PaperGraph.Neo4j;

/// <summary>
/// The statement templates of the loader. Labels and relationship types are checked against
/// <see cref="Neo4jSchema"/> before they are placed in the text; all data goes in parameters.
/// </summary>
internal static class CypherStatements
{
    /// <summary>MERGE on the id, then set the properties.</summary>
    public static string MergeNodes(string label) =>
        $"UNWIND $rows AS r MERGE (n:{Neo4jSchema.Label(label)} {{id: r.id}}) SET n += r.props RETURN count(*) AS merged";

    /// <summary>
    /// Gives every member of a top-level community its Community_N label, through the IN_COMMUNITY
    /// edges. One statement per community rather than per (label, community): each distinct statement
    /// text costs Neo4j a query compilation, and there can be hundreds of communities.
    /// </summary>
    public static string LabelCommunityMembers(int communityId) =>
        $"MATCH (:{Neo4jSchema.Community} {{id: $community}})<-[:{Neo4jSchema.InCommunity}]-(n) SET n:{Neo4jSchema.CommunityLabel(communityId)}";

    /// <summary>MATCH both ends by their indexed id, MERGE the relationship, set its properties.</summary>
    public static string MergeRelationships(string type, string sourceLabel, string targetLabel)
    {
        type = Neo4jSchema.RelationshipType(type);
        sourceLabel = Neo4jSchema.Label(sourceLabel);
        targetLabel = Neo4jSchema.Label(targetLabel);
        return $"UNWIND $rows AS r MATCH (a:{sourceLabel} {{id: r.source}}) MATCH (b:{targetLabel} {{id: r.target}}) "
             + $"MERGE (a)-[e:{type}]->(b) SET e += r.props RETURN count(*) AS merged";
    }

    /// <summary>Deletes one batch of a label's nodes; run until it returns 0.</summary>
    public static string DeleteBatch(string label) =>
        $"MATCH (n:{Neo4jSchema.Label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted";

    public static string CountNodes(string label) => $"MATCH (n:{Neo4jSchema.Label(label)}) RETURN count(n) AS count";

    public static string CountRelationships(string type) =>
        $"MATCH ()-[e:{Neo4jSchema.RelationshipType(type)}]->() RETURN count(e) AS count";

    public const string Components = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition";
}
