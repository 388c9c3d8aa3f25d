namespace PaperGraph.Graph;

/// <summary>
/// Relationship types of the graph model. This fixed set is also the only source of relationship
/// types in Cypher: nothing read from papers ever becomes a type name.
/// </summary>
public enum EdgeKind
{
    /// <summary>Paper → Method/Dataset/Benchmark it introduces.</summary>
    Proposes,
    /// <summary>Paper → Method it uses or compares with.</summary>
    Uses,
    /// <summary>Paper → Dataset/Benchmark it evaluates on.</summary>
    EvaluatesOn,
    /// <summary>Paper → Metric it reports.</summary>
    Measures,
    /// <summary>Paper → Task it addresses.</summary>
    Addresses,
    /// <summary>Method → Dataset/Benchmark, supported by the papers that evaluate the method there.</summary>
    EvaluatedOn,
    /// <summary>Method proposed in a paper → Method that paper uses: what a new method builds on.</summary>
    BuildsOn,
}

public static class EdgeKinds
{
    /// <summary>The relationship type as written in Neo4j, GraphML and graph.json: PROPOSES, EVALUATED_ON, ...</summary>
    public static string RelationshipType(this EdgeKind kind) => kind switch
    {
        EdgeKind.Proposes => "PROPOSES",
        EdgeKind.Uses => "USES",
        EdgeKind.EvaluatesOn => "EVALUATES_ON",
        EdgeKind.Measures => "MEASURES",
        EdgeKind.Addresses => "ADDRESSES",
        EdgeKind.EvaluatedOn => "EVALUATED_ON",
        EdgeKind.BuildsOn => "BUILDS_ON",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseRelationshipType(string text, out EdgeKind kind)
    {
        foreach (var k in Enum.GetValues<EdgeKind>())
        {
            if (k.RelationshipType() == text) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
