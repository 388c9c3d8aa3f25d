using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public class ExtractorTests
{
    private const string Title = "EAGAN: Efficient Two-stage Evolutionary Architecture Search for GANs";

    private const string Abstract =
        "Generative adversarial networks (GANs) have proven successful in image generation tasks. Neural architecture " +
        "search (NAS) has become an attractive solution. We propose an efficient NAS framework to search GANs, namely " +
        "EAGAN. Both stages use objectives (e.g., model size, Inception Score (IS), and Fr\\'echet Inception Distance " +
        "(FID)). EAGAN is applied to the unconditional image generation task on the CIFAR-10 dataset. Our searched GANs " +
        "achieve competitive results (IS=8.81pm0.10, FID=9.91) on the CIFAR-10 dataset and surpass prior NAS-GANs on the " +
        "STL-10 dataset (IS=10.44pm0.087, FID=22.18). Source code: https://github.com/marsggbo/EAGAN.";

    [Fact]
    public void Extract_Abstract_FindsTypedEntitiesAndTheProposal()
    {
        var extraction = TestExtraction.Extract(Title, Abstract, Extractor.Default);
        Assert.Equal(MentionRole.Proposed, extraction.Find("EAGAN")!.Role);
        Assert.Equal(EntityType.Dataset, extraction.Find("CIFAR-10")!.Type);
        Assert.True(extraction.Find("STL-10")!.Type.IsEvaluationTarget());
        Assert.Equal(EntityType.Metric, extraction.Find("FID")!.Type);
        Assert.Equal(EntityType.Task, extraction.Find("unconditional image generation")!.Type);
        Assert.Equal(EntityType.Method, extraction.Find("NAS")!.Type);
    }

    [Fact]
    public void Extract_EveryMention_SlicesToItsText()
    {
        var extraction = TestExtraction.Extract(Title, Abstract, Extractor.Default);
        var paper = extraction.Paper;
        foreach (var mention in extraction.Entities.SelectMany(e => e.Mentions)) Assert.Equal(mention.Text, paper.Slice(mention.Span));
        foreach (var result in extraction.Results) Assert.Equal(result.Text, paper.Slice(result.Evidence));
    }

    [Fact]
    public void Extract_Results_ReferenceExistingEntities()
    {
        var extraction = TestExtraction.Extract(Title, Abstract, Extractor.Default);
        Assert.NotEmpty(extraction.Results);
        var names = extraction.Entities.Select(e => e.Name).ToHashSet();
        foreach (var r in extraction.Results)
        {
            Assert.Contains(r.Metric, names);
            if (r.Dataset is not null) Assert.Contains(r.Dataset, names);
            if (r.Method is not null) Assert.Contains(r.Method, names);
        }
    }

    [Fact]
    public void Extract_SamePaperTwice_GivesEqualOutput()
    {
        var a = Render(Extractor.Default.Extract(TestExtraction.Paper(Title, Abstract)));
        var b = Render(new ExtractorBuilder().UseDefaults().Build().Extract(TestExtraction.Paper(Title, Abstract)));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Extract_InParallel_MatchesSequential()
    {
        var papers = Enumerable.Range(0, 64).Select(i => TestExtraction.Paper(Title + " " + i, Abstract + " Variant " + i + ".")).ToList();
        var sequential = papers.Select(p => Render(Extractor.Default.Extract(p))).ToList();
        var parallel = papers.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(p => Render(Extractor.Default.Extract(p))).ToList();
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Extract_RandomText_NeverThrowsAndSpansSlice(int seed)
    {
        var random = new Random(seed);
        string[] words = ["We", "propose", "GAN", "(", ")", "CIFAR-10", "IS", "on", "the", "dataset", "benchmark", ",", ".", "such", "as",
            "namely", "X-Net", "e.g.", "3.5%", "Inception", "Score", ":", "our", "model", "ViT-L/16", "é", "\u2019s", "–", "called", "for", "tasks"];
        for (var n = 0; n < 50; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 120)).Select(_ => words[random.Next(words.Length)]));
            var title = string.Join(" ", Enumerable.Range(0, random.Next(0, 12)).Select(_ => words[random.Next(words.Length)]));
            var extraction = Extractor.Default.Extract(TestExtraction.Paper(title, text));
            foreach (var m in extraction.Entities.SelectMany(e => e.Mentions)) Assert.Equal(m.Text, extraction.Paper.Slice(m.Span));
        }
    }

    [Fact]
    public void Extract_EmptyPaper_ReturnsNothing()
    {
        var extraction = Extractor.Default.Extract(TestExtraction.Paper("", ""));
        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Results);
    }

    [Fact]
    public void Version_NamesCodeAndLexicon()
    {
        Assert.StartsWith(Extractor.CodeVersion, Extractor.Default.Version);
        Assert.Contains(PaperGraph.Extraction.Lexicon.Lexicon.Default.Version, Extractor.Default.Version);
        Assert.NotEqual(Extractor.Default.Version, new ExtractorBuilder().UseLexicon(TestExtraction.SmallLexicon).Build().Version);
    }

    [Fact]
    public void Build_WithoutPatterns_FindsOnlyLexiconNames()
    {
        var lexiconOnly = new ExtractorBuilder().UseLexicon(TestExtraction.SmallLexicon).Build();
        var extraction = lexiconOnly.Extract(TestExtraction.Paper("T", "We introduce ScaLearn, evaluated on GLUE."));
        Assert.Equal(["GLUE"], extraction.Entities.Select(e => e.Name));
    }

    [Fact]
    public void Extract_HugeAbstract_ReadsOnlyTheAnalysedPrefix()
    {
        var sentence = "We propose ZetaNet (Zeta Network) and evaluate it on CIFAR-10 and the Omni-X benchmark. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 20_000));
        var extraction = Extractor.Default.Extract(TestExtraction.Paper("ZetaNet: A Study", huge));
        var limit = PaperGraph.Extraction.Text.AnalyzedField.MaxAnalyzedLength;
        Assert.NotEmpty(extraction.Entities);
        foreach (var m in extraction.Entities.SelectMany(e => e.Mentions))
        {
            Assert.Equal(m.Text, extraction.Paper.Slice(m.Span));
            Assert.True(m.Span.End <= limit, $"mention at {m.Span} is past the analysed prefix");
        }
    }

    internal static string Render(PaperExtraction e) =>
        string.Join("\n", e.Entities.Select(x => $"{x.Type}|{x.Name}|{x.Key}|{x.Role}|{string.Join(",", x.Aliases.Select(a => a.Name + ":" + a.Reason))}|" +
            string.Join(",", x.Mentions.Select(m => m.Span.ToString()))))
        + "\n" + string.Join("\n", e.Results.Select(r => $"{r.Metric}|{r.Value.Text}|{r.Dataset}|{r.Method}|{r.Evidence}"));
}
