using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Graph;

public sealed class GraphBuilderTests
{
    private static readonly Paper Detection = Paper("arxiv:2101.00001", "FooNet for image classification",
        "We propose FooNet, which builds on ResNet. FooNet reaches 81.5% accuracy on ImageNet. ResNet gets 76.1% accuracy on ImageNet.");

    private static PaperExtraction DetectionExtraction() => Extracted(Detection,
        [
            Entity(Detection, EntityType.Method, "FooNet", role: MentionRole.Proposed),
            Entity(Detection, EntityType.Method, "ResNet"),
            Entity(Detection, EntityType.Dataset, "ImageNet"),
            Entity(Detection, EntityType.Metric, "accuracy"),
            Entity(Detection, EntityType.Task, "image classification"),
        ],
        Result(Detection, "accuracy", 76.1, "76.1%", "ImageNet", "ResNet", "ResNet gets 76.1% accuracy on ImageNet"));

    [Fact]
    public void Build_OnePaper_WritesThePaperEdgeOfEachEntityType()
    {
        var graph = Build(DetectionExtraction());

        var edges = graph.Edges.Where(e => e.Source == "arxiv:2101.00001").Select(e => (e.Kind, e.Target)).ToHashSet();
        Assert.Equal(
            new HashSet<(EdgeKind, string)>
            {
                (EdgeKind.Proposes, "method:foonet"),
                (EdgeKind.Uses, "method:resnet"),
                (EdgeKind.EvaluatesOn, "dataset:imagenet"),
                (EdgeKind.Measures, "metric:accuracy"),
                (EdgeKind.Addresses, "task:imageclassification"),
            },
            edges);
    }

    [Fact]
    public void Build_PaperProposingAMethod_LinksItToTargetsAndToTheMethodsItUses()
    {
        var graph = Build(DetectionExtraction());

        var fooOnImageNet = Assert.Single(graph.EdgesOf(EdgeKind.EvaluatedOn), e => e.Source == "method:foonet");
        Assert.Equal("dataset:imagenet", fooOnImageNet.Target);
        var buildsOn = Assert.Single(graph.EdgesOf(EdgeKind.BuildsOn));
        Assert.Equal(("method:foonet", "method:resnet"), (buildsOn.Source, buildsOn.Target));
    }

    [Fact]
    public void Build_ResultBindingABaselineToADataset_LinksTheBaselineWithTheResultAsEvidence()
    {
        var graph = Build(DetectionExtraction());

        // The paper proposes a method, so co-occurrence alone would not link ResNet; its result does.
        var edge = Assert.Single(graph.EdgesOf(EdgeKind.EvaluatedOn), e => e.Source == "method:resnet");
        var evidence = Assert.Single(edge.Evidence);
        Assert.Equal("ResNet gets 76.1% accuracy on ImageNet", Detection.Slice(evidence.Span));
        Assert.Equal(graph.Results.Single().Evidence, evidence);
    }

    [Fact]
    public void Build_PaperProposingNoMethod_LinksTheMethodsItUsesToItsTargets()
    {
        var paper = Paper("p:study", "A study", "We compare ResNet and ViT on ImageNet and CIFAR-10.");
        var graph = Build(Extracted(paper,
            Entity(paper, EntityType.Method, "ResNet"),
            Entity(paper, EntityType.Method, "ViT"),
            Entity(paper, EntityType.Dataset, "ImageNet"),
            Entity(paper, EntityType.Dataset, "CIFAR-10")));

        var pairs = graph.EdgesOf(EdgeKind.EvaluatedOn).Select(e => (e.Source, e.Target)).ToHashSet();
        Assert.Equal(4, pairs.Count);
        Assert.Contains(("method:vit", "dataset:cifar10"), pairs);
        Assert.Empty(graph.EdgesOf(EdgeKind.BuildsOn));
    }

    [Fact]
    public void Build_SameLinkInTwoPapers_WeighsTwoWithEvidenceFromBoth()
    {
        var other = Paper("arxiv:2101.00009", "BazNet", "We propose BazNet on top of ResNet, tested on ImageNet.");
        var graph = Build(DetectionExtraction(), Extracted(other,
            Entity(other, EntityType.Method, "BazNet", role: MentionRole.Proposed),
            Entity(other, EntityType.Method, "ResNet"),
            Entity(other, EntityType.Dataset, "ImageNet")));

        var resnet = graph.EntityById("method:resnet");
        Assert.Equal(2, resnet.PaperCount);
        Assert.Equal(3, resnet.MentionCount);
        var uses = graph.EdgesOf(EdgeKind.Uses).Where(e => e.Target == "method:resnet").ToList();
        Assert.Equal(2, uses.Count);
        Assert.Equal(2, graph.EdgesOf(EdgeKind.BuildsOn).Count(e => e.Target == "method:resnet"));
        var imagenet = graph.EntityById("dataset:imagenet");
        Assert.Equal(["arxiv:2101.00001", "arxiv:2101.00009"], imagenet.Evidence.Select(e => e.Paper.Value).Distinct());
    }

    [Fact]
    public void Build_EveryNodeEdgeAndResult_HasEvidenceInsideItsPaperAndSentence()
    {
        var graph = Sample();
        var papers = graph.Papers.ToDictionary(p => p.Id);

        var all = graph.Entities.SelectMany(e => e.Evidence)
            .Concat(graph.Edges.SelectMany(e => e.Evidence))
            .Concat(graph.Results.Select(r => r.Evidence))
            .ToList();
        Assert.All(graph.Entities, e => Assert.NotEmpty(e.Evidence));
        Assert.All(graph.Edges, e => Assert.True(e.Weight > 0, $"{e.Source} {e.Kind} {e.Target} has no evidence"));
        Assert.All(all, evidence =>
        {
            var text = papers[evidence.Paper].Text(evidence.Span.Field);
            Assert.InRange(evidence.Span.Start, 0, evidence.Span.End);
            Assert.InRange(evidence.Span.End, evidence.Span.Start, text.Length);
            Assert.True(evidence.Sentence.Contains(evidence.Span), $"{evidence.Sentence} does not hold {evidence.Span}");
            Assert.InRange(evidence.Sentence.End, 0, text.Length);
        });
    }

