namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A fact that needs the Neo4j test server (scripts/neo4j-test-server.sh start). Skipped with a
/// message when NEO4J_TEST_URL is not set, except in CI (CI=true), where a missing server must fail.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (Neo4jTestServer.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>The theory form of <see cref="Neo4jFactAttribute"/>.</summary>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    public Neo4jTheoryAttribute()
    {
        if (Neo4jTestServer.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>All tests that use the one test server run in this collection, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection
{
    public const string Name = "Neo4j server";
}
