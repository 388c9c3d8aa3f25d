using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Survey;

/// <summary>
/// Seven papers built through the real GraphBuilder (so evidence spans are real): object detection (a, b, c),
/// image generation (d, e, f, with a title full of Markdown, HTML and LaTeX specials) and an isolated note (g),
/// with a hand-made two-level community hierarchy so that sections can be predicted.
/// </summary>
internal static class SurveyTestGraph
{
    public const string HostileTitle = "StyleGAN: <b>styles</b> & 50% $x$ #1 _under_ {brace} \\back ~tilde^ [1] *star* | pipe";

    public static KnowledgeGraph Graph()
    {
        var a = Paper("arxiv:2005.12872", "End-to-End Object Detection with Transformers",
            "We propose DETR for object detection, which builds on ResNet. DETR reaches 42.0 AP on COCO.") with { Year = 2020 };
        var b = Paper("arxiv:1506.02640", "You Only Look Once: Unified, Real-Time Object Detection",
            "We propose YOLO, a fast detector for object detection built on ResNet. YOLO reaches 33.0 AP on COCO and 50.2 AP on LVIS.") with { Year = 2016 };
        var c = Paper("doi:10.1000/compare", "Comparing detectors", "We compare DETR and YOLO on COCO for object detection.") with { Year = 2021 };
        var d = Paper("arxiv:1406.2661", "Generative Adversarial Networks",
            "We propose the GAN for image generation. GAN reaches an FID of 30.1 on CIFAR-10.") with { Year = 2014 };
        var e = Paper("arxiv:1812.04948", HostileTitle,
            "We propose StyleGAN, which builds on GAN, for image generation. StyleGAN reaches an FID of 4.4 on CIFAR-10.") with { Year = 2019 };
        var f = Paper("title:feedfeedfeedfeed", "Evaluating generators fairly", "We evaluate GAN and StyleGAN on CIFAR-10 with FID for image generation.") with { Year = 2022 };
        var g = Paper("title:0000000000000001", "An isolated note", "Nothing here is named.");
        return Build(
            Extracted(a,
                [Entity(a, EntityType.Method, "DETR", role: MentionRole.Proposed), Entity(a, EntityType.Method, "ResNet"), Entity(a, EntityType.Dataset, "COCO"),
                 Entity(a, EntityType.Metric, "AP"), Entity(a, EntityType.Task, "object detection")],
                Result(a, "AP", 42.0, "42.0", "COCO", "DETR", "DETR reaches 42.0 AP on COCO")),
            Extracted(b,
                [Entity(b, EntityType.Method, "YOLO", role: MentionRole.Proposed), Entity(b, EntityType.Method, "ResNet"), Entity(b, EntityType.Dataset, "COCO"),
                 Entity(b, EntityType.Dataset, "LVIS"), Entity(b, EntityType.Metric, "AP"), Entity(b, EntityType.Task, "object detection")],
                Result(b, "AP", 33.0, "33.0", "COCO", "YOLO", "YOLO reaches 33.0 AP on COCO"),
                Result(b, "AP", 50.2, "50.2", "LVIS", null, "50.2 AP on LVIS")),
            Extracted(c,
                Entity(c, EntityType.Method, "DETR"), Entity(c, EntityType.Method, "YOLO"), Entity(c, EntityType.Dataset, "COCO"), Entity(c, EntityType.Task, "object detection")),
            Extracted(d,
                [Entity(d, EntityType.Method, "GAN", role: MentionRole.Proposed, aliases: [new Alias("Generative Adversarial Networks", MergeReason.AcronymDefinition)]),
                 Entity(d, EntityType.Dataset, "CIFAR-10"), Entity(d, EntityType.Metric, "FID"), Entity(d, EntityType.Task, "image generation")],
                Result(d, "FID", 30.1, "30.1", "CIFAR-10", "GAN", "GAN reaches an FID of 30.1 on CIFAR-10")),
            Extracted(e,
                [Entity(e, EntityType.Method, "StyleGAN", role: MentionRole.Proposed), Entity(e, EntityType.Method, "GAN", key: "gan"),
                 Entity(e, EntityType.Dataset, "CIFAR-10"), Entity(e, EntityType.Metric, "FID"), Entity(e, EntityType.Task, "image generation")],
                Result(e, "FID", 4.4, "4.4", "CIFAR-10", "StyleGAN", "StyleGAN reaches an FID of 4.4 on CIFAR-10")),
            Extracted(f,
                Entity(f, EntityType.Method, "GAN"), Entity(f, EntityType.Method, "StyleGAN"), Entity(f, EntityType.Dataset, "CIFAR-10"),
                Entity(f, EntityType.Metric, "FID"), Entity(f, EntityType.Task, "image generation")),
            Extracted(g));
    }

    /// <summary>
    /// Top level: 0 object detection (a, b, c), 1 image generation (d, e, f). Level 1: 2 and 3 split community 0
    /// (DETR with a and c; YOLO with b), 4 holds all of community 1. The isolated note is in no community.
    /// </summary>
    public static GraphAnalysis Analysis(KnowledgeGraph graph)
    {
        var paths = new Dictionary<string, int[]>
        {
            ["arxiv:2005.12872"] = [0, 2], ["doi:10.1000/compare"] = [0, 2], ["method:detr"] = [0, 2], ["dataset:coco"] = [0, 2],
            ["metric:ap"] = [0, 2], ["task:objectdetection"] = [0, 2],
            ["arxiv:1506.02640"] = [0, 3], ["method:yolo"] = [0, 3], ["method:resnet"] = [0, 3], ["dataset:lvis"] = [0, 3],
            ["arxiv:1406.2661"] = [1, 4], ["arxiv:1812.04948"] = [1, 4], ["title:feedfeedfeedfeed"] = [1, 4], ["method:gan"] = [1, 4],
            ["method:stylegan"] = [1, 4], ["dataset:cifar10"] = [1, 4], ["metric:fid"] = [1, 4], ["task:imagegeneration"] = [1, 4],
        };
        var ids = graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)).Order(StringComparer.Ordinal).ToList();
        var missing = paths.Keys.Except(ids).ToList();
        if (missing.Count > 0) throw new InvalidOperationException("test graph lacks " + string.Join(", ", missing));
        var nodes = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id,
            x => new NodeMetrics(1.0 / (x.i + 2), 0, 1, 0, paths.TryGetValue(x.id, out var p) ? p : []));
        var communities = new List<CommunitySummary>
        {
            new(0, 0, null, "Object detection · DETR · COCO", 10, ["DETR"], 0.2),
            new(1, 0, null, "Image generation · StyleGAN · CIFAR-10", 8, ["GAN"], 0.2),
            new(2, 1, 0, "Transformer detectors · DETR", 6, ["DETR"], 0.1),
            new(3, 1, 0, "YOLO · LVIS", 4, ["YOLO"], 0.1),
            new(4, 1, 1, "Image generation · GAN", 8, ["GAN"], 0.1),
        };
        return new GraphAnalysis(nodes, communities, 0.4);
    }
}
