namespace PaperGraph.Tests.Extraction.Acronyms;

public class AcronymRecognizerTests
{
    [Fact]
    public void Extract_LongFormThenShort_OneEntityWithAcronymAlias()
    {
        var extraction = TestExtraction.Extract("T", "We report Inception Score (IS) and FID. The IS improves.");
        var entity = extraction.Find("Inception Score")!;
        Assert.Equal(EntityType.Metric, entity.Type);
        Assert.Equal("Inception Score", entity.Name);
        Assert.Contains(entity.Aliases, a => a.Name == "IS" && a.Reason == MergeReason.AcronymDefinition);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void Extract_ShortFormThenLong_NameIsTheLongForm()
    {
        var entity = TestExtraction.Extract("T", "We add MoE (Mixture-of-Experts) layers to the model.").Find("MoE")!;
        Assert.Equal("Mixture-of-Experts", entity.Name);
        Assert.Equal(EntityType.Method, entity.Type);
    }

    [Fact]
    public void Extract_UnknownDefinition_TypedByHeadNoun()
    {
        var extraction = TestExtraction.Extract("T",
            "We evaluate on the Zero-shot Image Captioning (ZIC) task. We measure the Caption Fidelity Score (CFS). ZIC is hard.");
        Assert.Equal(EntityType.Task, extraction.Find("ZIC")!.Type);
        Assert.Equal(EntityType.Metric, extraction.Find("CFS")!.Type);
    }

    [Fact]
    public void Extract_ShortFormInTitle_IsAMentionOfTheDefinedEntity()
    {
        var extraction = TestExtraction.Extract("TODM: Train Once Deploy Many",
            "This paper presents TODM (Train Once Deploy Many), a new approach to train many models.");
        var entity = extraction.Find("TODM")!;
        Assert.Equal("Train Once Deploy Many", entity.Name);
        Assert.Contains(entity.Mentions, m => m.Span.Field == TextField.Title);
        Assert.Equal(MentionRole.Proposed, entity.Role);
    }

    [Fact]
    public void Extract_ForShort_IsADefinition()
    {
        var entity = TestExtraction.Extract("T", "We propose a method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short.").Find("LOOK")!;
        Assert.Equal("Leave-One-Out K-Nearest-Neighbor", entity.Name);
    }

    [Fact]
    public void Extract_GenericDefinition_IsDropped()
    {
        var extraction = TestExtraction.Extract("T", "Large language models (LLMs) are strong. LLMs fail at math.");
        Assert.Null(extraction.Find("LLMs"));
    }

    [Fact]
    public void Extract_PaperDefinitionOverridesLexicon_ForTheShortForm()
    {
        var entity = TestExtraction.Extract("T", "We study Importance Sampling (IS). Then IS reduces variance.").Find("IS")!;
        Assert.Equal("Importance Sampling", entity.Name);
        Assert.Equal(EntityType.Method, entity.Type);
    }

    [Fact]
    public void Extract_OwnLongFormForALexiconShortForm_KeyedByTheLongForm()
    {
        var extraction = TestExtraction.Extract("T", "The quality assessment (QA) of photographs is hard. QA needs labels.");
        var entity = extraction.Find("QA")!;
        Assert.Equal("qualityassessment", entity.Key);
        Assert.Equal(EntityType.Task, entity.Type);
        Assert.DoesNotContain(extraction.Entities, e => e.Key == "questionanswering");
    }

    [Fact]
    public void Extract_LongFormNamingNoEntity_BlocksTheLexiconReadingOfTheShortForm()
    {
        var extraction = TestExtraction.Extract("T", "Lesions in the medial amygdala extension (MAE) were studied; MAE volume shrank.");
        Assert.Null(extraction.Find("MAE"));
    }

    [Fact]
    public void Extract_LongFormOfTheLexiconEntry_KeepsTheLexiconKey()
    {
        var entity = TestExtraction.Extract("T", "We adapt with Low-Rank Adaptations (LoRA). LoRA is cheap.").Find("LoRA")!;
        Assert.Equal("lowrankadaptation", entity.Key);
    }

    [Fact]
    public void Extract_DoubtfulLongFormFoundElsewhere_IsConfirmed()
    {
        var extraction = TestExtraction.Extract("Feature Learning via Kernel Dimension Reduction",
            "We propose using the kernel dimension reduction (KDR) to extract features. KDR keeps the relevant directions.");
        var entity = extraction.Find("KDR")!;
        Assert.Equal(entity.Key, extraction.Find("kernel dimension reduction")!.Key);
        Assert.Contains(entity.Aliases, a => a.Name == "KDR" && a.Reason == MergeReason.AcronymDefinition);
    }

    [Fact]
    public void Extract_GenericHeadAfterLongForm_IsNotPartOfTheName()
    {
        var extraction = TestExtraction.Extract("Robust Tucker Tensor Decomposition for Images",
            "We propose a robust Tucker tensor decomposition model (RTD) to suppress outliers. RTD is simple.");
        Assert.Equal(extraction.Find("Robust Tucker Tensor Decomposition")!.Key, extraction.Find("RTD")!.Key);
    }

    [Fact]
    public void Extract_LaterDefinitionNamingAnEntity_ReplacesAnEarlierDoubtfulOne()
    {
        var extraction = TestExtraction.Extract("T",
            "Two modules: a certainty-based selector (CS) and a memory. In addition, we propose a certainty-based selector (CS) to rank answers.");
        Assert.Equal("certainty-based selector", extraction.Find("CS")!.Name);
    }
}
