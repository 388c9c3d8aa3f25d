using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class Neo4jSchemaTests
{
    [Theory]
    [InlineData("Paper")]
    [InlineData("Method")]
    [InlineData("Community")]
    [InlineData("Community_0")]
    [InlineData("Community_1234567890")]
    public void Label_FixedSet_Accepted(string label) => Assert.Equal(label, Neo4jSchema.Label(label));

    [Theory]
    [InlineData("Author")]
    [InlineData("method")]
    [InlineData("Community_")]
    [InlineData("Community_3a")]
    [InlineData("Community_-1")]
    [InlineData("Community_12345678901")]
    [InlineData("Method) DETACH DELETE (n")]
    [InlineData("Method`")]
    public void Label_AnythingElse_Refused(string label) => Assert.Throws<ArgumentException>(() => Neo4jSchema.Label(label));

    [Theory]
    [InlineData("EVALUATED_ON")]
    [InlineData("IN_COMMUNITY")]
    [InlineData("PARENT")]
    [InlineData("REPORTS")]
    public void RelationshipType_FixedSet_Accepted(string type) => Assert.Equal(type, Neo4jSchema.RelationshipType(type));

    [Theory]
    [InlineData("KNOWS")]
    [InlineData("evaluated_on")]
    [InlineData("USES]->(x) DELETE x //")]
    public void RelationshipType_AnythingElse_Refused(string type) => Assert.Throws<ArgumentException>(() => Neo4jSchema.RelationshipType(type));

    [Fact]
    public void LabelOfNodeId_UnknownPrefix_RefusedWithTheId()
    {
        var e = Assert.Throws<InvalidDataException>(() => Neo4jSchema.LabelOfNodeId("author:x", new HashSet<string>()));

        Assert.Contains("'author:x'", e.Message);
    }

    [Theory]
    [InlineData("3.1.1", "v3")]
    [InlineData("3.5.35", "v3")]
    [InlineData("4.3.0", "v3")]
    [InlineData("4.4.30", "v5")]
    [InlineData("5.26.0", "v5")]
    [InlineData("2025.01.0", "v5")]
    public void DialectFor_ServerVersion_PicksTheSchemaSyntax(string version, string dialect) =>
        Assert.Equal(dialect, Neo4jDialect.For(new Neo4jServerInfo(version, "community", "/")).Name);

    [Fact]
    public void CreateIdConstraint_BothDialects_TheDocumentedForms()
    {
        Assert.Equal("CREATE CONSTRAINT ON (n:Method) ASSERT n.id IS UNIQUE", Neo4jDialect.V3.CreateIdConstraint("Method"));
        Assert.Equal("CREATE CONSTRAINT papergraph_method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE", Neo4jDialect.V5.CreateIdConstraint("Method"));
    }

    [Fact]
    public void SchemaFiles_SameStatementsTheLoaderSends()
    {
        Assert.Equal(Neo4jSchema.KeyedLabels.Select(Neo4jDialect.V3.CreateIdConstraint), CypherFile.Read("schema-v3.cypher").Statements);
        Assert.Equal(Neo4jSchema.KeyedLabels.Select(Neo4jDialect.V5.CreateIdConstraint), CypherFile.Read("schema-v5.cypher").Statements);
    }
}
