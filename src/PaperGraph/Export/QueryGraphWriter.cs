using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes graph.query.bin, the compact companion of graph.json that queries and the survey open in a
/// fraction of the time (<see cref="GraphStore.OpenForQueries(string)"/>).
/// </summary>
internal sealed class QueryGraphWriter : IGraphWriter
{
    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        GraphStore.SaveForQueries(graph, analysis, folder.PathOf(GraphStore.QueryFileName));
}
