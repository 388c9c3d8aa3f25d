using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>Writes graph.json, through <see cref="GraphStore"/>, as one of a build's outputs.</summary>
internal sealed class GraphJsonWriter : IGraphWriter
{
    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        GraphStore.Save(graph, analysis, folder.PathOf(GraphStore.FileName));
}
