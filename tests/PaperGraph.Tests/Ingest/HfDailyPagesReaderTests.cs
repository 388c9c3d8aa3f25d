using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class HfDailyPagesReaderTests
{
    private static readonly HfDailyPagesReader Reader = new(IngestTestFiles.Options());

    private static List<ReadOutcome> ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        return [.. Reader.Read(file, Path.GetFileName(path))];
    }

    [Fact]
    public void Read_SamplePageOne_ReadsEveryEntryWithoutIssues()
    {
        var outcomes = ReadFile(IngestTestFiles.SamplePage(1));

        Assert.Empty(outcomes.Issues());
        var papers = outcomes.Papers();
        Assert.Equal(98, papers.Count);
        Assert.All(papers, p => Assert.NotEqual("", p.Abstract));
        Assert.DoesNotContain(papers, p => p.Title is "Daily Papers" or "Subscribe" or "new" or "Nov 21");
    }

    [Fact]
    public void Read_SamplePageOne_ReadsFastSpeech2WithItsAbstractAndYear()
    {
        var fastSpeech = Assert.Single(ReadFile(IngestTestFiles.SamplePage(1)).Papers(),
            p => p.Title == "FastSpeech 2: Fast and High-Quality End-to-End Text to Speech");

        Assert.StartsWith("Non-autoregressive text to speech (TTS) models such as FastSpeech can synthesize speech", fastSpeech.Abstract);
        Assert.EndsWith("Audio samples are available at https://speechresearch.github.io/fastspeech2/.", fastSpeech.Abstract);
        Assert.Equal(2020, fastSpeech.Year);
        Assert.Equal("2020-06-08", fastSpeech.Date);
        Assert.Equal(45, fastSpeech.Source.Line);
        Assert.Equal(PaperId.FromTitle(fastSpeech.Title), fastSpeech.Id);
    }

    [Fact]
    public void Read_SamplePageOne_FirstEntryFollowsTheHeader()
    {
        var first = ReadFile(IngestTestFiles.SamplePage(1)).Papers()[0];

        Assert.Equal("EAGAN: Efficient Two-stage Evolutionary Architecture Search for GANs", first.Title);
        Assert.Equal(13, first.Source.Line);
        Assert.Equal(2021, first.Year);
        Assert.Contains("(IS=8.81pm0.10, FID=9.91) on the CIFAR-10 dataset", first.Abstract);
    }

    [Fact]
    public void Read_SamplePageOne_DateWithoutYearGivesNoYear()
    {
        var papers = ReadFile(IngestTestFiles.SamplePage(1)).Papers();

        var sync = Assert.Single(papers, p => p.Title.StartsWith("SynC: Synthetic Image Caption Dataset Refinement", StringComparison.Ordinal));
        Assert.Null(sync.Year);
        Assert.Equal("--07-24", sync.Date);
        var organisation = Assert.Single(papers, p => p.Title == "Making, not Taking, the Best of N");
        Assert.Equal("--10-01", organisation.Date);
    }

    [Fact]
    public void Read_SamplePageTwo_ReadsEntriesWithAndWithoutMetadata()
    {
        var outcomes = ReadFile(IngestTestFiles.SamplePage(2));

        Assert.Empty(outcomes.Issues());
        var papers = outcomes.Papers();
        Assert.Equal(43, papers.Count);
        var calm = Assert.Single(papers, p => p.Title == "Let it Calm: Exploratory Annealed Decoding for Verifiable Reinforcement Learning");
        Assert.StartsWith("Reinforcement learning with verifiable rewards (RLVR)", calm.Abstract);
        Assert.Null(calm.Date);
        var upvoted = Assert.Single(papers, p => p.Title == "SophiaVL-R1: Reinforcing MLLMs Reasoning with Thinking Reward");
        Assert.Equal("--05-22", upvoted.Date);
    }

    [Fact]
    public void Read_PageWithoutHeader_HandlesEveryEntryVariant()
    {
        var outcomes = ReadFile(IngestTestFiles.PathOf("hf-no-header.txt"));

        Assert.Empty(outcomes.Issues());
        var papers = outcomes.Papers();
        Assert.Equal(
            ["FastSpeech 2: Fast and High-Quality End-to-End Text to Speech", "A Title Without Any Abstract", "Another Title Right After It",
             "Entry With A Date But No Authors", "Entry With An Organisation"],
            papers.Select(p => p.Title));
        Assert.Equal(2020, papers[0].Year);
        Assert.Equal("", papers[1].Abstract);
        Assert.StartsWith("This abstract has no authors block", papers[2].Abstract);
        Assert.Null(papers[2].Date);
        Assert.Equal("--07-24", papers[3].Date);
        Assert.Equal("--10-01", papers[4].Date);
        Assert.Equal([1L, 9L, 11L, 15L, 21L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_MetadataOnOneLine_IsRecognised()
    {
        const string page = "A Title\n\nAn abstract that is a sentence.\n\n• 3 authors · Mar 19, 2024 · 12\n\nNext Title\n\nNext abstract.\n";

        var papers = IngestTestFiles.Read(Reader, page).Papers();

        Assert.Equal(["A Title", "Next Title"], papers.Select(p => p.Title));
        Assert.Equal(2024, papers[0].Year);
    }

    [Fact]
    public void Read_UpvoteCountOnItsOwnLine_IsPartOfTheMetadata()
    {
        const string page = "A Title\n\nAn abstract.\n\n  • 2 authors\n·\nJun 8, 2020\n12\n\nNext Title\n\nNext abstract.\n";

        var papers = IngestTestFiles.Read(Reader, page).Papers();

        Assert.Equal(["A Title", "Next Title"], papers.Select(p => p.Title));
        Assert.Equal(2020, papers[0].Year);
        Assert.Equal("An abstract.", papers[0].Abstract);
    }

    [Fact]
    public void Read_ShortAbstractBeforeTheMetadata_IsTheAbstractNotATitle()
    {
        const string page = "Tiny Paper\n\nCode and models are released\n\n  • 2 authors\n·\nJun 8, 2020\n\nNext Title\n\nNext abstract.\n";

        var papers = IngestTestFiles.Read(Reader, page).Papers();

        Assert.Equal(["Tiny Paper", "Next Title"], papers.Select(p => p.Title));
        Assert.Equal("Code and models are released", papers[0].Abstract);
        Assert.Equal(2020, papers[0].Year);
    }

    [Fact]
    public void Read_TitlesOnly_GiveOneEntryEach()
    {
        var papers = IngestTestFiles.Read(Reader, "First Title\n\nSecond Title\n\nThird Title\n").Papers();

        Assert.Equal(["First Title", "Second Title", "Third Title"], papers.Select(p => p.Title));
        Assert.All(papers, p => Assert.Equal("", p.Abstract));
        Assert.Equal([1L, 3L, 5L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_HardWrappedAbstract_JoinsItsLines()
    {
        var paper = Assert.Single(IngestTestFiles.Read(Reader, "Title\n\nFirst line of the abstract\ncontinues here.\n").Papers());

        Assert.Equal("First line of the abstract continues here.", paper.Abstract);
    }

    [Fact]
    public void Read_AbstractWithNoTitleBeforeIt_IsAnIssue()
    {
        var abstractOnly = string.Join(' ', Enumerable.Repeat("This sentence belongs to an abstract.", 12));

        var outcomes = IngestTestFiles.Read(Reader, abstractOnly + "\n\nA Real Title\n\nIts abstract.\n");

        Assert.Equal(["A Real Title"], outcomes.Papers().Select(p => p.Title));
        Assert.Equal(1, Assert.Single(outcomes.Issues()).Location.Line);
    }

    [Fact]
    public void Read_InvalidUtf8InAnAbstract_SkipsThatEntryOnly()
    {
        var bytes = Encoding.UTF8.GetBytes("Good Title\n\nGood abstract.\n\nBad Title\n\nBad ")
            .Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" abstract.\n\nLast Title\n\nLast abstract.\n")).ToArray();

        var outcomes = IngestTestFiles.Read(Reader, bytes);

        Assert.Equal(["Good Title", "Last Title"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(7, issue.Location.Line);
        Assert.Contains("invalid UTF-8", issue.Message);
        Assert.Contains("the entry at line 5 is skipped", issue.Message);
    }

    /// <summary>A real-looking title of about 400 characters: title-shaped (no full stop, one sentence break at most), over the 300 of a short one.</summary>
    private static readonly string LongTitle =
        "Scaling Sparse Mixture-of-Experts Language Models to Trillions of Parameters: " +
        string.Join(", ", Enumerable.Repeat("Routing, Load Balancing and Expert Parallelism Across Thousands of Accelerators", 4)) +
        " with Negligible Quality Loss";

    [Fact]
    public void Read_LongTitleAfterAnEntryWithoutMetadata_StartsANewPaper()
    {
        var page = $"Title A\n\nAbstract A is one sentence.\n\n{LongTitle}\n\nAbstract B explains the method. It has results.\n\nTitle C\n\nAbstract C.\n";

        var outcomes = IngestTestFiles.Read(Reader, page);

        Assert.Empty(outcomes.Issues());
        var papers = outcomes.Papers();
        Assert.Equal(["Title A", LongTitle, "Title C"], papers.Select(p => p.Title));
        Assert.Equal(["Abstract A is one sentence.", "Abstract B explains the method. It has results.", "Abstract C."], papers.Select(p => p.Abstract));
        Assert.Equal([1L, 5L, 9L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_LongTitleAfterTheMetadataBlockOrFirstOnThePage_IsATitle()
    {
        var page = $"{LongTitle}\n\nAbstract A.\n\n  • 2 authors\n·\nJun 8, 2020\n\n{LongTitle} Again\n\nAbstract B.\n\n  • 3 authors\n·\nJul 1, 2021\n";

        var outcomes = IngestTestFiles.Read(Reader, page);

        Assert.Empty(outcomes.Issues());
        var papers = outcomes.Papers();
        Assert.Equal([LongTitle, LongTitle + " Again"], papers.Select(p => p.Title));
        Assert.Equal(["Abstract A.", "Abstract B."], papers.Select(p => p.Abstract));
        Assert.Equal([2020, 2021], papers.Select(p => p.Year ?? 0));
    }

    [Fact]
    public void Read_LongTitleAfterABareTitle_StartsANewPaper()
    {
        var papers = IngestTestFiles.Read(Reader, $"Bare Title\n\n{LongTitle}\n\nIts abstract. It has two sentences.\n").Papers();

        Assert.Equal(["Bare Title", LongTitle], papers.Select(p => p.Title));
        Assert.Equal(["", "Its abstract. It has two sentences."], papers.Select(p => p.Abstract));
    }

    [Fact]
    public void Read_LongTitleShapedParagraphAfterABareTitleThenMetadata_IsItsAbstract()
    {
        // A one-sentence abstract with no full stop has the shape of a long title; the metadata block says what it is.
        var papers = IngestTestFiles.Read(Reader, $"Short Title\n\n{LongTitle}\n\n  • 2 authors\n·\nJun 8, 2020\n\nNext Title\n\nNext abstract.\n").Papers();

        Assert.Equal(["Short Title", "Next Title"], papers.Select(p => p.Title));
        Assert.Equal(LongTitle, papers[0].Abstract);
        Assert.Equal(2020, papers[0].Year);
    }

    [Theory]
    [InlineData("\n\n  • 2 authors\n·\nJun 8, 2020\n\nTitle C\n\nAbstract C.\n", new[] { "Title A", "Title C" })]
    [InlineData("\n\nTitle C\n\nAbstract C.\n", new[] { "Title A", "Title C" })]
    [InlineData("\n", new[] { "Title A" })]
    public void Read_LongTitleShapedParagraphAfterAnAbstractWithNoAbstractAfterIt_IsReportedNotMerged(string after, string[] titles)
    {
        var outcomes = IngestTestFiles.Read(Reader, $"Title A\n\nAbstract A.\n\n{LongTitle}{after}", "page.txt");

        var papers = outcomes.Papers();
        Assert.Equal(titles, papers.Select(p => p.Title));
        Assert.Equal("Abstract A.", papers[0].Abstract);
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(new SourceLocation("page.txt", 5), issue.Location);
        Assert.Contains("after the abstract of the entry at line 1", issue.Message);
        Assert.Contains("skipped", issue.Message);
    }

    [Theory]
    [InlineData("Attention Is All You Need", true)]
    [InlineData("When, Why and How Much? Adaptive Learning Rate Scheduling by Refinement", true)]
    [InlineData("We propose a method. It works well. It is fast", false)]
    [InlineData("A single sentence that ends like one.", false)]
    public void LooksLikeTitle_Shapes_AreToldApart(string text, bool expected)
    {
        Assert.Equal(expected, HfDailyPagesReader.LooksLikeTitle(text));
    }

    [Fact]
    public void LooksLikeTitle_LongTitle_HasTheShapeButNotTheLength()
    {
        Assert.True(LongTitle.Length > 300);
        Assert.False(HfDailyPagesReader.LooksLikeTitle(LongTitle));
        Assert.True(HfDailyPagesReader.HasTitleShape(LongTitle));
        Assert.False(HfDailyPagesReader.HasTitleShape("We propose a method. It works well. It is fast"));
    }
}
