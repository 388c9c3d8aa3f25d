using PaperGraph.Export.Map;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes index.html: a self-contained interactive map of the graph (docs/map.md), openable from
/// the file system with no server and no network.
/// </summary>
internal sealed class HtmlMapWriter(MapOptions? options = null) : IGraphWriter
{
    public const string FileName = "index.html";

    public MapOptions Options { get; } = options ?? new MapOptions();

    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        folder.Write(FileName, stream => MapPage.Write(graph, analysis, Options, stream));
}
