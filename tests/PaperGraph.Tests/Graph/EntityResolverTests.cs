using PaperGraph.Extraction.Canonicalization;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Graph;

/// <summary>Cross-paper canonicalisation, observed through the graph the builder makes.</summary>
public sealed class EntityResolverTests
{
    private static PaperExtraction Defines(string id, EntityType type, string longForm, string shortForm)
    {
        var paper = Paper(id, "T", $"We use the {longForm} ({shortForm}) here.");
        return Extracted(paper, Entity(paper, type, longForm, Key(longForm), MentionRole.Used, new Alias(shortForm, MergeReason.AcronymDefinition)));
    }

    private static PaperExtraction Bare(string id, EntityType type, string name, string? key = null)
    {
        var paper = Paper(id, "T", $"Results with {name} only.");
        return Extracted(paper, Entity(paper, type, name, key));
    }

    [Fact]
    public void Build_AcronymDefinedInOnePaper_ResolvesTheBareShortFormInAnother()
    {
        var graph = Build(Bare("p:b", EntityType.Metric, "IS"), Defines("p:a", EntityType.Metric, "Inception Score", "IS"));

        var entity = Assert.Single(graph.Entities);
        Assert.Equal("metric:inceptionscore", entity.Id.Value);
        Assert.Equal("Inception Score", entity.Name);
        Assert.Equal([new Alias("IS", MergeReason.AcronymDefinition)], entity.Aliases);
        Assert.Equal(2, entity.PaperCount);
        Assert.Contains(graph.Edges, e => e.Source == "p:b" && e.Kind == EdgeKind.Measures && e.Target == "metric:inceptionscore");
    }

    [Fact]
    public void Build_AcronymWithTwoLongForms_KeepsThemApartAndSendsTheBareFormToTheMoreFrequent()
    {
        var graph = Build(
            Defines("p:1", EntityType.Method, "Sharpness-Aware Minimization", "SAM"),
            Defines("p:2", EntityType.Method, "Segment Anything Model", "SAM"),
            Defines("p:3", EntityType.Method, "Segment Anything Model", "SAM"),
            Bare("p:4", EntityType.Method, "SAM"));

        Assert.Equal(["method:segmentanythingmodel", "method:sharpnessawareminimization"], graph.Entities.Select(e => e.Id.Value));
        Assert.Equal(3, graph.EntityById("method:segmentanythingmodel").PaperCount);
        Assert.Equal(1, graph.EntityById("method:sharpnessawareminimization").PaperCount);
        Assert.DoesNotContain(graph.Entities, e => e.Aliases.Any(a => a.Name.Contains("Segment")) && e.Name.Contains("Sharpness"));
        Assert.Contains(graph.Edges, e => e.Source == "p:4" && e.Target == "method:segmentanythingmodel");
    }

    [Fact]
    public void Build_AcronymWithTwoEquallyFrequentLongForms_BreaksTheTieOrdinally()
    {
        var graph = Build(
            Bare("p:0", EntityType.Method, "SAM"),
            Defines("p:1", EntityType.Method, "Sharpness-Aware Minimization", "SAM"),
            Defines("p:2", EntityType.Method, "Segment Anything Model", "SAM"));

        Assert.Contains(graph.Edges, e => e.Source == "p:0" && e.Target == "method:segmentanythingmodel");
        Assert.Equal(2, graph.Entities.Count);
    }

    [Fact]
    public void Build_BareAcronymOfAnotherType_StaysItsOwnEntity()
    {
        var graph = Build(
            Defines("p:1", EntityType.Method, "Segment Anything Model", "SAM"),
            Bare("p:2", EntityType.Metric, "SAM"));

        Assert.Equal(["method:segmentanythingmodel", "metric:sam"], graph.Entities.Select(e => e.Id.Value));
    }

    [Fact]
    public void Build_KeysFromTheExtractorsNormalizer_ResolveAnAcronymThatLooksPlural()
    {
        // The extractor keys a bare "DARTS" as "dart"; the definition elsewhere names it "DARTS".
        var graph = Build(
            Defines("p:1", EntityType.Method, "Differentiable Architecture Search", "DARTS"),
            Bare("p:2", EntityType.Method, "DARTS", NameNormalizer.Key("DARTS")));

        var darts = Assert.Single(graph.Entities);
        Assert.Equal("Differentiable Architecture Search", darts.Name);
        Assert.Equal(2, darts.PaperCount);
    }

    private static PaperExtraction DefinesUnderKey(string id, EntityType type, string longForm, string shortForm, string key)
    {
        var paper = Paper(id, "T", $"We use the {longForm} ({shortForm}) here.");
        return Extracted(paper, Entity(paper, type, longForm, key, MentionRole.Used, new Alias(shortForm, MergeReason.AcronymDefinition)));
    }

