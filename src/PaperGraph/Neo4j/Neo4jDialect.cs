namespace PaperGraph.Neo4j;

/// <summary>
/// The Cypher that differs between server versions. V3 is the ON ... ASSERT schema syntax of 3.x
/// (also accepted up to 4.3); V5 is the FOR ... REQUIRE syntax with IF NOT EXISTS of 4.4, 5.x and
/// 2025.x. Each form is a syntax error on the other side.
/// </summary>
internal sealed class Neo4jDialect
{
    public static Neo4jDialect V3 { get; } = new("v3", legacy: true);

    public static Neo4jDialect V5 { get; } = new("v5", legacy: false);

    private readonly bool legacy;

    private Neo4jDialect(string name, bool legacy)
    {
        Name = name;
        this.legacy = legacy;
    }

    public string Name { get; }

    public static Neo4jDialect For(Neo4jServerInfo server) =>
        server.Major < 4 || (server.Major == 4 && server.Minor < 4) ? V3 : V5;

    /// <summary>
    /// The uniqueness constraint on id for a label. On 3.x creating one that exists is a no-op, but an
    /// equivalent rule (4.0-4.3) is reported as an error: <see cref="IsAlreadyExists"/> tells the loader to go on.
    /// </summary>
    public string CreateIdConstraint(string label)
    {
        label = Neo4jSchema.Label(label);
        return legacy
            ? $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE"
            : $"CREATE CONSTRAINT papergraph_{label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE";
    }

    /// <summary>Waits for the constraint indexes to come online; 3.x builds them inside CREATE CONSTRAINT.</summary>
    public string? AwaitIndexes => legacy ? null : "CALL db.awaitIndexes(300)";

    /// <summary>Refreshes index statistics so the planner uses the id indexes for the relationship MATCHes.</summary>
    public const string ResampleIndexes = "CALL db.resampleOutdatedIndexes()";

    public static bool IsAlreadyExists(Neo4jException e) =>
        e.Code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintAlreadyExists"
            or "Neo.ClientError.Schema.IndexAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists";

    public override string ToString() => Name;
}
