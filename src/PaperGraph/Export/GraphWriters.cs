namespace PaperGraph.Export;

/// <summary>
/// The outputs every build writes. They may run in parallel: each file is written atomically on its own.
/// graph.query.bin is the exception, written by <see cref="GraphJsonWriter"/> after graph.json, whose fingerprint it records.
/// </summary>
internal static class GraphWriters
{
    public static IReadOnlyList<IGraphWriter> Standard { get; } =
    [
        new GraphJsonWriter(),
        new GraphMlWriter(),
        new Neo4jImportCsvWriter(),
        new CommunitiesJsonWriter(),
        new HtmlMapWriter(),
    ];
}
