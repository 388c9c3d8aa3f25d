using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A seeded knowledge graph with the shape of a real corpus's (skewed entity popularity, evidence
/// sentences, results, a two-level community hierarchy), for load tests and the load benchmark.
/// With <c>hostile</c>, entity names and titles carry Cypher and HTML that must arrive as plain text.
/// </summary>
internal static class SyntheticGraph
{
    public static readonly string[] HostileNames =
    [
        "O'Brien \"quoted\" net", "back`tick`net", "{brace: net}", "'); MATCH (n) DETACH DELETE n //",
        "<script>alert(1)</script>", "$rows", "a\\b\\nc", "\u202Eright-to-left\u202C", "emoji 🚀 net",
    ];

    public static (KnowledgeGraph Graph, GraphAnalysis Analysis) Generate(int paperCount, int seed = 7, bool hostile = false)
    {
        var random = new Random(seed);
        var counts = new Dictionary<EntityType, int>
        {
            [EntityType.Method] = Math.Max(4, paperCount / 3),
            [EntityType.Dataset] = Math.Max(3, paperCount / 10),
            [EntityType.Benchmark] = Math.Max(2, paperCount / 25),
            [EntityType.Metric] = Math.Max(2, Math.Min(300, paperCount / 20)),
            [EntityType.Task] = Math.Max(2, Math.Min(800, paperCount / 15)),
        };
        var names = counts.ToDictionary(kv => kv.Key, kv => Enumerable.Range(0, kv.Value).Select(i => Name(kv.Key, i, hostile)).ToArray());
        var ids = names.ToDictionary(kv => kv.Key, kv => kv.Value.Select((_, i) => EntityId.Of(kv.Key, kv.Key.ToString().ToLowerInvariant() + i.ToString("D5"))).ToArray());

        var papers = new List<PaperNode>();
        var edges = new Dictionary<(string, string, EdgeKind), List<Evidence>>();
        var entityEvidence = ids.Values.SelectMany(x => x).ToDictionary(x => x, _ => new List<Evidence>());
        var proposedBy = new Dictionary<EntityId, List<PaperId>>();
        var results = new List<ReportedResult>();
        for (var p = 0; p < paperCount; p++)
        {
            var paperId = new PaperId($"arxiv:{2300 + p / 10000}.{p % 10000:D5}");
            var picks = new List<(EntityType Type, int Index, EdgeKind Kind)>
            {
                (EntityType.Method, p % counts[EntityType.Method], EdgeKind.Proposes),
                (EntityType.Method, Skewed(random, counts[EntityType.Method]), EdgeKind.Uses),
                (EntityType.Method, Skewed(random, counts[EntityType.Method]), EdgeKind.Uses),
                (EntityType.Dataset, Skewed(random, counts[EntityType.Dataset]), EdgeKind.EvaluatesOn),
                (EntityType.Benchmark, Skewed(random, counts[EntityType.Benchmark]), EdgeKind.EvaluatesOn),
                (EntityType.Metric, Skewed(random, counts[EntityType.Metric]), EdgeKind.Measures),
                (EntityType.Task, Skewed(random, counts[EntityType.Task]), EdgeKind.Addresses),
            };
            var sb = new StringBuilder();
            var spans = new List<(EntityId Id, EdgeKind Kind, Evidence Evidence)>();
            foreach (var (type, index, kind) in picks)
            {
                var sentenceStart = sb.Length;
                sb.Append("We study how ");
                var start = sb.Length;
                sb.Append(names[type][index]);
                var end = sb.Length;
                sb.Append(" behaves under a range of settings and report what we find. ");
                var evidence = new Evidence(paperId, new TextSpan(TextField.Abstract, start, end), new TextSpan(TextField.Abstract, sentenceStart, sb.Length - 1));
                spans.Add((ids[type][index], kind, evidence));
            }
            var title = hostile && p % 7 == 0 ? HostileNames[p / 7 % HostileNames.Length] + " for everything" : $"A study of topic {p % 97} number {p}";
            papers.Add(new PaperNode(paperId, title, sb.ToString())
            {
                Year = 2015 + p % 10, Venue = p % 3 == 0 ? "NeurIPS" : null, Authors = [$"Author {p % 50}", $"Author {(p * 7) % 50}"],
            });
            foreach (var (id, kind, evidence) in spans)
            {
                entityEvidence[id].Add(evidence);
                Add(edges, (paperId.Value, id.Value, kind), evidence);
                if (kind == EdgeKind.Proposes) (proposedBy.TryGetValue(id, out var l) ? l : proposedBy[id] = []).Add(paperId);
            }
            var proposed = spans[0];
            foreach (var target in spans.Where(s => s.Kind == EdgeKind.EvaluatesOn))
                Add(edges, (proposed.Id.Value, target.Id.Value, EdgeKind.EvaluatedOn), target.Evidence);
            Add(edges, (proposed.Id.Value, spans[1].Id.Value, EdgeKind.BuildsOn), spans[1].Evidence);
            var value = Math.Round(random.NextDouble() * 100, 1);
            results.Add(new ReportedResult(paperId, spans[5].Id, new Quantity(value, QuantityUnit.Percent, value + "%") { IsDelta = p % 11 == 0 },
                spans[4].Id, p % 5 == 0 ? null : proposed.Id, spans[5].Evidence, $"reaches {value}%"));
        }
        var entities = ids.SelectMany(kv => kv.Value.Select((id, i) => new EntityNode(id, kv.Key, names[kv.Key][i])
        {
            Aliases = i % 4 == 0 ? [new Alias(Acronym(names[kv.Key][i]), MergeReason.AcronymDefinition)] : [],
            PaperCount = entityEvidence[id].Select(e => e.Paper).Distinct().Count(),
            MentionCount = entityEvidence[id].Count,
            ProposedBy = proposedBy.TryGetValue(id, out var by) ? by.Distinct().Order().ToList() : [],
            Evidence = entityEvidence[id],
        })).Where(e => e.MentionCount > 0).OrderBy(e => e.Id).ToList();
        var graphEdges = edges.Select(kv => new GraphEdge(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        var graph = new KnowledgeGraph(papers, entities, graphEdges, results);
        return (graph, Analyse(graph, random));
    }

    /// <summary>Communities by a hash of the id (two levels, ids unique across levels), centralities from degree.</summary>
    private static GraphAnalysis Analyse(KnowledgeGraph graph, Random random)
    {
        var nodeIds = graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)).ToList();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in graph.Edges)
        {
            degree[e.Source] = degree.GetValueOrDefault(e.Source) + 1;
            degree[e.Target] = degree.GetValueOrDefault(e.Target) + 1;
        }
        var top = Math.Max(2, Math.Min(60, nodeIds.Count / 400));
        const int Sub = 4;
        var nodes = new Dictionary<string, NodeMetrics>(StringComparer.Ordinal);
        var members = new Dictionary<int, List<string>>();
        foreach (var id in nodeIds)
        {
            var c = (int)(StableHash(id) % (uint)top);
            var s = top + c * Sub + (int)(StableHash(id + "#") % Sub);
            var d = degree.GetValueOrDefault(id);
            nodes[id] = new NodeMetrics(d / 1000.0 + random.NextDouble() * 1e-6, d * 3.5, d, 1.0 / (1 + d), [c, s]);
            (members.TryGetValue(c, out var a) ? a : members[c] = []).Add(id);
            (members.TryGetValue(s, out var b) ? b : members[s] = []).Add(id);
        }
        var communities = members.OrderBy(kv => kv.Key).Select(kv => new CommunitySummary(
            kv.Key, kv.Key < top ? 0 : 1, kv.Key < top ? null : (kv.Key - top) / Sub, $"community {kv.Key}", kv.Value.Count,
            kv.Value.OrderByDescending(m => nodes[m].PageRank).ThenBy(m => m, StringComparer.Ordinal).Take(5).ToList(), 0.4)).ToList();
        return new GraphAnalysis(nodes, communities, 0.4);
    }

    private static uint StableHash(string s)
    {
        uint h = 2166136261;
        foreach (var ch in s) h = (h ^ ch) * 16777619;
        return h;
    }

    private static void Add(Dictionary<(string, string, EdgeKind), List<Evidence>> edges, (string, string, EdgeKind) key, Evidence evidence) =>
        (edges.TryGetValue(key, out var list) ? list : edges[key] = []).Add(evidence);

    // Popularity falls off like a power law, as it does for datasets and methods in a real field.
    private static int Skewed(Random random, int count) => Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), 3)));

    private static string Name(EntityType type, int index, bool hostile) =>
        hostile && index < HostileNames.Length ? HostileNames[index] + " " + type : $"{type} Net{index}";

    private static string Acronym(string name) => new([.. name.Where(char.IsUpper).DefaultIfEmpty('X'), 'X']);
}
