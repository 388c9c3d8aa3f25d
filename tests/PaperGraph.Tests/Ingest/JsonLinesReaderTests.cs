using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    private static readonly JsonLinesReader Reader = new(IngestTestFiles.Options());

    [Fact]
    public void Read_FixtureFile_ReadsEveryFieldAndChoosesIds()
    {
        using var file = File.OpenRead(IngestTestFiles.PathOf("papers.jsonl"));

        var papers = Reader.Read(file, "papers.jsonl").Papers();

        Assert.Equal(4, papers.Count);
        var attention = papers[0];
        Assert.Equal(PaperId.FromTitle("Attention Is All You Need"), attention.Id);
        Assert.Equal("Attention Is All You Need", attention.Title);
        Assert.Equal("The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose the Transformer.", attention.Abstract);
        Assert.Equal(2017, attention.Year);
        Assert.Equal("nips", attention.Venue);
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer"], attention.Authors);
        Assert.Equal(new SourceLocation("papers.jsonl", 1), attention.Source);
        var lora = papers[1];
        Assert.Equal("arxiv:2106.09685", lora.Id.Value);
        Assert.Equal(2021, lora.Year);
        Assert.Equal(["Edward J. Hu", "Yelong Shen", "Phillip Wallis"], lora.Authors);
        Assert.Equal("arxiv:1512.03385", papers[2].Id.Value);
        Assert.Equal("Deep Residual Learning for Image Recognition", papers[2].Title);
        Assert.Equal("", papers[3].Abstract);
        Assert.Equal(PaperId.FromTitle("A title without an abstract"), papers[3].Id);
    }

    [Fact]
    public void Read_WindowsLineEndings_ReadsBothRecords()
    {
        var outcomes = IngestTestFiles.Read(Reader, File.ReadAllBytes(IngestTestFiles.PathOf("crlf.jsonl")));

        Assert.Equal(["Windows line endings", "Second"], outcomes.Papers().Select(p => p.Title));
        Assert.Equal("First record.", outcomes.Papers()[0].Abstract);
        Assert.Empty(outcomes.Issues());
    }

    [Fact]
    public void Read_BadRecords_ReportsEachByLineAndKeepsTheGoodOnes()
    {
        var outcomes = IngestTestFiles.Read(Reader, File.ReadAllBytes(IngestTestFiles.PathOf("bad-records.jsonl")), "bad.jsonl");

        Assert.Equal(["Good one", "Good two"], outcomes.Papers().Select(p => p.Title));
        Assert.Equal(8, outcomes.Papers()[1].Source.Line);
        var issues = outcomes.Issues();
        Assert.Contains(issues, i => i.Location.Line == 2 && i.Message.Contains("\"title\" is a number"));
        Assert.Contains(issues, i => i.Location.Line == 3 && i.Message.Contains("\"abstract\" is an object"));
        Assert.Contains(issues, i => i.Location.Line == 4 && i.Message.Contains("no \"title\""));
        Assert.Contains(issues, i => i.Location.Line == 5 && i.Message.StartsWith("malformed JSON"));
        Assert.Contains(issues, i => i.Location.Line == 6 && i.Message.StartsWith("malformed JSON"));
        Assert.Contains(issues, i => i.Location.Line == 7 && i.Message.Contains("not a JSON object"));
        Assert.All(issues, i => Assert.Equal("bad.jsonl", i.Location.File));
        Assert.All(issues, i => Assert.False(i.IsFatalForInput));
    }

    [Fact]
    public void Read_JsonArrayDocument_ReadsEachElementWithItsLine()
    {
        const string json = """
            [
              {"title": "First", "abstract": "One."},
              {"title": "Second",
               "abstract": "Two."}
            ]
            """;

        var papers = IngestTestFiles.Read(Reader, json).Papers();

        Assert.Equal(["First", "Second"], papers.Select(p => p.Title));
        Assert.Equal([2L, 3L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_MinifiedArrayOnOneLine_ReadsEachElement()
    {
        var papers = IngestTestFiles.Read(Reader, """[{"title":"A"},{"title":"B"},{"title":"C"}]""").Papers();

        Assert.Equal(["A", "B", "C"], papers.Select(p => p.Title));
    }

    [Fact]
    public void Read_WhitespaceAndControlCharacters_CollapsesToSingleSpaces()
    {
        var papers = IngestTestFiles.Read(Reader, "{\"title\": \"  Spaced\\n\\n  out\\ttitle \", \"abstract\": \"a\\u0000b\\r\\nc\\u00a0\\u00a0d\"}\n").Papers();

        Assert.Equal("Spaced out title", papers[0].Title);
        Assert.Equal("a b c d", papers[0].Abstract);
    }

    [Fact]
    public void Read_EscapedUnicodeAndEmoji_KeepsCharactersVerbatim()
    {
        var papers = IngestTestFiles.Read(Reader, "{\"title\": \"Caf\\u00e9 \\ud83d\\ude80 \u05e9\u05dc\u05d5\u05dd $\\\\ell_1$\"}\n").Papers();

        Assert.Equal("Café 🚀 שלום $\\ell_1$", papers[0].Title);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_ReportsTheRecord()
    {
        var outcomes = IngestTestFiles.Read(Reader, "{\"title\": \"bad \\ud800 escape\"}\n{\"title\": \"fine\"}\n");

        Assert.Equal(["fine"], outcomes.Papers().Select(p => p.Title));
        Assert.Contains("invalid text", Assert.Single(outcomes.Issues()).Message);
    }

    [Fact]
    public void Read_DeepNesting_ReportsTheRecordAndReadsOn()
    {
        var deep = new StringBuilder("{\"title\": \"deep\", \"x\": ").Append('[', 10_000).Append(']', 10_000).Append("}\n").ToString();

        var outcomes = IngestTestFiles.Read(Reader, "{\"title\": \"before\"}\n" + deep + "{\"title\": \"after\"}\n");

        Assert.Equal(["before", "after"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(2, issue.Location.Line);
        Assert.Contains("nested more than 64 levels", issue.Message);
    }

    [Fact]
    public void Read_OptionalFieldsOfWrongType_AreIgnoredNotFatal()
    {
        var papers = IngestTestFiles.Read(Reader, """{"title": "T", "year": "soon", "venue": {"x": 1}, "authors": 7, "id": 123}""" + "\n").Papers();

        var paper = Assert.Single(papers);
        Assert.Null(paper.Year);
        Assert.Null(paper.Venue);
        Assert.Empty(paper.Authors);
        Assert.Equal(PaperId.FromTitle("T"), paper.Id);
    }
}
