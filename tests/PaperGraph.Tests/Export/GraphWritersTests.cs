using PaperGraph.Export;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export;

public sealed class GraphWritersTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-writers-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Standard_WrittenInALoop_ProducesEveryOutputAndNoTemporaryFile()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);
        var folder = new OutputFolder(root);

        foreach (var writer in GraphWriters.Standard) writer.Write(graph, analysis, folder);

        Assert.True(File.Exists(folder.PathOf(GraphStore.FileName)));
        Assert.True(File.Exists(folder.PathOf(GraphMlWriter.FileName)));
        Assert.True(File.Exists(folder.PathOf(CommunitiesJsonWriter.FileName)));
        Assert.All(Neo4jImportCsvWriter.NodeFiles.Concat(Neo4jImportCsvWriter.RelationshipFiles),
            f => Assert.True(File.Exists(Path.Combine(root, Neo4jImportCsvWriter.DefaultFolder, f)), f));
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(graph.Entities.Count, GraphStore.Open(root).Graph.Entities.Count);
    }

    [Fact]
    public void Standard_EmptyGraph_WritesEveryOutput()
    {
        var folder = new OutputFolder(root);

        foreach (var writer in GraphWriters.Standard) writer.Write(KnowledgeGraph.Empty, GraphAnalysis.None, folder);

        Assert.Empty(GraphStore.Open(root).Graph.Papers);
        Assert.Equal(Neo4jImportCsvWriter.NodeFiles.Count + Neo4jImportCsvWriter.RelationshipFiles.Count,
            Directory.GetFiles(Path.Combine(root, Neo4jImportCsvWriter.DefaultFolder)).Length);
    }

    [Fact]
    public void GraphJsonWriter_Graph_WritesTheCompanionOfTheGraphJsonItWrote()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);
        var folder = new OutputFolder(root);
        var standalone = Path.Combine(root, "standalone.query.bin");

        new GraphJsonWriter().Write(graph, analysis, folder);
        GraphStore.SaveForQueries(graph, analysis, standalone);
        GraphStore.OpenForQueries(root, out var source);

        Assert.Equal(GraphStore.QueryFileName, source);
        Assert.Equal(File.ReadAllBytes(standalone), File.ReadAllBytes(folder.PathOf(GraphStore.QueryFileName)));
    }

    [Fact]
    public void GraphJsonWriter_GraphJsonOfAnotherGraphWrittenLater_LeavesTheCompanionStale()
    {
        var graph = Sample();
        var folder = new OutputFolder(root);
        new GraphJsonWriter().Write(graph, SampleAnalysis(graph), folder);

        GraphStore.Save(graph, GraphAnalysis.None, folder.PathOf(GraphStore.FileName));
        var (_, analysis) = GraphStore.OpenForQueries(root, out var source);

        Assert.Equal("graph.json (graph.query.bin is stale)", source);
        Assert.Same(GraphAnalysis.None, analysis);
    }
}
