namespace PaperGraph.Graph;

public static partial class GraphStore
{
    /// <summary>The companion of graph.json that queries and the survey open first (docs/graph-model.md).</summary>
    public const string QueryFileName = "graph.query.bin";

    /// <summary>
    /// Writes graph.query.bin atomically: the graph as <see cref="OpenForQueries(string)"/> gives it, with
    /// the fingerprint of the graph.json that <see cref="Save"/> writes for the same graph and analysis
    /// (serialised again here, only to be hashed: <see cref="SaveWithCompanion"/> spares that).
    /// </summary>
    public static void SaveForQueries(KnowledgeGraph graph, GraphAnalysis analysis, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        using var graphJson = new FingerprintStream();
        GraphJsonSerializer.Write(graph, analysis, graphJson);
        var payload = QueryGraphEncoder.Payload(graph, analysis);
        AtomicFile.Write(path, stream => QueryGraphEncoder.Write(payload, graphJson.Fingerprint, stream));
    }

    /// <summary>
    /// Writes graph.json (<see cref="Save"/>) and then its companion graph.query.bin (<see cref="SaveForQueries(KnowledgeGraph, GraphAnalysis, string)"/>),
    /// which records the fingerprint of the bytes just written. Only the companion's header waits for that
    /// fingerprint: its payload is encoded on another thread meanwhile.
    /// </summary>
    internal static void SaveWithCompanion(KnowledgeGraph graph, GraphAnalysis analysis, string path, string companionPath)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        var payload = Task.Run(() => QueryGraphEncoder.Payload(graph, analysis));
        var graphJson = SaveFingerprinted(graph, analysis, path);
        var bytes = payload.GetAwaiter().GetResult();
        AtomicFile.Write(companionPath, stream => QueryGraphEncoder.Write(bytes, graphJson, stream));
    }

    /// <summary>
    /// Opens the graph as the queries and the survey need it: every node, edge, result and analysis value,
    /// with each evidence list reduced to the papers it cites (one record per paper, spans empty) and the
    /// abstracts left out. It reads graph.query.bin beside graph.json when that was made from this very
    /// graph.json, and graph.json otherwise, with the same result. Errors are those of <see cref="Open"/>.
    /// </summary>
    public static (KnowledgeGraph Graph, GraphAnalysis Analysis) OpenForQueries(string path) => OpenForQueries(path, out _);

    /// <summary><see cref="OpenForQueries(string)"/>, saying which file it read (for --timing).</summary>
    internal static (KnowledgeGraph Graph, GraphAnalysis Analysis) OpenForQueries(string path, out string source)
    {
        var file = Locate(path);
        var companion = QueryFileOf(file);
        var (opened, why) = TryOpenCompanion(companion, file);
        if (opened is { } loaded)
        {
            source = Path.GetFileName(companion);
            return loaded;
        }
        source = $"{Path.GetFileName(file)} ({Path.GetFileName(companion)} {why})";
        return OpenJson(file, citationsOnly: true);
    }

    /// <summary>The companion of a graph file: graph.json has graph.query.bin, other.json other.query.bin.</summary>
    private static string QueryFileOf(string graphFile) => Path.ChangeExtension(graphFile, ".query.bin");

    /// <summary>The companion's graph, or null and why it cannot be used: missing, stale (made from another graph.json) or unreadable.</summary>
    private static ((KnowledgeGraph, GraphAnalysis)? Graph, string Why) TryOpenCompanion(string companion, string graphFile)
    {
        try
        {
            if (!File.Exists(companion)) return (null, "is missing");
            var bytes = File.ReadAllBytes(companion);
            var reader = new ByteReader(bytes);
            var header = QueryGraphHeader.Read(ref reader);
            if (header is null) return (null, "is not a PaperGraph file");
            if (header.Version != QueryGraphHeader.CurrentVersion || header.Schema != Schema) return (null, "has another format version");
            var payload = reader.Rest;
            if (FileFingerprint.Of(payload) != header.Payload) return (null, "is damaged");
            // The length settles most stale files without reading graph.json; hashing it costs ~35 ms for 230 MB.
            if (new FileInfo(graphFile).Length != header.Graph.Length || FileFingerprint.Of(graphFile) != header.Graph)
            {
                return (null, "is stale");
            }
            return (QueryGraphDecoder.Decode(payload), "");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, "is unreadable");
        }
    }
}
