using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export.Map;

internal static partial class MapDataWriter
{
    /// <summary>
    /// Per drawn entity: its first distinct evidence sentences as [paper, sentence, mark start, mark end]
    /// (the mention's place in the sentence, -1 when it is not inside it) and how many there are in all.
    /// </summary>
    private static void WriteEvidence(Utf8JsonWriter w, MapNodes nodes, PaperTable papers, int perEntity)
    {
        w.WriteStartArray("evidence");
        for (var i = 0; i < nodes.Entities.Count; i++)
        {
            var sentences = new HashSet<(PaperId, TextSpan)>();
            var items = new List<(Evidence Evidence, string Sentence)>();
            foreach (var evidence in nodes.Entities[i].Evidence)
            {
                if (!sentences.Add((evidence.Paper, evidence.Sentence))) continue;
                if (items.Count < perEntity && papers.SentenceOf(evidence) is { } sentence) items.Add((evidence, sentence));
            }
            if (sentences.Count == 0) continue;
            w.WriteStartObject();
            w.WriteNumber("node", nodes.Papers.Count + i);
            w.WriteNumber("total", sentences.Count);
            w.WriteStartArray("items");
            foreach (var (evidence, sentence) in items)
            {
                var inside = evidence.Sentence.Contains(evidence.Span);
                w.WriteStartArray();
                w.WriteNumberValue(papers.NumberOf(evidence.Paper));
                w.WriteStringValue(Utf16Text.Repair(sentence));
                w.WriteNumberValue(inside ? evidence.Span.Start - evidence.Sentence.Start : -1);
                w.WriteNumberValue(inside ? evidence.Span.End - evidence.Sentence.Start : -1);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }

    /// <summary>
    /// Results that concern a drawn node, as [paper, metric, target, method, value text, sentence]; an
    /// entity is its node number when drawn, else its name (null when the result does not name one).
    /// </summary>
    private static void WriteResults(Utf8JsonWriter w, KnowledgeGraph graph, MapNodes nodes, PaperTable papers)
    {
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name);
        w.WriteStartArray("results");
        foreach (var result in graph.Results)
        {
            var touches = nodes.IndexOf.ContainsKey(result.Paper.Value) || nodes.IndexOf.ContainsKey(result.Metric.Value)
                || (result.Target is { } t && nodes.IndexOf.ContainsKey(t.Value))
                || (result.Method is { } m && nodes.IndexOf.ContainsKey(m.Value));
            var paper = touches ? papers.NumberOf(result.Paper) : -1;
            if (paper < 0) continue;
            w.WriteStartArray();
            w.WriteNumberValue(paper);
            Reference(w, nodes, names, result.Metric);
            Reference(w, nodes, names, result.Target);
            Reference(w, nodes, names, result.Method);
            w.WriteStringValue(Utf16Text.Repair(result.Value.Text));
            w.WriteStringValue(Utf16Text.Repair(papers.SentenceOf(result.Evidence) ?? result.Text));
            w.WriteEndArray();
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter w, MapNodes nodes, Dictionary<EntityId, string> names, EntityId? id)
    {
        if (id is not { } entity) w.WriteNullValue();
        else if (nodes.IndexOf.TryGetValue(entity.Value, out var node)) w.WriteNumberValue(node);
        else w.WriteStringValue(Utf16Text.Repair(names.GetValueOrDefault(entity, entity.Value)));
    }

    /// <summary>
    /// Drawn papers with what the panel shows (the abstract when it is within the budget, else null);
    /// cited papers with title and year only.
    /// </summary>
    private static void WritePapers(Utf8JsonWriter w, PaperTable papers)
    {
        w.WriteStartArray("papers");
        for (var i = 0; i < papers.Rows.Count; i++)
        {
            var paper = papers.Rows[i];
            var drawn = i < papers.DrawnCount;
            w.WriteStartObject();
            w.WriteNumber("node", drawn ? i : -1);
            Text(w, "title", paper.Title);
            if (paper.Year is { } year) w.WriteNumber("year", year);
            else w.WriteNull("year");
            if (drawn)
            {
                Text(w, "venue", paper.Venue);
                Text(w, "url", paper.Url);
                Strings(w, "authors", paper.Authors);
                Text(w, "abstract", papers.WithAbstract.Contains(paper.Id) ? paper.Abstract : null);
            }
            w.WriteEndObject();
            FlushIfFull(w);
        }
        w.WriteEndArray();
    }
}
