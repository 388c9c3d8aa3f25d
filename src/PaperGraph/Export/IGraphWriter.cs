using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes one output of a build (graph.json, GraphML, Neo4j CSVs, communities.json, ...) into the
/// output folder; every file goes through <see cref="OutputFolder"/>, so each appears whole or not at all.
/// </summary>
public interface IGraphWriter
{
    void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder);
}
