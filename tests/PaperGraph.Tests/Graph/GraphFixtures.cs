using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

/// <summary>
/// Builds extractions by hand for graph and export tests: an entity's mentions are every place its
/// name and aliases occur in the paper, so spans are always real.
/// </summary>
internal static class GraphFixtures
{
    public static Paper Paper(string id, string title, string text) =>
        new(new PaperId(id), title, text, new SourceLocation("test.jsonl", 1));

    public static ExtractedEntity Entity(
        Paper paper, EntityType type, string name, string? key = null, MentionRole role = MentionRole.Used, params Alias[] aliases)
    {
        var mentions = new List<Mention>();
        foreach (var form in aliases.Select(a => a.Name).Prepend(name))
        {
            foreach (var field in new[] { TextField.Title, TextField.Abstract })
            {
                var text = paper.Text(field);
                for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                {
                    mentions.Add(new Mention(type, form, new TextSpan(field, at, at + form.Length), MentionOrigin.Lexicon));
                }
            }
        }
        return new ExtractedEntity(type, name, key ?? Key(name), role, mentions, aliases);
    }

    /// <summary>A result whose evidence is the first place <paramref name="evidence"/> occurs in the abstract.</summary>
    public static Result Result(Paper paper, string metric, double value, string valueText, string? dataset, string? method, string evidence)
    {
        var at = paper.Abstract.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"\"{evidence}\" is not in the abstract", nameof(evidence));
        var quantity = new Quantity(value, valueText.EndsWith('%') ? QuantityUnit.Percent : QuantityUnit.None, valueText);
        return new Result(metric, quantity, dataset, method, new TextSpan(TextField.Abstract, at, at + evidence.Length), evidence);
    }

    public static PaperExtraction Extracted(Paper paper, params ExtractedEntity[] entities) => new(paper, entities, []);

    public static PaperExtraction Extracted(Paper paper, IReadOnlyList<ExtractedEntity> entities, params Result[] results) =>
        new(paper, entities, results);

    public static string Key(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    public static KnowledgeGraph Build(params PaperExtraction[] extractions)
    {
        var builder = new GraphBuilder();
        foreach (var extraction in extractions) builder.Add(extraction);
        return builder.Build();
    }

    public static EntityNode EntityById(this KnowledgeGraph graph, string id) =>
        graph.Entities.Single(e => e.Id.Value == id);

    public static IEnumerable<GraphEdge> EdgesOf(this KnowledgeGraph graph, EdgeKind kind) =>
        graph.Edges.Where(e => e.Kind == kind);

    /// <summary>
    /// A small corpus with every kind of node, edge and result, and text that tries to break writers:
    /// quotes, commas, line breaks, backticks, Cypher and HTML in names and abstracts.
    /// </summary>
    public static KnowledgeGraph Sample()
    {
        var a = Paper("arxiv:2101.00001", "FooNet: \"fast\", simple detection",
            "We propose FooNet, which builds on ResNet. FooNet reaches 81.5% accuracy on ImageNet,\nbeating ResNet (76.1% accuracy on ImageNet). We also report the Inception Score (IS) for image classification.");
        var b = Paper("arxiv:2101.00002", "A `hostile' name <script>alert(1)</script>",
            "We introduce '); MATCH (n) DETACH DELETE n //, a method evaluated on ImageNet with IS.\r\nIt uses ResNet; e.g. the ResNet backbone, et al. style.");
        var c = Paper("doi:10.1000/xyz", "Benchmarking methods", "We release BarBench, a benchmark. ResNet scores 0.5 IS on BarBench.");
        return Build(
            Extracted(a,
                [
                    Entity(a, EntityType.Method, "FooNet", role: MentionRole.Proposed),
                    Entity(a, EntityType.Method, "ResNet"),
                    Entity(a, EntityType.Dataset, "ImageNet"),
                    Entity(a, EntityType.Metric, "accuracy"),
                    Entity(a, EntityType.Metric, "Inception Score", "inceptionscore", MentionRole.Used, new Alias("IS", MergeReason.AcronymDefinition)),
                    Entity(a, EntityType.Task, "image classification"),
                ],
                Result(a, "accuracy", 81.5, "81.5%", "ImageNet", "FooNet", "FooNet reaches 81.5% accuracy on ImageNet"),
                Result(a, "accuracy", 76.1, "76.1%", "ImageNet", "ResNet", "ResNet (76.1% accuracy on ImageNet)")),
            Extracted(b,
                [
                    Entity(b, EntityType.Method, "'); MATCH (n) DETACH DELETE n //", "match", MentionRole.Proposed),
                    Entity(b, EntityType.Method, "ResNet"),
                    Entity(b, EntityType.Dataset, "ImageNet"),
                    Entity(b, EntityType.Metric, "IS"),
                ]),
            Extracted(c,
                [
                    Entity(c, EntityType.Benchmark, "BarBench", role: MentionRole.Proposed),
                    Entity(c, EntityType.Method, "ResNet"),
                    Entity(c, EntityType.Metric, "IS"),
                ],
                Result(c, "IS", 0.5, "0.5", "BarBench", "ResNet", "ResNet scores 0.5 IS on BarBench")));
    }

    /// <summary>An analysis of <see cref="Sample"/> with metrics on some nodes and a two-level hierarchy.</summary>
    public static GraphAnalysis SampleAnalysis(KnowledgeGraph graph)
    {
        var nodes = new Dictionary<string, NodeMetrics>();
        var ids = graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i % 5 == 4) continue;
            var top = i % 2;
            nodes[ids[i]] = new NodeMetrics(1.0 / (i + 3), i * 0.125, i + 1, 1.0 / 3, [top, 10 + top * 2 + i % 2]);
        }
        var communities = new List<CommunitySummary>
        {
            new(0, 0, null, "Image classification · FooNet · ImageNet", 6, ["method:foonet", "dataset:imagenet"], 0.31),
            new(1, 0, null, "A \"quoted\", label\nwith <tags>", 5, ["method:resnet"], 0.12),
            new(10, 1, 0, "Sub 10", 3, [], 0.05),
            new(11, 1, 0, "Sub 11", 3, [], 0.05),
            new(12, 1, 1, "Sub 12", 3, [], 0.05),
            new(13, 1, 1, "Sub 13", 2, [], 0.05),
        };
        return new GraphAnalysis(nodes, communities, 0.4321);
    }
}
