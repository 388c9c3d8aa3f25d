namespace PaperGraph.Export;

/// <summary>The outputs every build writes, in order: graph.json first, as every later command reads it.</summary>
internal static class GraphWriters
{
    public static IReadOnlyList<IGraphWriter> Standard { get; } =
    [
        new GraphJsonWriter(),
        new QueryGraphWriter(),
        new GraphMlWriter(),
        new Neo4jImportCsvWriter(),
        new CommunitiesJsonWriter(),
        new HtmlMapWriter(),
    ];
}
