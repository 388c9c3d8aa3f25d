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
}
