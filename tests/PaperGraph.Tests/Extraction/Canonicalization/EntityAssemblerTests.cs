namespace PaperGraph.Tests.Extraction.Canonicalization;

public class EntityAssemblerTests
{
    [Fact]
    public void Extract_DatasetSplits_AttachToTheirDataset()
    {
        var extraction = TestExtraction.Extract("T", "We reach 59.5% AP on COCO val and 66.0% AP on COCO test-dev and LVIS val.");
        var coco = extraction.Entities.Single(e => e.Name == "COCO");
        Assert.Equal(EntityType.Dataset, coco.Type);
        Assert.Contains(coco.Aliases, a => a.Name == "COCO val" && a.Reason == MergeReason.DatasetSplit);
        Assert.Contains(coco.Aliases, a => a.Name == "COCO test-dev" && a.Reason == MergeReason.DatasetSplit);
        Assert.Contains(extraction.Entities, e => e.Name == "LVIS");
    }

    [Fact]
    public void Extract_SurfaceVariants_MergeWithReason()
    {
        var extraction = TestExtraction.Extract("Contrastive Learning at Scale", "We study contrastive learning for vision.");
        var entity = extraction.Entities.Single(e => e.Key == extraction.Find("contrastive learning")!.Key);
        Assert.Equal(2, entity.Mentions.Count);
        Assert.Contains(entity.Aliases, a => a.Reason == MergeReason.SurfaceVariant);
    }

    [Fact]
    public void Extract_LexiconAliases_MergeWithReason()
    {
        var extraction = TestExtraction.Extract("T", "Low-rank adaptation is cheap, so LoRA is popular.");
        var entity = extraction.Find("LoRA")!;
        Assert.Equal("Low-rank adaptation", entity.Name);
        Assert.Contains(entity.Aliases, a => a.Name == "LoRA" && a.Reason == MergeReason.LexiconAlias);
    }

    [Fact]
    public void Extract_Versions_StayDistinct()
    {
        var extraction = TestExtraction.Extract("T",
            "FastSpeech 2 improves over FastSpeech, and FastSpeech 2 is faster than FastSpeech in our tests.");
        Assert.Contains(extraction.Entities, e => e.Name == "FastSpeech 2");
        Assert.Contains(extraction.Entities, e => e.Name == "FastSpeech");
    }

    [Fact]
    public void Extract_NestedNames_LongestWins()
    {
        var extraction = TestExtraction.Extract("T", "We study unconditional image generation on CIFAR-10.");
        Assert.Contains(extraction.Entities, e => e.Name == "unconditional image generation");
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "image generation");
    }

    [Fact]
    public void Extract_Entities_AreSortedByTypeThenName()
    {
        var extraction = TestExtraction.Extract("T", "We train a GAN and a diffusion model on CIFAR-10 and COCO for image generation, measuring accuracy.");
        var order = extraction.Entities.Select(e => ((int)e.Type, e.Name)).ToList();
        Assert.Equal(order.OrderBy(x => x.Item1).ThenBy(x => x.Name, StringComparer.Ordinal).ToList(), order);
    }

    [Fact]
    public void Extract_NamedDescriptionInTheTitle_IsAnAliasOfTheName()
    {
        var extraction = TestExtraction.Extract("Detectors with Cooperative Hybrid Query Training",
            "We present a novel cooperative hybrid query training scheme, namely CoQT, to train detectors with more queries.");
        var entity = extraction.Find("CoQT")!;
        Assert.Equal("CoQT", entity.Name);
        Assert.Equal(MentionRole.Proposed, entity.Role);
        Assert.Contains(entity.Aliases, a => a.Name == "Cooperative Hybrid Query Training" && a.Reason == MergeReason.Naming);
        Assert.Contains(entity.Aliases, a => a.Name == "cooperative hybrid query training" && a.Reason == MergeReason.Naming);
    }

    [Fact]
    public void Extract_GenericDescriptionBeforeNamingWord_StaysApart()
    {
        var extraction = TestExtraction.Extract("Fast Detection of Small Objects",
            "We propose a novel small object detection framework, called TinyDet, for aerial images.");
        var entity = extraction.Find("TinyDet")!;
        Assert.DoesNotContain(entity.Aliases, a => a.Reason == MergeReason.Naming);
    }
}