    [Fact]
    public void Build_OneKeyGivenToUnrelatedLongForms_SplitsThemByLongForm()
    {
        // The extractor keyed every "SAM" by its lexicon entry, whatever the paper said SAM stands for.
        var graph = Build(
            DefinesUnderKey("p:1", EntityType.Method, "Semantic Attention Module", "SAM", "segmentanythingmodel"),
            DefinesUnderKey("p:2", EntityType.Method, "Segment Anything Model", "SAM", "segmentanythingmodel"),
            DefinesUnderKey("p:3", EntityType.Method, "Segment Anything", "SAM", "segmentanythingmodel"),
            Bare("p:4", EntityType.Method, "SAM", "segmentanythingmodel"));

        Assert.Equal(["method:segmentanythingmodel", "method:semanticattentionmodule"], graph.Entities.Select(e => e.Id.Value));
        var sam = graph.EntityById("method:segmentanythingmodel");
        Assert.Equal(3, sam.PaperCount);
        Assert.DoesNotContain(sam.Aliases, a => a.Name.Contains("Semantic"));
        Assert.Equal("Semantic Attention Module", graph.EntityById("method:semanticattentionmodule").Name);
    }

    [Fact]
    public void Build_OneKeyWithSpellingVariantsOfOneLongForm_StaysOneEntity()
    {
        var graph = Build(
            DefinesUnderKey("p:1", EntityType.Method, "convolutional neural networks", "CNN", "convolutionalneuralnetwork"),
            DefinesUnderKey("p:2", EntityType.Method, "Convolution Neural Network", "CNN", "convolutionalneuralnetwork"),
            DefinesUnderKey("p:3", EntityType.Method, "Convolutional Networks", "ConvNets", "convolutionalneuralnetwork"));

        Assert.Equal(3, Assert.Single(graph.Entities).PaperCount);
    }

    [Fact]
    public void Build_SplitKey_SendsItsBareUsesToTheMostFrequentLongForm()
    {
        var graph = Build(
            DefinesUnderKey("p:1", EntityType.Metric, "Kullback-Leibler divergence", "KL", "kldivergence"),
            DefinesUnderKey("p:2", EntityType.Metric, "Kullback Leibler divergence", "KL", "kldivergence"),
            DefinesUnderKey("p:3", EntityType.Metric, "Kozachenko-Leonenko", "KL", "kldivergence"),
            Bare("p:4", EntityType.Metric, "KL", "kldivergence"));

        Assert.Equal(3, graph.EntityById("metric:kldivergence").PaperCount);
        Assert.Equal(1, graph.EntityById("metric:kozachenkoleonenko").PaperCount);
    }

    [Theory]
    [InlineData("Convolutional Networks", "convolutional neural networks", true)]
    [InlineData("State-Space Models", "state space model", true)]
    [InlineData("Graph Neural Networks", "Gated Neural Networks", false)]
    [InlineData("Semantic Attention Module", "Segment Anything Model", false)]
    [InlineData("Quality Assessment", "question answering", false)]
    public void SameMeaning_LongForms_ComparesTheirWords(string a, string b, bool expected)
    {
        Assert.Equal(expected, LongFormSplitter.SameMeaning(a, b));
    }

    [Fact]
    public void Build_Versions_StayDistinct()
    {
        var graph = Build(
            Bare("p:1", EntityType.Method, "FastSpeech"),
            Bare("p:2", EntityType.Method, "FastSpeech 2"),
            Bare("p:3", EntityType.Method, "GPT-3.5", "gpt-3.5"),
            Bare("p:4", EntityType.Method, "GPT-3", "gpt-3"));

        Assert.Equal(["method:fastspeech", "method:fastspeech2", "method:gpt-3", "method:gpt-3.5"], graph.Entities.Select(e => e.Id.Value));
    }

    [Fact]
    public void Build_KeysThatDifferInCaseHyphensOrPlural_MergeAsSurfaceVariants()
    {
        var graph = Build(
            Bare("p:1", EntityType.Dataset, "CIFAR-10", "cifar10"),
            Bare("p:2", EntityType.Dataset, "CIFAR-10", "cifar10"),
            Bare("p:3", EntityType.Dataset, "Cifar 10", "Cifar-10"),
            Bare("p:4", EntityType.Method, "GANs", "gans"),
            Bare("p:5", EntityType.Method, "GAN", "gan"));

        var cifar = graph.EntityById("dataset:cifar10");
        Assert.Equal("CIFAR-10", cifar.Name);
        Assert.Equal([new Alias("Cifar 10", MergeReason.SurfaceVariant)], cifar.Aliases);
        Assert.Equal(3, cifar.PaperCount);
        Assert.Single(graph.Entities, e => e.Type == EntityType.Method);
    }

    [Fact]
    public void Build_NameTheLexiconListsAsAnAlias_JoinsTheLexiconEntity()
    {
        var a = Paper("p:a", "T", "We fine-tune with LoRA.");
        var graph = Build(
            Extracted(a, Entity(a, EntityType.Method, "LoRA", "lora", MentionRole.Used, new Alias("Low-Rank Adaptation", MergeReason.LexiconAlias))),
            Bare("p:b", EntityType.Method, "low-rank adaptation"));

        var lora = Assert.Single(graph.Entities);
        Assert.Equal("method:lora", lora.Id.Value);
        Assert.Equal("LoRA", lora.Name);
        Assert.Contains(new Alias("low-rank adaptation", MergeReason.LexiconAlias), lora.Aliases);
    }

