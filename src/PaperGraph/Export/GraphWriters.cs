namespace PaperGraph.Export;

/// <summary>The outputs every build writes. They may run in parallel: each file is written atomically on its own.</summary>
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
