using System.Text.Json;

namespace PaperGraph.Graph;

/// <summary>
/// Saves a graph with its analysis as graph.json (docs/graph.schema.json) and opens it again: the
/// file every later command (queries, survey, Neo4j load) starts from. Queries and the survey open it
/// through its compact companion graph.query.bin when that matches (GraphStore.Queries.cs).
/// </summary>
public static partial class GraphStore
{
    public const string FileName = "graph.json";

    /// <summary>The value of graph.json's "schema" field: bumped whenever a reader of the old layout would misread the new.</summary>
    public const string Schema = SchemaPrefix + "1";

    internal const string SchemaPrefix = "papergraph/graph@";
    internal const int SchemaVersion = 1;

    /// <summary>Writes graph.json atomically: the previous file stays whole until the new one is complete.</summary>
    public static void Save(KnowledgeGraph graph, GraphAnalysis analysis, string path) => SaveFingerprinted(graph, analysis, path);

    /// <summary>
    /// <see cref="Save"/>, returning the fingerprint of the bytes written, taken as they are written: what
    /// graph.query.bin records to be recognised as this graph.json's companion (<see cref="SaveWithCompanion"/>).
    /// </summary>
    private static FileFingerprint SaveFingerprinted(KnowledgeGraph graph, GraphAnalysis analysis, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        FileFingerprint written = default;
        AtomicFile.Write(path, stream =>
        {
            using var hashing = new FingerprintStream(stream);
            GraphJsonSerializer.Write(graph, analysis, hashing);
            written = hashing.Fingerprint;
        });
        return written;
    }

    /// <summary>
    /// Opens graph.json: <paramref name="path"/> is the file or the folder holding it. Throws
    /// <see cref="GraphFileException"/> with a one-line message when it is missing, unreadable,
    /// truncated, corrupt, not a PaperGraph graph, or written by another schema version.
    /// </summary>
    public static (KnowledgeGraph Graph, GraphAnalysis Analysis) Open(string path)
    {
        return OpenJson(Locate(path), citationsOnly: false);
    }

    private static (KnowledgeGraph Graph, GraphAnalysis Analysis) OpenJson(string file, bool citationsOnly)
    {
        var name = $"{Path.GetFileName(file)} in {Path.GetDirectoryName(file)}";
        long position = 0;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return GraphJsonParser.Read(stream, citationsOnly, out position);
        }
        catch (GraphJsonParser.ForeignFileException e)
        {
            throw new GraphFileException(file, $"{name} is not a PaperGraph graph ({e.Message}; expected schema {Schema})", e);
        }
        catch (GraphJsonParser.SchemaVersionException e)
        {
            throw new GraphFileException(file, $"{name} {e.Message}: rebuild it with papergraph build", e);
        }
        catch (JsonException e)
        {
            throw new GraphFileException(file, $"{name} is truncated or corrupt near byte {position}: {OneLine(e.Message)}; rebuild it with papergraph build", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphFileException(file, $"{name} cannot be read: {OneLine(e.Message)}", e);
        }
    }

    /// <summary>The full path of the graph.json that <paramref name="path"/> (the file or its folder) names; throws when there is none.</summary>
    private static string Locate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var isFile = File.Exists(path) || (!Directory.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        var file = Path.GetFullPath(isFile ? path : Path.Combine(path, FileName));
        var folder = Path.GetDirectoryName(file) ?? file;
        if (!File.Exists(file))
        {
            var what = Directory.Exists(folder) ? $"There is no {Path.GetFileName(file)} in {folder}" : $"The folder {folder} does not exist";
            throw new GraphFileException(file, $"{what}: build a graph there first (papergraph build INPUTS --out {folder})");
        }
        return file;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
