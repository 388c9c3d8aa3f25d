namespace PaperGraph.Neo4j;

/// <summary>
/// The statement templates of the loader. Labels and relationship types are checked against
/// <see cref="Neo4jSchema"/> before they are placed in the text; all data goes in parameters.
/// </summary>
internal static class CypherStatements
{
    /// <summary>MERGE on the id, then replace the properties: a property the graph no longer has goes too.</summary>
    public static string MergeNodes(string label) =>
        $"UNWIND $rows AS r MERGE (n:{Neo4jSchema.Label(label)} {{id: r.id}}) SET n = r.props RETURN count(*) AS merged";

    /// <summary>
    /// Makes the Community_N label of one top-level community right: takes it off the nodes whose
    /// community property is no longer N (a previous build's members), then gives it to the members
    /// (through IN_COMMUNITY) whose community is N and that lack it; N may be a lower level's community now. One statement per community, whatever the node labels: each
    /// distinct statement text costs Neo4j a query compilation, and there can be thousands of communities.
    /// Setting a label a node has would still take the node's write lock, hence the NOT.
    /// </summary>
    public static string RefreshCommunityLabel(int communityId)
    {
        var label = Neo4jSchema.CommunityLabel(communityId);
        return $"MATCH (n:{label}) WHERE coalesce(n.community, -1) <> $communityId REMOVE n:{label} WITH count(*) AS removed "
            + $"MATCH (:{Neo4jSchema.Community} {{id: $community}})<-[:{Neo4jSchema.InCommunity}]-(m) WHERE m.community = $communityId AND NOT m:{label} SET m:{label}";
    }

    /// <summary>MATCH both ends by their indexed id, MERGE the relationship, set its properties.</summary>
    public static string MergeRelationships(string type, string sourceLabel, string targetLabel)
    {
        type = Neo4jSchema.RelationshipType(type);
        sourceLabel = Neo4jSchema.Label(sourceLabel);
        targetLabel = Neo4jSchema.Label(targetLabel);
        return $"UNWIND $rows AS r MATCH (a:{sourceLabel} {{id: r.source}}) MATCH (b:{targetLabel} {{id: r.target}}) "
             + $"MERGE (a)-[e:{type}]->(b) SET e = r.props RETURN count(*) AS merged";
    }

    /// <summary>Detach-deletes nodes of a label by id.</summary>
    public static string DeleteNodes(string label) =>
        $"UNWIND $rows AS id MATCH (n:{Neo4jSchema.Label(label)} {{id: id}}) DETACH DELETE n RETURN count(*) AS deleted";

    /// <summary>Detach-deletes the :Result nodes of papers by id (before the paper goes, or its results are written again).</summary>
    public static string DeleteResultsOfPapers { get; } =
        $"UNWIND $rows AS id MATCH (:{Neo4jSchema.Paper} {{id: id}})-[:{Neo4jSchema.Reports}]->(r:{Neo4jSchema.Result}) DETACH DELETE r RETURN count(*) AS deleted";

    /// <summary>Deletes relationships of a type named by their ends.</summary>
    public static string DeleteRelationships(string type, string sourceLabel, string targetLabel) =>
        $"UNWIND $rows AS r MATCH (:{Neo4jSchema.Label(sourceLabel)} {{id: r.source}})-[e:{Neo4jSchema.RelationshipType(type)}]->(:{Neo4jSchema.Label(targetLabel)} {{id: r.target}}) "
        + "DELETE e RETURN count(*) AS deleted";

    /// <summary>Deletes every relationship of a type that leaves the nodes of a label with these ids.</summary>
    public static string DeleteOutgoing(string label, string type) =>
        $"UNWIND $rows AS id MATCH (:{Neo4jSchema.Label(label)} {{id: id}})-[e:{Neo4jSchema.RelationshipType(type)}]->() DELETE e RETURN count(*) AS deleted";

    /// <summary>Sets the analytics of nodes by id; a value missing from the row removes the property.</summary>
    public static string SetAnalytics(string label) =>
        $"UNWIND $rows AS r MATCH (n:{Neo4jSchema.Label(label)} {{id: r.id}}) "
        + "SET n.pagerank = r.pagerank, n.betweenness = r.betweenness, n.degree = r.degree, n.closeness = r.closeness, "
        + "n.community = r.community, n.communityPath = r.communityPath RETURN count(*) AS merged";

    /// <summary>Sets the level on the IN_COMMUNITY relationships into communities whose level changed.</summary>
    public static string SetCommunityLevels { get; } =
        $"UNWIND $rows AS r MATCH (:{Neo4jSchema.Community} {{id: r.id}})<-[e:{Neo4jSchema.InCommunity}]-() SET e.level = r.level RETURN count(*) AS merged";

    /// <summary>The Community_N labels each node of a label with these ids carries now.</summary>
    public static string CommunityLabelsOf(string label) =>
        $"UNWIND $rows AS id MATCH (n:{Neo4jSchema.Label(label)} {{id: id}}) RETURN id, [l IN labels(n) WHERE l STARTS WITH 'Community_'] AS labels";

    /// <summary>Every label in the database (3.x lists labels that no node has any more, too).</summary>
    public const string Labels = "CALL db.labels() YIELD label RETURN label";

    /// <summary>Deletes one batch of a label's nodes that this load did not write; run until it returns 0.</summary>
    public static string SweepNodes(string label) =>
        $"MATCH (n:{Neo4jSchema.Label(label)}) WHERE coalesce(n.{Neo4jSchema.BuildProperty}, '') <> $build WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted";

    /// <summary>Deletes one batch of a type's relationships that this load did not write; run until it returns 0.</summary>
    public static string SweepRelationships(string type) =>
        $"MATCH ()-[e:{Neo4jSchema.RelationshipType(type)}]->() WHERE coalesce(e.{Neo4jSchema.BuildProperty}, '') <> $build WITH e LIMIT $limit DELETE e RETURN count(*) AS deleted";

    public static string ReadBuild { get; } = $"MATCH (b:{Neo4jSchema.BuildMarker} {{key: 'current'}}) RETURN b.id AS build";

    public static string RecordBuild { get; } = $"MERGE (b:{Neo4jSchema.BuildMarker} {{key: 'current'}}) SET b.id = $build, b.loadedAt = timestamp() RETURN b.id AS build";

    public static string ForgetBuild { get; } = $"MATCH (b:{Neo4jSchema.BuildMarker}) DELETE b RETURN count(*) AS deleted";

    /// <summary>Deletes one batch of a label's nodes; run until it returns 0.</summary>
    public static string DeleteBatch(string label) =>
        $"MATCH (n:{Neo4jSchema.Label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted";

    public static string CountNodes(string label) => $"MATCH (n:{Neo4jSchema.Label(label)}) RETURN count(n) AS count";

    public static string CountRelationships(string type) =>
        $"MATCH ()-[e:{Neo4jSchema.RelationshipType(type)}]->() RETURN count(e) AS count";

    public const string Components = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition";
}
