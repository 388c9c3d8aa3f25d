using PaperGraph.Graph;

namespace PaperGraph.Tests.Queries;

/// <summary>A small hand-made graph whose answers can be worked out by hand.</summary>
internal static class QueryTestGraph
{
    public static EntityNode Method(string key, string name, params string[] aliases) => Entity(EntityType.Method, key, name, aliases);

    public static EntityNode Entity(EntityType type, string key, string name, params string[] aliases) =>
        new(EntityId.Of(type, key), type, name) { Aliases = aliases.Select(a => new Alias(a, MergeReason.AcronymDefinition)).ToList(), PaperCount = 1 };

    public static Evidence Evidence(string paper) =>
        new(new PaperId(paper), new TextSpan(TextField.Abstract, 0, 1), new TextSpan(TextField.Abstract, 0, 1));

    public static GraphEdge Evaluated(EntityNode method, EntityNode target, params string[] papers) =>
        new(method.Id.Value, target.Id.Value, EdgeKind.EvaluatedOn, papers.Select(Evidence).ToList());

    public static ReportedResult Result(string paper, EntityNode metric, double value, EntityNode? target, EntityNode? method, bool delta = false) =>
        new(new PaperId(paper), metric.Id, new Quantity(value, QuantityUnit.None, value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { IsDelta = delta },
            target?.Id, method?.Id, Evidence(paper), $"{metric.Name} {value}");

    public static readonly EntityNode Lora = Method("lora", "LoRA", "Low-Rank Adaptation");
    public static readonly EntityNode Adapter = Method("adapter", "Adapter");
    public static readonly EntityNode Prefix = Method("prefix_tuning", "Prefix Tuning");
    public static readonly EntityNode ResNet = Method("resnet50", "ResNet-50");
    public static readonly EntityNode Glue = Entity(EntityType.Benchmark, "glue", "GLUE");
    public static readonly EntityNode Squad = Entity(EntityType.Dataset, "squad", "SQuAD");
    public static readonly EntityNode Cifar = Entity(EntityType.Dataset, "cifar10", "CIFAR-10");
    public static readonly EntityNode Fid = Entity(EntityType.Metric, "fid", "FID");
    public static readonly EntityNode Accuracy = Entity(EntityType.Metric, "accuracy", "Accuracy");
    public static readonly EntityNode Wins = Entity(EntityType.Metric, "wins", "Wins");

    public static KnowledgeGraph Sample { get; } = new(
        new[] { "p1", "p2", "p3", "p4", "p5" }.Select(p => new PaperNode(new PaperId(p), "Paper " + p, "x")).ToList(),
        new[] { Lora, Adapter, Prefix, ResNet, Glue, Squad, Cifar, Fid, Accuracy, Wins }.OrderBy(e => e.Id).ToList(),
        [
            Evaluated(Lora, Glue, "p1"), Evaluated(Lora, Squad, "p1"), Evaluated(Lora, Cifar, "p2", "p1"),
            Evaluated(Adapter, Glue, "p3"), Evaluated(Adapter, Squad, "p3"),
            Evaluated(Prefix, Glue, "p4"),
            Evaluated(ResNet, Cifar, "p5"),
        ],
        [
            Result("p1", Fid, 3.1, Cifar, Lora), Result("p2", Fid, 2.5, Cifar, Adapter), Result("p2", Fid, 1.0, Cifar, Adapter, delta: true),
            Result("p1", Accuracy, 90, Cifar, Lora), Result("p3", Accuracy, 95, Cifar, null), Result("p4", Accuracy, 99, Glue, Prefix),
            Result("p5", Wins, 3, Cifar, ResNet), Result("p4", Wins, 7, Cifar, Prefix),
        ]);

    /// <summary>Top communities 0 (3 nodes) and 1 (5 nodes); 2 and 3 are sub-communities of 1.</summary>
    public static GraphAnalysis SampleAnalysis { get; } = new(
        new Dictionary<string, NodeMetrics>
        {
            ["method:lora"] = new(0.30, 0, 3, 0, [1, 2]),
            ["method:adapter"] = new(0.20, 0, 2, 0, [1, 2]),
            ["benchmark:glue"] = new(0.20, 0, 3, 0, [1, 2]),
            ["dataset:squad"] = new(0.10, 0, 2, 0, [1, 3]),
            ["p1"] = new(0.05, 0, 1, 0, [1, 3]),
            ["method:resnet50"] = new(0.10, 0, 1, 0, [0, 4]),
            ["dataset:cifar10"] = new(0.15, 0, 2, 0, [0, 4]),
            ["p5"] = new(0.01, 0, 1, 0, [0, 4]),
        },
        [
            new CommunitySummary(0, 0, null, "vision", 3, ["CIFAR-10"], 0.3),
            new CommunitySummary(1, 0, null, "fine-tuning", 5, ["LoRA"], 0.3),
            new CommunitySummary(2, 1, 1, "adapters", 3, ["LoRA"], 0.3),
            new CommunitySummary(3, 1, 1, "qa", 2, ["SQuAD"], 0.3),
            new CommunitySummary(4, 1, 0, "cifar", 3, ["CIFAR-10"], 0.3),
        ],
        0.42);
}