    [Fact]
    public void Build_SplitWrittenAsItsOwnEntityElsewhere_JoinsItsDataset()
    {
        var a = Paper("p:a", "T", "Results on COCO val and COCO.");
        var graph = Build(
            Extracted(a, Entity(a, EntityType.Dataset, "COCO", "coco", MentionRole.Used, new Alias("COCO val", MergeReason.DatasetSplit))),
            Bare("p:b", EntityType.Dataset, "COCO val"));

        var coco = Assert.Single(graph.Entities);
        Assert.Equal("dataset:coco", coco.Id.Value);
        Assert.Equal([new Alias("COCO val", MergeReason.DatasetSplit)], coco.Aliases);
    }

    [Fact]
    public void Build_TwoAnchoredKeysThatNameEachOther_Merge()
    {
        // One paper's extractor keyed the short form, the other the long form; both saw the definition.
        var a = Paper("p:a", "T", "Mixture-of-Experts (MoE) layers.");
        var b = Paper("p:b", "T", "MoE (Mixture-of-Experts) again.");
        var graph = Build(
            Extracted(a, Entity(a, EntityType.Method, "Mixture-of-Experts", "mixtureofexperts", MentionRole.Used, new Alias("MoE", MergeReason.AcronymDefinition))),
            Extracted(b, Entity(b, EntityType.Method, "MoE", "moe", MentionRole.Used, new Alias("Mixture-of-Experts", MergeReason.AcronymDefinition))));

        var moe = Assert.Single(graph.Entities);
        Assert.Equal(2, moe.PaperCount);
        Assert.Equal("method:mixtureofexperts", moe.Id.Value);
    }

    [Fact]
    public void Build_DisplayName_IsTheMostFrequentFullFormWithTiesBrokenOrdinally()
    {
        PaperExtraction Named(string id, string name)
        {
            var paper = Paper(id, "T", $"We use {name} (KD).");
            return Extracted(paper, Entity(paper, EntityType.Method, name, "knowledgedistillation", MentionRole.Used, new Alias("KD", MergeReason.AcronymDefinition)));
        }

        var majority = Build(Named("p:1", "knowledge distillation"), Named("p:2", "Knowledge Distillation"), Named("p:3", "knowledge distillation"), Bare("p:4", EntityType.Method, "KD"));
        var tie = Build(Named("p:1", "knowledge distillation"), Named("p:2", "Knowledge Distillation"));

        Assert.Equal("knowledge distillation", Assert.Single(majority.Entities).Name);
        Assert.Equal("Knowledge Distillation", Assert.Single(tie.Entities).Name);
        Assert.Contains(new Alias("knowledge distillation", MergeReason.SurfaceVariant), Assert.Single(tie.Entities).Aliases);
    }

    [Fact]
    public void Build_ShortFormUsedMoreOftenThanItsDefinition_StillDisplaysTheFullForm()
    {
        var graph = Build(
            DefinesUnderKey("p:0", EntityType.Metric, "Fréchet Inception Distance", "FID", "frechetinceptiondistance"),
            Bare("p:1", EntityType.Metric, "FID", "frechetinceptiondistance"),
            Bare("p:2", EntityType.Metric, "FID", "frechetinceptiondistance"),
            Bare("p:3", EntityType.Metric, "FID", "frechetinceptiondistance"));

        Assert.Equal("Fréchet Inception Distance", Assert.Single(graph.Entities).Name);
    }

    [Fact]
    public void Build_StrayDefinitionOfAWidelyUsedName_DoesNotRenameIt()
    {
        var bare = Enumerable.Range(0, 12).Select(i => Bare($"p:{i:D2}", EntityType.Dataset, "CIFAR-10", "cifar10"));
        var stray = DefinesUnderKey("p:99", EntityType.Dataset, "common image classification benchmark", "CIFAR-10", "cifar10");

        var graph = Build([.. bare, stray]);

        var cifar = Assert.Single(graph.Entities);
        Assert.Equal("CIFAR-10", cifar.Name);
        Assert.Contains(cifar.Aliases, a => a.Name == "common image classification benchmark");
    }

    [Fact]
    public void Build_ProposedInOnePaper_ListsOnlyThatPaperAsProposer()
    {
        var a = Paper("p:a", "T", "We propose FooNet.");
        var b = Paper("p:b", "T", "We compare with FooNet.");
        var graph = Build(
            Extracted(b, Entity(b, EntityType.Method, "FooNet")),
            Extracted(a, Entity(a, EntityType.Method, "FooNet", role: MentionRole.Proposed)));

        var foo = Assert.Single(graph.Entities);
        Assert.Equal(["p:a"], foo.ProposedBy.Select(p => p.Value));
        Assert.Single(graph.EdgesOf(EdgeKind.Proposes));
        Assert.Single(graph.EdgesOf(EdgeKind.Uses));
    }
}
