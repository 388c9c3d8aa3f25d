using PaperGraph.Extraction;
using LexiconData = PaperGraph.Extraction.Lexicon.Lexicon;

namespace PaperGraph.Tests.Extraction;

/// <summary>Builds papers, small lexicons and extractors for the extraction tests.</summary>
internal static class TestExtraction
{
    /// <summary>A lexicon small enough that tests say exactly what it knows.</summary>
    public static LexiconData SmallLexicon { get; } = Lexicon(
        "Method\tFaster R-CNN\tFaster RCNN",
        "Method\tDETR\tDetection Transformer",
        "Method\tmixture of experts\tMoE|Mixture-of-Experts",
        "Method\tAdam\tAdam optimizer",
        "Method\tLlama 3.1\tLlama-3.1",
        "Method\tcontrastive learning",
        "Method\tlow-rank adaptation\tLoRA",
        "Method\tdiffusion model",
        "Method\tGAN\tgenerative adversarial network",
        "Method\tmasked autoencoder\tMAE",
        "Method\tCLIP",
        "Dataset\tCOCO\tMS-COCO",
        "Dataset\tCIFAR-10",
        "Dataset\tLVIS",
        "Dataset\tNatural Questions",
        "Benchmark\tGLUE",
        "Metric\tInception Score\tIS",
        "Metric\tmean absolute error\tMAE",
        "Metric\taccuracy",
        "Metric\tAP",
        "Task\timage generation",
        "Task\tunconditional image generation",
        "Task\tcontinual learning",
        "Task\tquestion answering\tQA",
        "Task\tobject detection");

    public static LexiconData Lexicon(params string[] lines) =>
        LexiconData.Parse(
        [
            ("test.tsv", new StringReader(string.Join("\n", lines))),
            (LexiconData.GenericTermsFile, new StringReader("model\nmethod\nframework\noptimizer\nlarge language models\nllms\n")),
        ]);

    public static Extractor Small { get; } = new ExtractorBuilder().UseLexicon(SmallLexicon).UseAcronyms().UsePatterns().UseNameShapes().Build();

    public static Paper Paper(string title, string abstractText) =>
        new(PaperId.FromTitle(title), title, abstractText, new SourceLocation("test", 1));

    public static PaperExtraction Extract(string title, string abstractText, Extractor? extractor = null) =>
        (extractor ?? Small).Extract(Paper(title, abstractText));

    public static ExtractedEntity? Find(this PaperExtraction extraction, string surface) =>
        extraction.Entities.FirstOrDefault(e => e.Name == surface || e.Aliases.Any(a => a.Name == surface) || e.Mentions.Any(m => m.Text == surface));
}
