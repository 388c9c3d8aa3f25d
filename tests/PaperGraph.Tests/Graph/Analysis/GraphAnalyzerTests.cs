using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Graph.Analysis;

public class GraphAnalyzerTests
{
    [Fact]
    public void Analyze_TwoTopics_TwoLabelledTopLevelCommunities()
    {
        var analysis = GraphAnalyzer.Analyze(KnowledgeGraphs.TwoTopics());

        var top = analysis.Communities.Where(c => c.Level == 0).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        Assert.Equal(2, top.Count);
        // Transformer-XL has the higher lift (2: only in language papers, 4 of them) but GPT-2 is in all six
        // (lift 12/7 as one detection paper cites it too): 6·ln(12/7) = 3.2 beats 4·ln 2 = 2.8.
        Assert.Equal("Language modeling · GPT-2 · WikiText-103", top[0].Label);
        Assert.Equal("Object detection · DETR · COCO", top[1].Label);
        Assert.All(top, c => Assert.Null(c.Parent));
    }

    [Fact]
    public void Analyze_TwoTopics_PapersJoinTheirEntitiesCommunity()
    {
        var analysis = GraphAnalyzer.Analyze(KnowledgeGraphs.TwoTopics());

        var detection = analysis.Nodes[KnowledgeGraphs.Id(EntityType.Task, "object detection").Value].Community;
        var language = analysis.Nodes[KnowledgeGraphs.Id(EntityType.Task, "language modeling").Value].Community;
        Assert.NotEqual(detection, language);
        for (var i = 1; i <= 6; i++)
        {
            Assert.Equal(detection, analysis.Nodes[$"d{i}"].Community);
            Assert.Equal(language, analysis.Nodes[$"l{i}"].Community);
        }
    }

    [Fact]
    public void Analyze_Hierarchy_PathsConsistentWithParentsAndSizes()
    {
        var analysis = GraphAnalyzer.Analyze(KnowledgeGraphs.TwoTopics(), new AnalysisOptions { Levels = 2, MinSplitSize = 2 });

        var byId = analysis.Communities.ToDictionary(c => c.Id);
        Assert.Equal(analysis.Communities.Count, byId.Count);
        foreach (var (_, metrics) in analysis.Nodes)
        {
            if (metrics.CommunityPath.Count == 0) continue;
            Assert.Equal(2, metrics.CommunityPath.Count);
            Assert.Equal(metrics.CommunityPath[0], byId[metrics.CommunityPath[1]].Parent);
        }
        foreach (var community in analysis.Communities)
            Assert.Equal(analysis.Nodes.Values.Count(m => m.CommunityPath.Contains(community.Id)), community.Size);
    }

    [Fact]
    public void Analyze_EveryNode_HasCentralitiesPageRankSumsToOne()
    {
        var graph = KnowledgeGraphs.TwoTopics();

        var analysis = GraphAnalyzer.Analyze(graph);

        Assert.Equal(graph.Papers.Count + graph.Entities.Count, analysis.Nodes.Count);
        Assert.Equal(1.0, analysis.Nodes.Values.Sum(m => m.PageRank), 12);
        Assert.All(analysis.Nodes.Values, m => Assert.InRange(m.Closeness, 0, 1));
        var accuracy = analysis.Nodes[KnowledgeGraphs.Id(EntityType.Metric, "accuracy").Value];
        Assert.Equal(12, accuracy.Degree);
        Assert.True(accuracy.Betweenness > analysis.Nodes["d1"].Betweenness);
    }

    [Fact]
    public void Analyze_Modularity_EqualsIndependentRecomputationOnProjection()
    {
        var graph = KnowledgeGraphs.TwoTopics();

        var analysis = GraphAnalyzer.Analyze(graph);

        var projected = GraphProjection.CoOccurrence(graph);
        var membership = new int[projected.Graph.NodeCount];
        for (var v = 0; v < membership.Length; v++) membership[v] = analysis.Nodes[projected.Index[v]].Community;
        Assert.Equal(Modularity.Compute(projected.Graph, membership), analysis.Modularity, 12);
        Assert.Equal(analysis.Modularity, analysis.Communities.Where(c => c.Level == 0).Sum(c => c.Modularity), 12);
    }

    [Fact]
    public void Analyze_SameSeed_SameAnalysis()
    {
        var graph = KnowledgeGraphs.TwoTopics();

        var a = GraphAnalyzer.Analyze(graph, new AnalysisOptions { Seed = 7 });
        var b = GraphAnalyzer.Analyze(graph, new AnalysisOptions { Seed = 7 });

        Assert.Equal(a.Communities, b.Communities, (x, y) => x.Id == y.Id && x.Label == y.Label && x.Size == y.Size && x.TopMembers.SequenceEqual(y.TopMembers));
        Assert.All(a.Nodes, kv => Assert.Equal(kv.Value.CommunityPath, b.Nodes[kv.Key].CommunityPath));
    }

