using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export.Map;

/// <summary>
/// Writes the map page's data block (schema papergraph/map@1, read by web/map/src/data.js): the
/// drawn nodes as parallel arrays, their links, communities, and what the side panel shows.
/// The encoder escapes &lt; &gt; &amp; quotes and every non-ASCII character (U+2028/2029 included),
/// so no input text can end the &lt;script&gt; element the block sits in.
/// </summary>
internal static partial class MapDataWriter
{
    public const string Schema = "papergraph/map@1";

    /// <summary>Node type numbers in the page: 0 is a paper, then the entity types in enum order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["Paper", .. EntityTypes.All.Select(t => t.ToString())];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static void Write(KnowledgeGraph graph, GraphAnalysis analysis, MapOptions options, Stream stream)
    {
        var nodes = MapNodes.Select(graph, analysis, options.MaxNodes);
        var papers = new PaperTable(graph, analysis, nodes, options.MaxAbstractChars);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartObject("counts");
        w.WriteNumber("papers", graph.Papers.Count);
        w.WriteNumber("entities", graph.Entities.Count);
        w.WriteNumber("nodes", graph.Papers.Count + graph.Entities.Count);
        w.WriteNumber("edges", graph.Edges.Count);
        w.WriteNumber("results", graph.Results.Count);
        w.WriteEndObject();
        w.WriteStartObject("drawn");
        w.WriteNumber("nodes", nodes.Count);
        w.WriteNumber("maxNodes", nodes.MaxNodes);
        w.WriteBoolean("capped", nodes.Capped);
        w.WriteNumber("abstracts", papers.WithAbstract.Count);
        w.WriteEndObject();
        Strings(w, "types", Types);
        Strings(w, "edgeKinds", Enum.GetValues<EdgeKind>().Select(k => k.RelationshipType()));
        WriteNodes(w, nodes, analysis);
        WriteAliases(w, nodes);
        WriteEdges(w, graph, nodes);
        WriteCommunities(w, nodes, analysis);
        WriteEvidence(w, nodes, papers, options.EvidencePerEntity);
        WriteResults(w, graph, nodes, papers);
        WritePapers(w, papers);
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteNodes(Utf8JsonWriter w, MapNodes nodes, GraphAnalysis analysis)
    {
        var maxRank = Enumerable.Range(0, nodes.Count).Select(i => MapNodes.PageRankOf(analysis, nodes.IdAt(i))).DefaultIfEmpty(0).Max();
        w.WriteStartObject("nodes");
        Strings(w, "id", Enumerable.Range(0, nodes.Count).Select(nodes.IdAt));
        Strings(w, "label", nodes.Papers.Select(p => p.Title).Concat(nodes.Entities.Select(e => e.Name)));
        w.WriteStartArray("type");
        foreach (var _ in nodes.Papers) w.WriteNumberValue(0);
        foreach (var entity in nodes.Entities) w.WriteNumberValue(1 + (int)entity.Type);
        w.WriteEndArray();
        w.WriteStartArray("rank");
        for (var i = 0; i < nodes.Count; i++)
        {
            var rank = maxRank > 0 ? MapNodes.PageRankOf(analysis, nodes.IdAt(i)) / maxRank : 0;
            w.WriteNumberValue(Math.Round(rank, 4));
        }
        w.WriteEndArray();
        w.WriteStartArray("path");
        for (var i = 0; i < nodes.Count; i++)
        {
            w.WriteStartArray();
            if (analysis.Nodes.TryGetValue(nodes.IdAt(i), out var metrics))
            {
                foreach (var community in metrics.CommunityPath) w.WriteNumberValue(community);
            }
            w.WriteEndArray();
            FlushIfFull(w);
        }
        w.WriteEndArray();
        w.WriteStartArray("papers");
        foreach (var _ in nodes.Papers) w.WriteNumberValue(1);
        foreach (var entity in nodes.Entities) w.WriteNumberValue(entity.PaperCount);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAliases(Utf8JsonWriter w, MapNodes nodes)
    {
        w.WriteStartArray("aliases");
        for (var i = 0; i < nodes.Entities.Count; i++)
        {
            var entity = nodes.Entities[i];
            var names = entity.Aliases.Select(a => a.Name).Where(n => n != entity.Name).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0) continue;
            w.WriteStartArray();
            w.WriteNumberValue(nodes.Papers.Count + i);
            foreach (var name in names) w.WriteStringValue(Utf16Text.Repair(name));
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    /// <summary>Flat triples: source node, target node, edge kind (index into edgeKinds). Edges to undrawn nodes are left out.</summary>
    private static void WriteEdges(Utf8JsonWriter w, KnowledgeGraph graph, MapNodes nodes)
    {
        w.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            if (!nodes.IndexOf.TryGetValue(edge.Source, out var source) || !nodes.IndexOf.TryGetValue(edge.Target, out var target)) continue;
            w.WriteNumberValue(source);
            w.WriteNumberValue(target);
            w.WriteNumberValue((int)edge.Kind);
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }

    /// <summary>The communities (every level) that at least one drawn node belongs to.</summary>
    private static void WriteCommunities(Utf8JsonWriter w, MapNodes nodes, GraphAnalysis analysis)
    {
        var used = new HashSet<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (analysis.Nodes.TryGetValue(nodes.IdAt(i), out var metrics)) used.UnionWith(metrics.CommunityPath);
        }
        w.WriteStartArray("communities");
        foreach (var community in analysis.Communities.Where(c => used.Contains(c.Id)).OrderBy(c => c.Level).ThenBy(c => c.Id))
        {
            w.WriteStartObject();
            w.WriteNumber("id", community.Id);
            w.WriteNumber("level", community.Level);
            Text(w, "label", community.Label);
            w.WriteNumber("size", community.Size);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(Utf16Text.Repair(value));
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, Utf16Text.Repair(value));
    }

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16) w.Flush();
    }
}
