using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes graph.json, through <see cref="GraphStore"/>, and with it its companion graph.query.bin, which
/// records graph.json's fingerprint. The fingerprint is taken from the bytes as they are written: a writer
/// of its own would have to serialise the whole graph a second time to compute it.
/// </summary>
internal sealed class GraphJsonWriter : IGraphWriter
{
    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        GraphStore.SaveWithCompanion(graph, analysis, folder.PathOf(GraphStore.FileName), folder.PathOf(GraphStore.QueryFileName));
}
