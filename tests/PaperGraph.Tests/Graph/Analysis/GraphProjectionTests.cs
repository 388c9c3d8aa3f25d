using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph.Analysis;

public class GraphProjectionTests
{
    [Fact]
    public void SharedBenchmarks_MethodsEvaluatedOnSameTargets_WeightedByCountWithList()
    {
        var graph = new KnowledgeGraphs()
            .Paper("p1", (EntityType.Method, "A"), (EntityType.Method, "B"), (EntityType.Method, "C"), (EntityType.Method, "D"), (EntityType.Task, "T"))
            .EvaluatedOn("A", "COCO").EvaluatedOn("A", "VOC", EntityType.Dataset)
            .EvaluatedOn("B", "COCO").EvaluatedOn("B", "VOC", EntityType.Dataset)
            .EvaluatedOn("C", "COCO")
            .Build();

        var projected = GraphProjection.SharedBenchmarks(graph);

        int a = projected.Index.NodeOf("method:a"), b = projected.Index.NodeOf("method:b"), c = projected.Index.NodeOf("method:c");
        Assert.Equal(4, projected.Graph.NodeCount);
        Assert.Equal(3, projected.Graph.EdgeCount);
        Assert.Equal(2, projected.Graph.EdgeWeight(a, b));
        Assert.Equal(1, projected.Graph.EdgeWeight(a, c));
        Assert.Equal(["benchmark:coco", "dataset:voc"], projected.SharedBetween(b, a).Select(e => e.Value));
        Assert.Equal(0, projected.Graph.Degree(projected.Index.NodeOf("method:d")));
        Assert.False(projected.Index.TryGetNode("task:t", out _));
    }

    [Fact]
    public void CoOccurrence_Counts_NumberOfPapersMentioningBoth()
    {
        var graph = Three();

        var projected = GraphProjection.CoOccurrence(graph, CoOccurrenceWeighting.Counts);

        Assert.Equal(2, Weight(projected, "x", "y"));
        Assert.Equal(1, Weight(projected, "x", "z"));
        Assert.Equal(1, Weight(projected, "y", "z"));
    }

    [Fact]
    public void CoOccurrence_AssociationStrength_DividesByOccurrenceProduct()
    {
        // Occurrences: x in 2 papers, y in 3, z in 1.
        var projected = GraphProjection.CoOccurrence(Three());

        Assert.Equal(2.0 / (2 * 3), Weight(projected, "x", "y"), 12);
        Assert.Equal(1.0 / (2 * 1), Weight(projected, "x", "z"), 12);
        Assert.Equal(1.0 / (3 * 1), Weight(projected, "y", "z"), 12);
    }

    [Fact]
    public void Heterogeneous_PapersAndEntities_EdgeWeightIsSupportingPapers()
    {
        var graph = new KnowledgeGraphs().Paper("p1", (EntityType.Method, "A")).Paper("p2", (EntityType.Method, "A"))
            .EvaluatedOn("A", "COCO", paper: "p1").EvaluatedOn("A", "COCO", paper: "p2").Build();

        var projected = GraphProjection.Heterogeneous(graph);

        Assert.Equal(4, projected.Graph.NodeCount);
        Assert.Equal(2, projected.Graph.EdgeWeight(projected.Index.NodeOf("method:a"), projected.Index.NodeOf("benchmark:coco")));
        Assert.Equal(1, projected.Graph.EdgeWeight(projected.Index.NodeOf("p1"), projected.Index.NodeOf("method:a")));
    }

    private static KnowledgeGraph Three() => new KnowledgeGraphs()
        .Paper("p1", (EntityType.Method, "x"), (EntityType.Method, "y"), (EntityType.Method, "z"))
        .Paper("p2", (EntityType.Method, "x"), (EntityType.Method, "y"))
        .Paper("p3", (EntityType.Method, "y"))
        .Build();

    private static double Weight(ProjectedGraph projected, string u, string v) =>
        projected.Graph.EdgeWeight(projected.Index.NodeOf("method:" + u), projected.Index.NodeOf("method:" + v));
}
