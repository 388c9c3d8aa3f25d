using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Graph.Loading;

/// <summary>GraphStore.OpenForQueries: graph.query.bin when it matches graph.json, graph.json otherwise, the same graph either way.</summary>
public sealed class OpenForQueriesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-queryfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string GraphPath => Path.Combine(folder, GraphStore.FileName);

    private string CompanionPath => Path.Combine(folder, GraphStore.QueryFileName);

    private void SaveBoth(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        GraphStore.Save(graph, analysis, GraphPath);
        GraphStore.SaveForQueries(graph, analysis, CompanionPath);
    }

    [Fact]
    public void OpenForQueries_FreshCompanion_ReadsItAndGivesWhatGraphJsonGives()
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));

        var fromCompanion = GraphStore.OpenForQueries(folder, out var source);
        File.Delete(CompanionPath);
        var fromJson = GraphStore.OpenForQueries(folder, out var fallback);

        Assert.Equal(GraphStore.QueryFileName, source);
        Assert.Equal("graph.json (graph.query.bin is missing)", fallback);
        QueryGraphAssert.Equal(fromJson, fromCompanion);
    }

    [Fact]
    public void OpenForQueries_Companion_KeepsEverythingButSpansAndAbstracts()
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));

        var (full, fullAnalysis) = GraphStore.Open(folder);
        var (cited, citedAnalysis) = GraphStore.OpenForQueries(folder);

        Assert.Equal(full.Papers.Select(p => (p.Id, p.Title, p.Year)), cited.Papers.Select(p => (p.Id, p.Title, p.Year)));
        Assert.All(cited.Papers, p => Assert.Equal("", p.Abstract));
        Assert.Equal(full.Entities.Select(e => (e.Id, e.Name, e.PaperCount, e.MentionCount, QueryGraphAssert.Cited(e.Evidence))),
            cited.Entities.Select(e => (e.Id, e.Name, e.PaperCount, e.MentionCount, QueryGraphAssert.Cited(e.Evidence))));
        Assert.Equal(full.Edges.Select(e => (e.Source, e.Kind, e.Target, e.Weight, QueryGraphAssert.Cited(e.Evidence))),
            cited.Edges.Select(e => (e.Source, e.Kind, e.Target, e.Weight, QueryGraphAssert.Cited(e.Evidence))));
        var evidence = cited.Entities.SelectMany(e => e.Evidence).Concat(cited.Edges.SelectMany(e => e.Evidence)).ToList();
        Assert.All(cited.Entities.Select(e => e.Evidence).Concat(cited.Edges.Select(e => e.Evidence)), list => Assert.Equal(list.Count, list.DistinctBy(e => e.Paper).Count()));
        Assert.All(evidence, e => Assert.Equal((default(TextSpan), default(TextSpan)), (e.Span, e.Sentence)));
        Assert.Contains(full.Entities, e => e.Evidence.Count > QueryGraphAssert.Cited(e.Evidence).Split(';').Length);
        Assert.Equal(full.Results.Select(r => (r.Paper, r.Metric, r.Target, r.Method, r.Value, r.Evidence, r.Text)),
            cited.Results.Select(r => (r.Paper, r.Metric, r.Target, r.Method, r.Value, r.Evidence, r.Text)));
        QueryGraphAssert.Analysis(fullAnalysis, citedAnalysis);
    }

    [Fact]
    public void OpenForQueries_GraphJsonReplacedByAnotherGraph_ReadsGraphJson()
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));
        var other = Build(Extracted(Paper("arxiv:2301.00001", "Other", "We use ResNet."), Entity(Paper("arxiv:2301.00001", "Other", "We use ResNet."), EntityType.Method, "ResNet")));
        GraphStore.Save(other, GraphAnalysis.None, GraphPath);

        var (opened, analysis) = GraphStore.OpenForQueries(folder, out var source);

        Assert.Equal("graph.json (graph.query.bin is stale)", source);
        Assert.Equal(["arxiv:2301.00001"], opened.Papers.Select(p => p.Id.Value));
        Assert.Same(GraphAnalysis.None, analysis);
    }

    [Fact]
    public void OpenForQueries_GraphJsonChangedKeepingItsLength_ReadsGraphJson()
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));
        var length = new FileInfo(GraphPath).Length;
        File.WriteAllText(GraphPath, File.ReadAllText(GraphPath).Replace("Benchmarking methods", "Benchmarking mothods", StringComparison.Ordinal));

        var (opened, _) = GraphStore.OpenForQueries(folder, out var source);

        Assert.Equal(length, new FileInfo(GraphPath).Length);
        Assert.Equal("graph.json (graph.query.bin is stale)", source);
        Assert.Contains(opened.Papers, p => p.Title == "Benchmarking mothods");
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("truncated")]
    [InlineData("foreign")]
    [InlineData("newer")]
    [InlineData("empty")]
    public void OpenForQueries_UnusableCompanion_FallsBackToGraphJsonWithTheSameGraph(string damage)
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));
        var good = GraphStore.OpenForQueries(folder);
        var bytes = File.ReadAllBytes(CompanionPath);
        byte[] broken = damage switch
        {
            "damaged" => [.. bytes[..^10], (byte)(bytes[^10] ^ 0x40), .. bytes[^9..]],
            "truncated" => bytes[..(bytes.Length / 2)],
            "foreign" => "{\"schema\": \"papergraph/graph@1\"}"u8.ToArray(),
            "newer" => [.. "PGQG"u8, 99, .. bytes[5..]],
            _ => [],
        };
        File.WriteAllBytes(CompanionPath, broken);

        var fallback = GraphStore.OpenForQueries(folder, out var source);

        Assert.StartsWith("graph.json (graph.query.bin ", source);
        QueryGraphAssert.Equal(good, fallback);
    }

    [Fact]
    public void OpenForQueries_CompanionWithoutGraphJson_SaysThereIsNoGraph()
    {
        var graph = Sample();
        SaveBoth(graph, SampleAnalysis(graph));
        File.Delete(GraphPath);

        var error = Assert.Throws<GraphFileException>(() => GraphStore.OpenForQueries(folder));

        Assert.Contains($"There is no graph.json in {folder}", error.Message);
    }

    [Fact]
    public void OpenForQueries_CorruptGraphJsonWithoutCompanion_SaysWhatOpenSays()
    {
        File.WriteAllText(GraphPath, "{\"schema\": \"papergraph/graph@1\", \"papers\": [");

        var error = Assert.Throws<GraphFileException>(() => GraphStore.OpenForQueries(folder));

        Assert.Contains("is truncated or corrupt", error.Message);
    }

    [Fact]
    public void OpenForQueries_EmptyGraph_GivesAnEmptyGraphFromTheCompanion()
    {
        SaveBoth(KnowledgeGraph.Empty, GraphAnalysis.None);

        var (opened, analysis) = GraphStore.OpenForQueries(folder, out var source);

        Assert.Equal(GraphStore.QueryFileName, source);
        Assert.Empty(opened.Papers);
        Assert.Same(GraphAnalysis.None, analysis);
    }

    [Fact]
    public void OpenForQueries_OddTextAndNumbers_SameGraphFromBothFiles()
    {
        var paper = Paper("p:1", "Bad \uD800 title \u0001 “quoted” 中文", "ResNet \uDC00 works.");
        var graph = Build(Extracted(paper, Entity(paper, EntityType.Method, "ResNet")));
        var nodes = new Dictionary<string, NodeMetrics>
        {
            ["p:1"] = new(double.NaN, double.PositiveInfinity, -0.0, 1e-300, []),
            ["method:resnet"] = new(0.5, 0, 1, double.NegativeInfinity, [0, 3, 70000]),
        };
        var analysis = new GraphAnalysis(nodes, [new CommunitySummary(0, 0, null, "ResNet \uD800", 2, ["method:resnet"], double.NaN)], double.PositiveInfinity);
        SaveBoth(graph, analysis);

        var fromCompanion = GraphStore.OpenForQueries(folder, out var source);
        File.Delete(CompanionPath);
        var fromJson = GraphStore.OpenForQueries(folder);

        Assert.Equal(GraphStore.QueryFileName, source);
        QueryGraphAssert.Equal(fromJson, fromCompanion);
        Assert.Equal("Bad \uFFFD title \u0001 “quoted” 中文", fromCompanion.Graph.Papers[0].Title);
    }

    [Fact]
    public void SaveForQueries_SameGraphTwice_WritesTheSameBytesAndNoTemporaryFile()
    {
        var graph = Sample();
        var again = Path.Combine(folder, "again.query.bin");

        GraphStore.SaveForQueries(graph, SampleAnalysis(graph), CompanionPath);
        GraphStore.SaveForQueries(Sample(), SampleAnalysis(Sample()), again);

        Assert.Equal(File.ReadAllBytes(CompanionPath), File.ReadAllBytes(again));
        Assert.Equal(["again.query.bin", GraphStore.QueryFileName], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
