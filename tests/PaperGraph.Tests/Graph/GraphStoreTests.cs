using System.Text;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Graph;

public sealed class GraphStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-store-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string GraphPath => Path.Combine(folder, GraphStore.FileName);

    [Fact]
    public void Open_SavedGraphWithAnalysis_GivesBackEqualGraphAndAnalysis()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);
        GraphStore.Save(graph, analysis, GraphPath);

        var (opened, openedAnalysis) = GraphStore.Open(folder);

        Assert.Equal(graph.Papers.Count, opened.Papers.Count);
        for (var i = 0; i < graph.Papers.Count; i++)
        {
            var (a, b) = (graph.Papers[i], opened.Papers[i]);
            Assert.Equal((a.Id, a.Title, a.Abstract, a.Year, a.Date, a.Venue, a.Url), (b.Id, b.Title, b.Abstract, b.Year, b.Date, b.Venue, b.Url));
            Assert.Equal(a.Authors, b.Authors);
        }
        Assert.Equal(graph.Entities.Count, opened.Entities.Count);
        for (var i = 0; i < graph.Entities.Count; i++)
        {
            var (a, b) = (graph.Entities[i], opened.Entities[i]);
            Assert.Equal((a.Id, a.Type, a.Name, a.PaperCount, a.MentionCount), (b.Id, b.Type, b.Name, b.PaperCount, b.MentionCount));
            Assert.Equal(a.Aliases, b.Aliases);
            Assert.Equal(a.ProposedBy, b.ProposedBy);
            Assert.Equal(a.Evidence, b.Evidence);
        }
        Assert.Equal(graph.Edges.Select(e => (e.Source, e.Target, e.Kind, e.Weight)), opened.Edges.Select(e => (e.Source, e.Target, e.Kind, e.Weight)));
        Assert.Equal(graph.Edges.SelectMany(e => e.Evidence), opened.Edges.SelectMany(e => e.Evidence));
        Assert.Equal(graph.Results, opened.Results, ResultComparer.Instance);
        Assert.Equal(analysis.Modularity, openedAnalysis.Modularity);
        Assert.Equal(analysis.Nodes.Keys.Order(), openedAnalysis.Nodes.Keys.Order());
        Assert.All(analysis.Nodes, n =>
        {
            var m = openedAnalysis.Nodes[n.Key];
            Assert.Equal((n.Value.PageRank, n.Value.Betweenness, n.Value.Degree, n.Value.Closeness), (m.PageRank, m.Betweenness, m.Degree, m.Closeness));
            Assert.Equal(n.Value.CommunityPath, m.CommunityPath);
        });
        Assert.Equal(analysis.Communities.Select(c => (c.Id, c.Level, c.Parent, c.Label, c.Size, c.Modularity)),
            openedAnalysis.Communities.Select(c => (c.Id, c.Level, c.Parent, c.Label, c.Size, c.Modularity)));
        Assert.Equal(analysis.Communities.SelectMany(c => c.TopMembers), openedAnalysis.Communities.SelectMany(c => c.TopMembers));
    }

    [Fact]
    public void Save_OpenedGraph_WritesTheSameBytesAgain()
    {
        var graph = Sample();
        GraphStore.Save(graph, SampleAnalysis(graph), GraphPath);
        var again = Path.Combine(folder, "again.json");

        var (opened, analysis) = GraphStore.Open(GraphPath);
        GraphStore.Save(opened, analysis, again);

        Assert.Equal(File.ReadAllBytes(GraphPath), File.ReadAllBytes(again));
    }

    [Fact]
    public void Open_EntityWithEvidenceLargerThanTheReadBuffer_ReadsItWhole()
    {
        var extractions = Enumerable.Range(0, 1500).Select(i =>
        {
            var paper = Paper($"arxiv:2201.{i:D5}", $"Paper {i}", $"We report accuracy in experiment {i}, and accuracy again.");
            return Extracted(paper, Entity(paper, EntityType.Metric, "accuracy"));
        }).ToArray();
        var graph = Build(extractions);
        GraphStore.Save(graph, GraphAnalysis.None, GraphPath);

        var (opened, analysis) = GraphStore.Open(GraphPath);

        Assert.True(new FileInfo(GraphPath).Length > 1 << 17);
        Assert.Equal(3000, opened.EntityById("metric:accuracy").Evidence.Count);
        Assert.Equal(graph.EntityById("metric:accuracy").Evidence, opened.EntityById("metric:accuracy").Evidence);
        Assert.Same(GraphAnalysis.None, analysis);
    }

    [Fact]
    public void Open_EmptyGraph_GivesAnEmptyGraph()
    {
        GraphStore.Save(new GraphBuilder().Build(), GraphAnalysis.None, GraphPath);

        var (opened, analysis) = GraphStore.Open(GraphPath);

        Assert.Empty(opened.Papers);
        Assert.Empty(opened.Edges);
        Assert.Same(GraphAnalysis.None, analysis);
    }

    [Fact]
    public void Open_MissingFile_SaysThereIsNoGraph()
    {
        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

        Assert.Contains($"There is no graph.json in {folder}", error.Message);
    }

    [Fact]
    public void Open_MissingFolder_SaysTheFolderDoesNotExist()
    {
        var missing = Path.Combine(folder, "nope");

        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(Path.Combine(missing, "graph.json")));
        var asFolder = Assert.Throws<GraphFileException>(() => GraphStore.Open(missing));

        Assert.Contains($"The folder {missing} does not exist", error.Message);
        Assert.Contains($"The folder {missing} does not exist", asFolder.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("<!DOCTYPE html><html><body>Not found</body></html>", "it is not JSON")]
    [InlineData("[1, 2, 3]", "it is not a JSON object")]
    [InlineData("{\"name\": \"package\", \"version\": \"1.0.0\"}", "no \"schema\" field first")]
    [InlineData("{\"schema\": \"cytoscape/graph@1\", \"papers\": []}", "schema \"cytoscape/graph@1\"")]
    public void Open_ForeignFile_SaysItIsNotAPaperGraphGraph(string content, string reason)
    {
        File.WriteAllText(GraphPath, content);

        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

        Assert.StartsWith($"graph.json in {folder} is not a PaperGraph graph ({reason}", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("papergraph/graph@0", "an older")]
    [InlineData("papergraph/graph@7", "a newer")]
    public void Open_OtherSchemaVersion_SaysWhichAndRefuses(string schema, string age)
    {
        File.WriteAllText(GraphPath, $"{{\"schema\": \"{schema}\", \"nodes\": []}}");

        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

        Assert.StartsWith($"graph.json in {folder} was written by {age} schema ({schema};", error.Message);
    }

    [Fact]
    public void Open_TruncatedAnywhere_SaysTruncatedOrCorrupt()
    {
        var graph = Sample();
        GraphStore.Save(graph, SampleAnalysis(graph), GraphPath);
        var bytes = File.ReadAllBytes(GraphPath);

        for (var cut = 40; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 97))
        {
            File.WriteAllBytes(GraphPath, bytes[..cut]);

            var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

            Assert.Contains("is truncated or corrupt", error.Message);
        }
    }

    [Fact]
    public void Open_CountsThatDisagreeWithTheContent_SaysCorrupt()
    {
        var graph = Sample();
        GraphStore.Save(graph, GraphAnalysis.None, GraphPath);
        var text = File.ReadAllText(GraphPath);
        File.WriteAllText(GraphPath, text.Replace($"\"papers\":{graph.Papers.Count},", $"\"papers\":{graph.Papers.Count + 1},", StringComparison.Ordinal));

        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

        Assert.Contains($"its counts say {graph.Papers.Count + 1} papers but it holds {graph.Papers.Count}", error.Message);
    }

    [Fact]
    public void Open_UnknownEdgeType_NamesTheRecord()
    {
        var graph = Sample();
        GraphStore.Save(graph, GraphAnalysis.None, GraphPath);
        File.WriteAllText(GraphPath, File.ReadAllText(GraphPath).Replace("\"type\":\"BUILDS_ON\"", "\"type\":\"DELETES\"", StringComparison.Ordinal));

        var error = Assert.Throws<GraphFileException>(() => GraphStore.Open(folder));

        Assert.Matches(@"edges\[\d+\]: unknown edge type ""DELETES""", error.Message);
    }

    [Fact]
    public void Save_TextWithLoneSurrogateAndControlCharacters_WritesValidUtf8KeepingOffsets()
    {
        var paper = Paper("p:1", "Bad \uD800 title \u0001", "ResNet \uDC00 works.");
        var graph = Build(Extracted(paper, Entity(paper, EntityType.Method, "ResNet")));

        GraphStore.Save(graph, GraphAnalysis.None, GraphPath);
        var (opened, _) = GraphStore.Open(folder);

        Assert.Equal("Bad \uFFFD title \u0001", opened.Papers[0].Title);
        Assert.Equal(paper.Abstract.Length, opened.Papers[0].Abstract.Length);
        Assert.Equal("ResNet", opened.Papers[0].Slice(opened.Entities[0].Evidence[0].Span));
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(GraphPath));
    }

    private sealed class ResultComparer : IEqualityComparer<ReportedResult>
    {
        public static readonly ResultComparer Instance = new();

        public bool Equals(ReportedResult? x, ReportedResult? y) =>
            x is not null && y is not null
            && (x.Paper, x.Metric, x.Target, x.Method, x.Evidence, x.Text) == (y.Paper, y.Metric, y.Target, y.Method, y.Evidence, y.Text)
            && x.Value == y.Value;

        public int GetHashCode(ReportedResult obj) => obj.Paper.GetHashCode();
    }
}
