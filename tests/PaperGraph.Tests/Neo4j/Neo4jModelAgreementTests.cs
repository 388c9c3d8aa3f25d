using PaperGraph.Export;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>The HTTP loader and the neo4j-admin CSVs must write one model, or cypher/ would answer differently on each.</summary>
public sealed class Neo4jModelAgreementTests
{
    [Fact]
    public void LabelsAndRelationshipTypes_LoaderAndBulkExport_Same()
    {
        Assert.Equal(Neo4jNames.Labels.Order(StringComparer.Ordinal), Neo4jSchema.KeyedLabels.Order(StringComparer.Ordinal));
        Assert.Equal(Neo4jNames.RelationshipTypes.Order(StringComparer.Ordinal), Neo4jSchema.RelationshipTypes.Order(StringComparer.Ordinal));
        Assert.Equal(Neo4jNames.CommunityLabel(7), Neo4jSchema.CommunityLabel(7));
        Assert.Equal(Neo4jNames.CommunityId(7), Neo4jSchema.CommunityId(7));
        Assert.Equal(Neo4jNames.ResultId(new PaperId("arxiv:1"), 2), Neo4jSchema.ResultId(new PaperId("arxiv:1"), 2));
    }
}
