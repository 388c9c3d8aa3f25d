using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph.Analysis;

/// <summary>Small knowledge graphs written by hand: papers, the entities each mentions, and method evaluations.</summary>
internal sealed class KnowledgeGraphs
{
    private readonly List<PaperNode> _papers = [];
    private readonly SortedDictionary<string, EntityNode> _entities = new(StringComparer.Ordinal);
    private readonly List<GraphEdge> _edges = [];

    public static EntityId Id(EntityType type, string name) => EntityId.Of(type, name.ToLowerInvariant());

    public KnowledgeGraphs Paper(string id, params (EntityType Type, string Name)[] entities)
    {
        var paper = new PaperId(id);
        _papers.Add(new PaperNode(paper, "Paper " + id, "Abstract of " + id));
        foreach (var (type, name) in entities)
        {
            var entity = Entity(type, name);
            var kind = type switch
            {
                EntityType.Method => EdgeKind.Uses,
                EntityType.Task => EdgeKind.Addresses,
                EntityType.Metric => EdgeKind.Measures,
                _ => EdgeKind.EvaluatesOn,
            };
            _edges.Add(new GraphEdge(id, entity.Value, kind, [Evidence(paper)]));
        }
        return this;
    }

    public KnowledgeGraphs EvaluatedOn(string method, string target, EntityType targetType = EntityType.Benchmark, string paper = "p0")
    {
        _edges.Add(new GraphEdge(Entity(EntityType.Method, method).Value, Entity(targetType, target).Value, EdgeKind.EvaluatedOn, [Evidence(new PaperId(paper))]));
        return this;
    }

    public KnowledgeGraph Build() => new(
        [.. _papers.OrderBy(p => p.Id.Value, StringComparer.Ordinal)],
        [.. _entities.Values],
        [.. _edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Target, StringComparer.Ordinal)],
        []);

    /// <summary>
    /// Two topics of six papers each: detection (object detection, DETR in all six, Faster R-CNN in three,
    /// COCO) and language modelling (language modeling, GPT-2, Transformer-XL, WikiText-103); every paper
    /// also reports accuracy, and one detection paper also cites GPT-2.
    /// </summary>
    public static KnowledgeGraph TwoTopics()
    {
        var g = new KnowledgeGraphs();
        for (var i = 1; i <= 6; i++)
        {
            var entities = new List<(EntityType, string)>
            {
                (EntityType.Task, "object detection"), (EntityType.Method, "DETR"), (EntityType.Benchmark, "COCO"), (EntityType.Metric, "accuracy"),
            };
            if (i <= 3) entities.Add((EntityType.Method, "Faster R-CNN"));
            if (i == 6) entities.Add((EntityType.Method, "GPT-2"));
            g.Paper($"d{i}", [.. entities]);
        }
        for (var i = 1; i <= 6; i++)
        {
            var entities = new List<(EntityType, string)>
            {
                (EntityType.Task, "language modeling"), (EntityType.Method, "GPT-2"), (EntityType.Benchmark, "WikiText-103"), (EntityType.Metric, "accuracy"),
            };
            if (i <= 4) entities.Add((EntityType.Method, "Transformer-XL"));
            g.Paper($"l{i}", [.. entities]);
        }
        return g.Build();
    }

    /// <summary>
    /// A seeded random corpus: each paper mentions a task, two or three methods, a benchmark and a metric,
    /// drawn with a skew towards the first names of each pool (popular entities are popular everywhere).
    /// </summary>
    public static KnowledgeGraph Random(int papers, int seed)
    {
        var random = new Random(seed);
        var g = new KnowledgeGraphs();
        var pools = new (EntityType Type, int Size, int Count)[]
        {
            (EntityType.Task, papers / 20 + 1, 1), (EntityType.Method, papers / 3 + 1, 3),
            (EntityType.Benchmark, papers / 8 + 1, 1), (EntityType.Metric, 30, 1),
        };
        for (var p = 0; p < papers; p++)
        {
            var entities = new List<(EntityType, string)>();
            foreach (var (type, size, count) in pools)
                for (var k = 0; k < count; k++)
                {
                    // The square of a uniform number favours low indices.
                    var u = random.NextDouble();
                    var name = $"{type} {(int)(u * u * size)}";
                    if (!entities.Contains((type, name))) entities.Add((type, name));
                }
            g.Paper($"r{p}", [.. entities]);
        }
        return g.Build();
    }

    private EntityId Entity(EntityType type, string name)
    {
        var id = Id(type, name);
        if (!_entities.ContainsKey(id.Value)) _entities[id.Value] = new EntityNode(id, type, name);
        return id;
    }

    private static Evidence Evidence(PaperId paper) => new(paper, new TextSpan(TextField.Abstract, 0, 1), new TextSpan(TextField.Abstract, 0, 1));
}
