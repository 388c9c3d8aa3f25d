using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Graph;

/// <summary>
/// Streams a graph and its analysis to graph.json (docs/graph.schema.json). The order is the graph's
/// own, which is sorted, and numbers are written in their shortest round-trip invariant form, so the
/// same graph always gives the same bytes.
/// </summary>
internal static class GraphJsonSerializer
{
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        // graph.json is data, never embedded in a page: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(KnowledgeGraph graph, GraphAnalysis analysis, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("schema", GraphStore.Schema);
        w.WriteStartObject("counts");
        w.WriteNumber("papers", graph.Papers.Count);
        w.WriteNumber("entities", graph.Entities.Count);
        w.WriteNumber("edges", graph.Edges.Count);
        w.WriteNumber("results", graph.Results.Count);
        w.WriteNumber("communities", analysis.Communities.Count);
        w.WriteEndObject();
        WriteNumber(w, "modularity", analysis.Modularity);

        w.WriteStartArray("papers");
        foreach (var paper in graph.Papers)
        {
            WritePaper(w, paper, analysis.Nodes.GetValueOrDefault(paper.Id.Value));
            FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var entity in graph.Entities)
        {
            WriteEntity(w, entity, analysis.Nodes.GetValueOrDefault(entity.Id.Value));
            FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            WriteEdge(w, edge);
            FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var result in graph.Results)
        {
            WriteResult(w, result);
            FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("communities");
        foreach (var community in analysis.Communities) WriteCommunity(w, community);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > FlushThreshold) w.Flush();
    }

    private static void WritePaper(Utf8JsonWriter w, PaperNode paper, NodeMetrics? metrics)
    {
        w.WriteStartObject();
        WriteText(w, "id", paper.Id.Value);
        WriteText(w, "title", paper.Title);
        WriteText(w, "abstract", paper.Abstract);
        if (paper.Year is { } year) w.WriteNumber("year", year);
        else w.WriteNull("year");
        WriteText(w, "date", paper.Date);
        WriteText(w, "venue", paper.Venue);
        WriteText(w, "url", paper.Url);
        WriteTexts(w, "authors", paper.Authors);
        WriteMetrics(w, metrics);
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityNode entity, NodeMetrics? metrics)
    {
        w.WriteStartObject();
        WriteText(w, "id", entity.Id.Value);
        w.WriteString("type", entity.Type.ToString());
        WriteText(w, "name", entity.Name);
        w.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            w.WriteStartObject();
            WriteText(w, "name", alias.Name);
            w.WriteString("reason", alias.Reason.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("paperCount", entity.PaperCount);
        w.WriteNumber("mentionCount", entity.MentionCount);
        WriteTexts(w, "proposedBy", entity.ProposedBy.Select(p => p.Value));
        WriteEvidenceList(w, entity.Evidence);
        WriteMetrics(w, metrics);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge edge)
    {
        w.WriteStartObject();
        WriteText(w, "source", edge.Source);
        WriteText(w, "target", edge.Target);
        w.WriteString("type", edge.Kind.RelationshipType());
        w.WriteNumber("weight", edge.Weight);
        WriteEvidenceList(w, edge.Evidence);
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, ReportedResult result)
    {
        w.WriteStartObject();
        WriteText(w, "paper", result.Paper.Value);
        WriteText(w, "metric", result.Metric.Value);
        w.WriteStartObject("value");
        WriteNumber(w, "value", result.Value.Value);
        w.WriteString("unit", GraphJsonNames.Unit(result.Value.Unit));
        WriteText(w, "text", result.Value.Text);
        WriteNumber(w, "plusMinus", result.Value.PlusMinus);
        w.WriteBoolean("delta", result.Value.IsDelta);
        WriteNumber(w, "from", result.Value.From);
        w.WriteEndObject();
        WriteText(w, "target", result.Target?.Value);
        WriteText(w, "method", result.Method?.Value);
        w.WritePropertyName("evidence");
        WriteEvidence(w, result.Evidence);
        WriteText(w, "text", result.Text);
        w.WriteEndObject();
    }

    private static void WriteCommunity(Utf8JsonWriter w, CommunitySummary community)
    {
        w.WriteStartObject();
        w.WriteNumber("id", community.Id);
        w.WriteNumber("level", community.Level);
        if (community.Parent is { } parent) w.WriteNumber("parent", parent);
        else w.WriteNull("parent");
        WriteText(w, "label", community.Label);
        w.WriteNumber("size", community.Size);
        WriteTexts(w, "topMembers", community.TopMembers);
        WriteNumber(w, "modularity", community.Modularity);
        w.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter w, NodeMetrics? metrics)
    {
        if (metrics is null) return;
        w.WriteStartObject("metrics");
        WriteNumber(w, "pagerank", metrics.PageRank);
        WriteNumber(w, "betweenness", metrics.Betweenness);
        WriteNumber(w, "degree", metrics.Degree);
        WriteNumber(w, "closeness", metrics.Closeness);
        w.WriteNumber("community", metrics.Community);
        w.WriteStartArray("communityPath");
        foreach (var id in metrics.CommunityPath) w.WriteNumberValue(id);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvidenceList(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            WriteEvidence(w, e);
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject();
        WriteText(w, "paper", e.Paper.Value);
        w.WriteString("field", GraphJsonNames.Field(e.Span.Field));
        w.WriteNumber("start", e.Span.Start);
        w.WriteNumber("end", e.Span.End);
        w.WriteNumber("sentenceStart", e.Sentence.Start);
        w.WriteNumber("sentenceEnd", e.Sentence.End);
        w.WriteEndObject();
    }

    private static void WriteTexts(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(Utf16Text.Repair(value));
        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, Utf16Text.Repair(value));
    }

    // JSON has no NaN or infinity; a value that is not a finite number is written as null.
    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
