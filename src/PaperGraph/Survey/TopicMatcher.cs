using Humanizer;
using PaperGraph.Graph;
using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>
/// The neighbourhood of a topic: a task, method, dataset, benchmark or metric named by its name, alias or
/// acronym gives the papers that mention it; any other text is matched as a phrase (whole words, in order,
/// any case) against entity names and aliases and against paper titles, giving the papers that mention a
/// matching entity or carry a matching title.
/// </summary>
internal static class TopicMatcher
{
    private static readonly EntityType[] Types = [EntityType.Task, EntityType.Method, EntityType.Dataset, EntityType.Benchmark, EntityType.Metric];

    public static TopicMatch Match(SurveyIndex index, string topic)
    {
        var lookup = new EntityLookup(index.Graph, "topic", Types);
        var (entity, unknown) = lookup.Find(topic);
        if (entity is not null && index.TryGetNumber(entity.Id, out var number))
        {
            var papers = index.PapersOf(number);
            if (papers.Count > 0)
            {
                var basis = $"the papers that mention the {entity.Type.ToString().ToLowerInvariant()} “{entity.Name}”";
                return new TopicMatch(basis, entity.Name, papers);
            }
        }

        var phrase = Words(topic);
        if (phrase.Trim().Length == 0) throw new SurveyScopeException($"the topic \"{topic}\" has no letters or digits to match");
        var matched = new HashSet<PaperId>();
        var entities = 0;
        for (var n = 0; n < index.EntityCount; n++)
        {
            var e = index.Entity(n);
            if (!Types.Contains(e.Type) || !e.Aliases.Select(a => a.Name).Prepend(e.Name).Any(name => Contains(Words(name), phrase))) continue;
            entities++;
            matched.UnionWith(index.PapersOf(n));
        }
        var titles = 0;
        foreach (var p in index.Graph.Papers)
        {
            if (Contains(Words(p.Title), phrase) && matched.Add(p.Id)) titles++;
        }
        if (matched.Count == 0)
        {
            var closest = unknown is { Closest.Count: > 0 } ? "; closest names: " + string.Join(", ", unknown.Closest) : "";
            throw new SurveyScopeException($"nothing matches the topic \"{topic.Trim()}\": no task, method, dataset, benchmark or metric has that name and no paper title contains it{closest}");
        }
        var where = new List<string>();
        if (entities > 0) where.Add($"mention one of the {"entity".ToQuantity(entities, "N0")} whose name contains “{topic.Trim()}”");
        if (titles > 0) where.Add(entities > 0 ? "have it in their title" : $"have “{topic.Trim()}” in their title");
        return new TopicMatch("the papers that " + string.Join(" or ", where), SurveyText.Capitalised(topic.Trim()), matched.Order().ToList());
    }

    /// <summary>Lower-case words of letters and digits, as one string padded with spaces so that a phrase matches whole words.</summary>
    private static string Words(string text) => " " + MetricDirections.Words(text) + " ";

    private static bool Contains(string words, string phrase) =>
        phrase.Length > 2 && words.Contains(phrase, StringComparison.Ordinal);
}