    [Fact]
    public void Analyze_EntityNeverSeenWithAnother_HasNoCommunity()
    {
        var graph = new KnowledgeGraphs()
            .Paper("p1", (EntityType.Method, "A"), (EntityType.Method, "B"))
            .Paper("p2", (EntityType.Method, "A"), (EntityType.Method, "B"))
            .Paper("p3", (EntityType.Dataset, "Lonely"))
            .Build();

        var analysis = GraphAnalyzer.Analyze(graph);

        Assert.Equal(-1, analysis.Nodes[KnowledgeGraphs.Id(EntityType.Dataset, "Lonely").Value].Community);
        Assert.Equal(-1, analysis.Nodes["p3"].Community);
        Assert.NotEqual(-1, analysis.Nodes["p1"].Community);
    }

    [Fact]
    public void Analyze_HeterogeneousProjection_EveryConnectedNodeInACommunity()
    {
        var analysis = GraphAnalyzer.Analyze(KnowledgeGraphs.TwoTopics(), new AnalysisOptions { Projection = CommunityProjection.Heterogeneous });

        Assert.All(analysis.Nodes.Values, m => Assert.NotEqual(-1, m.Community));
    }

    [Fact]
    public void Analyze_SharedBenchmarksProjection_GroupsMethodsByBenchmark()
    {
        var graph = new KnowledgeGraphs()
            .Paper("p1", (EntityType.Method, "A"), (EntityType.Method, "B"))
            .Paper("p2", (EntityType.Method, "C"), (EntityType.Method, "D"))
            .EvaluatedOn("A", "COCO").EvaluatedOn("B", "COCO").EvaluatedOn("A", "VOC").EvaluatedOn("B", "VOC")
            .EvaluatedOn("C", "GLUE").EvaluatedOn("D", "GLUE")
            .Build();

        var analysis = GraphAnalyzer.Analyze(graph, new AnalysisOptions { Projection = CommunityProjection.SharedBenchmarks });

        int Community(string method) => analysis.Nodes[KnowledgeGraphs.Id(EntityType.Method, method).Value].Community;
        Assert.Equal(Community("A"), Community("B"));
        Assert.Equal(Community("C"), Community("D"));
        Assert.NotEqual(Community("A"), Community("C"));
        Assert.Equal(Community("A"), analysis.Nodes["p1"].Community);
    }

    [Fact]
    public void Analyze_EmptyGraph_IsNone()
    {
        var analysis = GraphAnalyzer.Analyze(KnowledgeGraph.Empty);

        Assert.Empty(analysis.Nodes);
        Assert.Empty(analysis.Communities);
    }

    [Fact]
    public void MostCentral_Benchmarks_RankedByPageRank()
    {
        var graph = KnowledgeGraphs.TwoTopics();
        var analysis = GraphAnalyzer.Analyze(graph);

        var ranked = GraphAnalyzer.MostCentral(graph, analysis, EntityType.Benchmark);

        Assert.Equal(2, ranked.Count);
        Assert.True(ranked[0].Metrics.PageRank >= ranked[1].Metrics.PageRank);
        Assert.All(ranked, r => Assert.Equal(EntityType.Benchmark, r.Entity.Type));
    }

    [Fact]
    public void Analyze_AlreadyCancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => GraphAnalyzer.Analyze(KnowledgeGraphs.TwoTopics(), cancellationToken: cancel.Token));
    }

    [Fact]
    public void Analyze_CancelledAfterShortDelay_Throws()
    {
        // About 5,000 nodes: exact betweenness and closeness alone are a second or more of work.
        var graph = KnowledgeGraphs.Random(papers: 4000, seed: 1);
        using var cancel = new CancelFromThread(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => GraphAnalyzer.Analyze(graph, cancellationToken: cancel.Token));
    }

    [Fact]
    public void Options_SetTheAnalyticsOptionsTheyStandFor()
    {
        var options = new AnalysisOptions { Resolution = 0.5, Seed = 9, Levels = 3, MinSplitSize = 4, ExactPathNodeLimit = 100 };

        Assert.Equal(new LeidenOptions { Resolution = 0.5, Seed = 9 }, options.Hierarchy.Leiden);
        Assert.Equal(3, options.Hierarchy.Levels);
        Assert.Equal(4, options.Hierarchy.MinSplitSize);
        Assert.Equal(new PathCentralityOptions { ExactNodeLimit = 100, Seed = 9 }, options.Paths);
        Assert.Equal(options, options with { });
        Assert.NotEqual(options, options with { Seed = 10 });
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { Resolution = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { Levels = 9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { MinSplitSize = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { TopMembers = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { ExactPathNodeLimit = -1 });
    }
}
