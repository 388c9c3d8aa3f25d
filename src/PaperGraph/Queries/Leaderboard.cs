using PaperGraph.Graph;

namespace PaperGraph.Queries;

/// <summary>
/// The results reported on one dataset or benchmark, grouped by metric. Within a metric, the best
/// value comes first when the direction is known (<see cref="MetricDirections"/>); otherwise rows
/// keep paper order. Changes ("+1.3%") are not levels and are left out. Ties go by paper id, then
/// method id, as in cypher/leaderboard.cypher.
/// </summary>
public static class Leaderboard
{
    public static LeaderboardAnswer Find(KnowledgeGraph graph, LeaderboardRequest request)
    {
        var (target, unknown) = new EntityLookup(graph, "dataset or benchmark", EntityType.Benchmark, EntityType.Dataset).Find(request.Benchmark);
        if (target is null) return new LeaderboardAnswer(null, [], unknown);
        EntityNode? onlyMetric = null;
        if (request.Metric is not null)
        {
            (onlyMetric, var unknownMetric) = new EntityLookup(graph, "metric", EntityType.Metric).Find(request.Metric);
            if (onlyMetric is null) return new LeaderboardAnswer(EntityLookup.Ref(target), [], unknownMetric);
        }

        var entities = graph.Entities.ToDictionary(e => e.Id, e => e);
        var sections = graph.Results
            .Where(r => r.Target == target.Id && !r.Value.IsDelta && (onlyMetric is null || r.Metric == onlyMetric.Id) && entities.ContainsKey(r.Metric))
            .GroupBy(r => r.Metric)
            .Select(g => Section(entities[g.Key], g, entities))
            .OrderByDescending(s => s.Entries.Count).ThenBy(s => s.Metric.Id, StringComparer.Ordinal)
            .ToList();
        return new LeaderboardAnswer(EntityLookup.Ref(target), sections, null);
    }

    private static LeaderboardSection Section(EntityNode metric, IEnumerable<ReportedResult> results, Dictionary<EntityId, EntityNode> entities)
    {
        var direction = MetricDirections.Of(metric);
        var sign = direction switch { MetricDirection.LowerIsBetter => 1.0, MetricDirection.HigherIsBetter => -1.0, _ => 0.0 };
        var entries = results
            .Select(r => new LeaderboardEntry(
                r.Method is { } m && entities.TryGetValue(m, out var method) ? EntityLookup.Ref(method) : null,
                r.Value.Value, r.Value.Text, r.Value.Unit, r.Paper.Value, r.Text))
            .OrderBy(e => sign * e.Value)
            .ThenBy(e => e.Paper, StringComparer.Ordinal)
            .ThenBy(e => e.Method?.Id ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Value)
            .ToList();
        return new LeaderboardSection(EntityLookup.Ref(metric), direction, entries);
    }
}
