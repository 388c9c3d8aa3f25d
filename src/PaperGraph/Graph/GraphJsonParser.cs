using System.Text.Json;

namespace PaperGraph.Graph;

/// <summary>
/// Reads graph.json back, one record at a time, checking the schema first so that a foreign or
/// older file is refused before anything else is read. Strings that repeat (ids, names, fields)
/// are interned, so the opened graph costs about what the built one did.
/// </summary>
internal sealed partial class GraphJsonParser(bool citationsOnly)
{
    // Only citations: abstracts are passed over and each evidence list becomes the papers it cites (GraphStore.OpenForQueries).
    private readonly PaperCitations? citations = citationsOnly ? new PaperCitations() : null;
    private readonly List<PaperId> citedPapers = [];
    private readonly StringPool pool = new();
    private readonly List<PaperNode> papers = [];
    private readonly List<EntityNode> entities = [];
    private readonly List<GraphEdge> edges = [];
    private readonly List<ReportedResult> results = [];
    private readonly List<CommunitySummary> communities = [];
    private readonly Dictionary<string, NodeMetrics> metrics = new(StringComparer.Ordinal);
    private readonly HashSet<string> sections = new(StringComparer.Ordinal);
    private Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private double modularity;

    /// <summary>Thrown for a file that is valid JSON of some other kind: it is not ours, rather than broken.</summary>
    internal sealed class ForeignFileException(string message) : Exception(message);

    /// <summary>Thrown for a graph.json of another schema version.</summary>
    internal sealed class SchemaVersionException(string message) : Exception(message);

    /// <summary>Reads the whole graph, or with <paramref name="citationsOnly"/> the graph as <see cref="GraphStore.OpenForQueries(string)"/> gives it.</summary>
    public static (KnowledgeGraph Graph, GraphAnalysis Analysis) Read(Stream stream, bool citationsOnly, out long position)
    {
        var json = new JsonDocumentStream(stream);
        var parser = new GraphJsonParser(citationsOnly);
        try
        {
            return parser.ReadDocument(json);
        }
        finally
        {
            position = json.Position;
        }
    }

    private (KnowledgeGraph, GraphAnalysis) ReadDocument(JsonDocumentStream json)
    {
        ReadHeader(json);
        while (true)
        {
            var token = json.ReadToken(out var name);
            if (token == JsonTokenType.EndObject) break;
            if (token != JsonTokenType.PropertyName) throw new JsonException("the document ends before its closing brace");
            sections.Add(name!);
            switch (name)
            {
                case "counts": json.ReadValue(ReadCounts); break;
                case "modularity": json.ReadValue((ref Utf8JsonReader r) => modularity = Number(ref r)); break;
                case "papers": ReadArray(json, name, (ref Utf8JsonReader r) => papers.Add(ReadPaper(ref r))); break;
                case "entities": ReadArray(json, name, (ref Utf8JsonReader r) => entities.Add(ReadEntity(ref r))); break;
                case "edges": ReadArray(json, name, (ref Utf8JsonReader r) => edges.Add(ReadEdge(ref r))); break;
                case "results": ReadArray(json, name, (ref Utf8JsonReader r) => results.Add(ReadResult(ref r))); break;
                case "communities": ReadArray(json, name, (ref Utf8JsonReader r) => communities.Add(ReadCommunity(ref r))); break;
                default: json.ReadValue((ref Utf8JsonReader r) => { }); break;
            }
        }
        if (json.ReadToken(out _) != JsonTokenType.None) throw new JsonException("there is more data after the graph's closing brace");
        CheckComplete();
        var graph = new KnowledgeGraph(papers, entities, edges, results);
        var analysis = metrics.Count == 0 && communities.Count == 0 && modularity == 0
            ? GraphAnalysis.None
            : new GraphAnalysis(metrics, communities, modularity);
        return (graph, analysis);
    }

    private static void ReadHeader(JsonDocumentStream json)
    {
        JsonTokenType first;
        string? name;
        try
        {
            first = json.ReadToken(out _);
            if (first == JsonTokenType.None) throw new ForeignFileException("the file is empty");
            if (first != JsonTokenType.StartObject) throw new ForeignFileException("it is not a JSON object");
            if (json.ReadToken(out name) != JsonTokenType.PropertyName || name != "schema") throw new ForeignFileException("no \"schema\" field first");
        }
        catch (JsonException)
        {
            throw new ForeignFileException("it is not JSON");
        }
        if (json.ReadToken(out var schema) != JsonTokenType.String || schema is null) throw new ForeignFileException("\"schema\" is not a string");
        if (schema == GraphStore.Schema) return;
        if (!schema.StartsWith(GraphStore.SchemaPrefix, StringComparison.Ordinal)
            || !int.TryParse(schema.AsSpan(GraphStore.SchemaPrefix.Length), out var version))
        {
            throw new ForeignFileException($"schema \"{Shorten(schema)}\"");
        }
        var age = version < GraphStore.SchemaVersion ? "an older" : "a newer";
        throw new SchemaVersionException($"was written by {age} schema ({schema}; this PaperGraph reads {GraphStore.Schema})");
    }

    private static void ReadArray(JsonDocumentStream json, string name, JsonDocumentStream.ValueHandler handler)
    {
        if (json.ReadToken(out _) != JsonTokenType.StartArray) throw new JsonException($"\"{name}\" is not an array");
        var index = 0;
        try
        {
            while (json.ReadValue(handler)) index++;
        }
        catch (JsonException e) when (!e.Message.StartsWith(name + "[", StringComparison.Ordinal))
        {
            throw new JsonException($"{name}[{index}]: {e.Message}", e);
        }
    }

    private void ReadCounts(ref Utf8JsonReader r)
    {
        counts = new(StringComparer.Ordinal);
        Expect(ref r, JsonTokenType.StartObject);
        while (NextProperty(ref r, out var name)) counts[name] = (long)Number(ref r);
    }

    private void CheckComplete()
    {
        foreach (var section in new[] { "papers", "entities", "edges", "results" })
        {
            if (!sections.Contains(section)) throw new JsonException($"the \"{section}\" section is missing");
        }
        Check("papers", papers.Count);
        Check("entities", entities.Count);
        Check("edges", edges.Count);
        Check("results", results.Count);
        Check("communities", communities.Count);
    }

    private void Check(string section, int found)
    {
        if (counts.TryGetValue(section, out var expected) && expected != found)
        {
            throw new JsonException($"its counts say {expected} {section} but it holds {found}");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
