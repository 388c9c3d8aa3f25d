using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class GraphRowsTests
{
    [Fact]
    public void Plan_HostileNames_StatementTextsComeOnlyFromTemplates()
    {
        var (graph, analysis) = SyntheticGraph.Generate(80, seed: 2, hostile: true);

        var plan = GraphRows.Plan(graph, analysis, "test");

        var labels = Neo4jSchema.KeyedLabels;
        var types = Neo4jSchema.RelationshipTypes;
        var templates = labels.Select(CypherStatements.MergeNodes)
            .Concat(types.SelectMany(t => labels.SelectMany(a => labels.Select(b => CypherStatements.MergeRelationships(t, a, b)))))
            .ToHashSet();
        var statements = plan.Nodes.Select(g => g.Statement).Concat(plan.Relationships.Select(g => g.Statement)).ToList();
        Assert.All(statements, s => Assert.Contains(s, templates));
        Assert.Contains(plan.Nodes.SelectMany(g => g.Rows), r => ((Row)r["props"]!).GetValueOrDefault("name") is string name && name.StartsWith("'); MATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SyntheticGraph_OneRowPerNodeResultEdgeAndCommunityLink()
    {
        var (graph, analysis) = SyntheticGraph.Generate(50, seed: 4);

        var plan = GraphRows.Plan(graph, analysis, "test");

        Assert.Equal(graph.Papers.Count + graph.Entities.Count + graph.Results.Count + analysis.Communities.Count, plan.NodeRows);
        var links = analysis.Nodes.Sum(n => n.Value.CommunityPath.Count);
        var parents = analysis.Communities.Count(c => c.Parent is not null);
        var resultLinks = graph.Results.Sum(r => 2 + (r.Target is null ? 0 : 1) + (r.Method is null ? 0 : 1));
        Assert.Equal(graph.Edges.Count + resultLinks + links + parents, plan.RelationshipRows);
        Assert.Equal(analysis.Communities.Where(c => c.Parent is null).Select(c => c.Id).Order(), plan.LabelledCommunities);
    }

    [Fact]
    public void Plan_OneResult_ResultNodeWithItsLinksAndUnsetUnknowns()
    {
        var paper = new PaperNode(new PaperId("arxiv:1"), "T", "We get FID 3.1 on CIFAR.");
        var metric = new EntityNode(EntityId.Of(EntityType.Metric, "fid"), EntityType.Metric, "FID");
        var evidence = new Evidence(paper.Id, new TextSpan(TextField.Abstract, 7, 10), new TextSpan(TextField.Abstract, 0, 24));
        var result = new ReportedResult(paper.Id, metric.Id, new Quantity(3.1, QuantityUnit.None, "3.1"), null, null, evidence, "FID 3.1");
        var graph = new KnowledgeGraph([paper], [metric], [], [result]);

        var plan = GraphRows.Plan(graph, GraphAnalysis.None, "test");

        var row = plan.Nodes.Single(g => g.Label == "Result").Rows.Single();
        var props = (Row)row["props"]!;
        Assert.Equal("result:arxiv:1#0", row["id"]);
        Assert.Equal(("metric:fid", 3.1, false, "abstract", 7, 10), (props["metric"], props["value"], props["delta"], props["field"], props["start"], props["end"]));
        Assert.False(props.ContainsKey("target"));
        Assert.False(props.ContainsKey("method"));
        Assert.Equal(new[] { "REPORTS Paper Result", "OF_METRIC Result Metric" }, plan.Relationships.Select(g => $"{g.Type} {g.SourceLabel} {g.TargetLabel}"));
    }

    [Fact]
    public void Plan_EdgeEvidence_ParallelArraysPerEvidence()
    {
        var (graph, analysis) = SyntheticGraph.Generate(30, seed: 4);
        var edge = graph.Edges.First(e => e.Evidence.Count > 1);

        var plan = GraphRows.Plan(graph, analysis, "test");

        var props = (Row)plan.Relationships.SelectMany(g => g.Rows).First(r => (string)r["source"]! == edge.Source && (string)r["target"]! == edge.Target)["props"]!;
        Assert.Equal(edge.Evidence.Select(e => e.Paper.Value), (string[])props["evidencePapers"]!);
        Assert.Equal(edge.Evidence.Select(e => e.Span.Start), (int[])props["evidenceStarts"]!);
        Assert.Equal(edge.Evidence.Select(e => e.Sentence.End), (int[])props["sentenceEnds"]!);
        Assert.Equal(edge.Weight, props["weight"]);
    }

    [Fact]
    public void Requests_GroupsSmallerThanABatch_ShareRequestsUpToBatchSize()
    {
        var rows = Enumerable.Range(0, 7).Select(i => new Row { ["id"] = i.ToString() }).ToList();
        var groups = new (string, IReadOnlyList<Row>)[] { ("A", rows.Take(3).ToList()), ("B", rows.Skip(3).ToList()) };

        var requests = Neo4jLoader.Requests(groups, 5).ToList();

        Assert.Equal(new[] { 5, 2 }, requests.Select(r => r.Sum(s => ((Row[])s.Parameters["rows"]!).Length)));
        Assert.Equal(new[] { "A", "B" }, requests[0].Select(s => s.Text));
        Assert.Equal(new[] { "B" }, requests[1].Select(s => s.Text));
    }
}
