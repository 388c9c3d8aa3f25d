using PaperGraph.Extraction.Canonicalization;
using PaperGraph.Extraction.Results;

namespace PaperGraph.Extraction;

/// <summary>
/// Runs the result recogniser over every sentence that holds a digit, giving it the sentence's
/// entity mentions and the paper's proposed method. A metric the recogniser names that is not yet
/// an entity becomes a Metric entity under the recogniser's canonical name ("faster", "speed-up" ->
/// speedup) with the words written as its mentions, so every result points at an entity that exists;
/// results carry the entity's name.
/// </summary>
internal sealed class ResultFinder(ResultRecognizer recognizer)
{
    public IReadOnlyList<Result> Find(AnalyzedPaper paper, List<ExtractedEntity> entities)
    {
        List<Result>? results = null;
        List<NamedSpan>? all = null;
        Dictionary<string, (string Name, List<Mention> Mentions)>? added = null;
        string? proposed = null;
        foreach (var field in paper.Fields)
        {
            foreach (var sentence in field.Sentences)
            {
                if (field.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAnyInRange('0', '9') < 0) continue;
                all ??= CollectSpans(entities, out proposed);
                var span = field.SpanOf(sentence.Start, sentence.End);
                var inside = all.FindAll(m => span.Contains(m.Span));
                foreach (var found in recognizer.Recognize(new SentenceContext(field.Text, span, inside, proposed)))
                {
                    var metric = found.Metric;
                    var name = NameOfMetric(entities, metric, paper, ref added);
                    (results ??= []).Add(found.Result with { Metric = name });
                }
            }
        }
        if (added is not null)
        {
            foreach (var (key, (name, mentions)) in added)
            {
                entities.Add(new ExtractedEntity(EntityType.Metric, name, key, MentionRole.Used, mentions, Aliases(name, mentions)));
            }
        }
        return results ?? (IReadOnlyList<Result>)[];
    }

    private static string NameOfMetric(List<ExtractedEntity> entities, NamedSpan metric, AnalyzedPaper paper,
        ref Dictionary<string, (string Name, List<Mention> Mentions)>? added)
    {
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) if (m.Span == metric.Span) return e.Name;
        }
        var key = NameNormalizer.Key(metric.Name);
        foreach (var e in entities) if (e.Key == key) return e.Name;
        added ??= new Dictionary<string, (string, List<Mention>)>(StringComparer.Ordinal);
        var text = paper.Slice(metric.Span);
        if (!added.TryGetValue(key, out var entry))
        {
            // The recogniser's canonical name ("speedup"), not the words that signalled it ("faster", "accelerate").
            entry = (metric.Name, []);
            added.Add(key, entry);
        }
        if (!entry.Mentions.Exists(m => m.Span == metric.Span)) entry.Mentions.Add(new Mention(EntityType.Metric, text, metric.Span, MentionOrigin.Pattern));
        return entry.Name;
    }

    private static List<Alias> Aliases(string name, List<Mention> mentions)
    {
        var aliases = new List<Alias>();
        foreach (var m in mentions)
        {
            if (m.Text == name || aliases.Exists(a => a.Name == m.Text)) continue;
            // "speed-up" folds onto "speedup"; "faster" is one of the recogniser's words for it.
            var reason = NameNormalizer.Key(m.Text) == NameNormalizer.Key(name) ? MergeReason.SurfaceVariant : MergeReason.LexiconAlias;
            aliases.Add(new Alias(m.Text, reason));
        }
        return aliases;
    }

    // Every mention as the recogniser sees it, in text order; and the proposed method that comes first.
    private static List<NamedSpan> CollectSpans(List<ExtractedEntity> entities, out string? proposed)
    {
        var spans = new List<NamedSpan>();
        proposed = null;
        var proposedAt = (Field: TextField.Abstract, Start: int.MaxValue);
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                spans.Add(new NamedSpan(e.Type, e.Name, m.Span));
                if (e.Role == MentionRole.Proposed && e.Type == EntityType.Method && (m.Span.Field, m.Span.Start).CompareTo(proposedAt) < 0)
                {
                    proposed = e.Name;
                    proposedAt = (m.Span.Field, m.Span.Start);
                }
            }
        }
        spans.Sort((a, b) => (a.Span.Field, a.Span.Start).CompareTo((b.Span.Field, b.Span.Start)));
        return spans;
    }
}