    [Fact]
    public void Build_MentionEvidence_PointsAtTheNameInItsOwnSentence()
    {
        var graph = Build(DetectionExtraction());

        var resnet = graph.EntityById("method:resnet");
        Assert.All(resnet.Evidence, e => Assert.Equal("ResNet", Detection.Slice(e.Span)));
        var sentences = resnet.Evidence.Select(e => Detection.Slice(e.Sentence)).ToList();
        Assert.Equal(["We propose FooNet, which builds on ResNet.", "ResNet gets 76.1% accuracy on ImageNet."], sentences);
    }

    [Fact]
    public void Build_ResultNamesAliasOfAnotherPapersAcronym_ResolvesThroughTheSameEntities()
    {
        var graph = Sample();

        var result = Assert.Single(graph.Results, r => r.Paper.Value == "doi:10.1000/xyz");
        Assert.Equal("metric:inceptionscore", result.Metric.Value);
        Assert.Equal("benchmark:barbench", result.Target?.Value);
        Assert.Equal("method:resnet", result.Method?.Value);
        Assert.Equal("0.5", result.Value.Text);
    }

    [Fact]
    public void Build_ResultNamingAnEntityTheExtractionLacks_AddsItWithTheResultAsEvidence()
    {
        var paper = Paper("p:1", "T", "Our model reaches 40.2 BLEU on WMT14.");
        var graph = Build(Extracted(paper, [], Result(paper, "BLEU", 40.2, "40.2", "WMT14", null, "reaches 40.2 BLEU on WMT14")));

        var bleu = graph.EntityById("metric:bleu");
        Assert.Equal("BLEU", paper.Slice(Assert.Single(bleu.Evidence).Span));
        Assert.Equal("dataset:wmt14", graph.Results.Single().Target?.Value);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.Measures && e.Target == "metric:bleu");
    }

    [Fact]
    public void Add_SamePaperIdTwice_KeepsTheFirstAndCountsTheDuplicate()
    {
        var again = Paper("arxiv:2101.00001", "Another title", "We propose QuxNet.");
        var builder = new GraphBuilder();
        builder.Add(DetectionExtraction());
        builder.Add(Extracted(again, Entity(again, EntityType.Method, "QuxNet", role: MentionRole.Proposed)));
        var graph = builder.Build();

        Assert.Equal(1, builder.DuplicatePapers);
        Assert.Equal("FooNet for image classification", Assert.Single(graph.Papers).Title);
        Assert.DoesNotContain(graph.Entities, e => e.Id.Value == "method:quxnet");
    }

    [Fact]
    public void Build_MentionOutsideItsField_IsDroppedAndAnEntityWithoutEvidenceLeftOut()
    {
        var paper = Paper("p:1", "Title", "Short abstract about ResNet.");
        var broken = new ExtractedEntity(EntityType.Method, "Ghost", "ghost", MentionRole.Used,
            [new Mention(EntityType.Method, "Ghost", new TextSpan(TextField.Abstract, 20, 80), MentionOrigin.Pattern)], []);
        var graph = Build(Extracted(paper, broken, Entity(paper, EntityType.Method, "ResNet")));

        Assert.Equal(["method:resnet"], graph.Entities.Select(e => e.Id.Value));
    }

    [Fact]
    public void Build_InputOrderChanged_GivesTheSameGraphFile()
    {
        var a = Paper("arxiv:1", "A", "The Inception Score (IS) of SAM-Net.");
        var b = Paper("arxiv:2", "B", "IS improves with ResNet.");
        var c = Paper("arxiv:3", "C", "ResNet and the Inception Score.");
        PaperExtraction[] extractions =
        [
            Extracted(a, Entity(a, EntityType.Metric, "Inception Score", "inceptionscore", MentionRole.Used, new Alias("IS", MergeReason.AcronymDefinition))),
            Extracted(b, Entity(b, EntityType.Metric, "IS"), Entity(b, EntityType.Method, "ResNet")),
            Extracted(c, Entity(c, EntityType.Method, "ResNet"), Entity(c, EntityType.Metric, "Inception Score")),
        ];

        var forward = Serialise(Build(extractions));
        var backward = Serialise(Build([.. extractions.Reverse()]));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Build_Graph_ListsAreSortedById()
    {
        var graph = Sample();

        Assert.Equal(graph.Papers.Select(p => p.Id.Value).Order(StringComparer.Ordinal), graph.Papers.Select(p => p.Id.Value));
        Assert.Equal(graph.Entities.Select(e => e.Id.Value).Order(StringComparer.Ordinal), graph.Entities.Select(e => e.Id.Value));
        var edgeKeys = graph.Edges.Select(e => (e.Source, (int)e.Kind, e.Target)).ToList();
        Assert.Equal(edgeKeys.OrderBy(k => k.Source, StringComparer.Ordinal).ThenBy(k => k.Item2).ThenBy(k => k.Target, StringComparer.Ordinal), edgeKeys);
    }

    internal static byte[] Serialise(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphJsonSerializer.Write(graph, GraphAnalysis.None, stream);
        return stream.ToArray();
    }
}
