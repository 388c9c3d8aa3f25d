using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class GraphDeltaRowsTests
{
    [Fact]
    public void Plan_NoChanges_SendsOnlyTheAnalyticsOfEveryNode()
    {
        var (graph, analysis) = SyntheticGraph.Generate(120, seed: 3);

        var delta = GraphDeltaRows.Plan(graph, analysis, new ChangeSet("A", "B"));

        Assert.Empty(delta.Upserts.Nodes);
        Assert.Empty(delta.Upserts.Relationships);
        Assert.Equal(0, delta.DeletionRows);
        Assert.Equal(graph.Papers.Count + graph.Entities.Count, delta.AnalyticsRows);
    }

    [Fact]
    public void Plan_ChangedPaperAndRemovedEdge_SendsThePaperWithItsResultsAndDeletesTheEdge()
    {
        var (graph, analysis) = SyntheticGraph.Generate(120, seed: 3);
        var paper = graph.Results[0].Paper;
        var edge = graph.Edges.First(e => e.Kind == EdgeKind.BuildsOn);
        var changes = new ChangeSet("A", "B")
        {
            NodesChanged = [paper.Value],
            RelationshipsRemoved = [new ChangedRelationship(edge.Source, edge.Kind, edge.Target)],
        };

        var delta = GraphDeltaRows.Plan(graph, analysis, changes);

        var results = graph.Results.Count(r => r.Paper == paper);
        Assert.Equal([Neo4jSchema.Paper, Neo4jSchema.Result], delta.Upserts.Nodes.Select(g => g.Label));
        Assert.Equal(1 + results, delta.Upserts.NodeRows);
        Assert.All(delta.Upserts.Relationships, g => Assert.True(g.Type == Neo4jSchema.Reports || g.SourceLabel == Neo4jSchema.Result, g.Type));
        Assert.Equal([paper.Value], delta.PapersWithReplacedResults);
        var removed = Assert.Single(delta.RemovedRelationships);
        Assert.Equal((edge.Kind.RelationshipType(), edge.Source, edge.Target), (removed.Type, (string)removed.Rows[0]["source"]!, (string)removed.Rows[0]["target"]!));
    }
}
