using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class CsvPaperReaderTests
{
    private static readonly CsvPaperReader Reader = new(IngestTestFiles.Options());

    [Fact]
    public void Read_QuotedMultiLineFields_ReadsRecordsAtTheirFirstLine()
    {
        var outcomes = IngestTestFiles.Read(Reader, File.ReadAllBytes(IngestTestFiles.PathOf("papers.csv")), "papers.csv");

        var papers = outcomes.Papers();
        Assert.Equal(2, papers.Count);
        Assert.Equal("Attention Is All You Need", papers[0].Title);
        Assert.Equal("The dominant sequence transduction models are based on complex recurrent networks, with \"attention\".", papers[0].Abstract);
        Assert.Equal(2017, papers[0].Year);
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer"], papers[0].Authors);
        Assert.Equal(PaperId.FromTitle("Attention Is All You Need"), papers[0].Id);
        Assert.Equal([2L, 4L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_RowWithEmptyTitle_IsAnIssueNamingItsLine()
    {
        var outcomes = IngestTestFiles.Read(Reader, File.ReadAllBytes(IngestTestFiles.PathOf("papers.csv")), "papers.csv");

        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(new SourceLocation("papers.csv", 5), issue.Location);
        Assert.Contains("empty title", issue.Message);
    }

    [Fact]
    public void Read_TabSeparatedWithPluralColumnNames_FindsTitleSummaryAndTerms()
    {
        var paper = Assert.Single(IngestTestFiles.Read(Reader, File.ReadAllBytes(IngestTestFiles.PathOf("papers.tsv"))).Papers());

        Assert.Equal("Graph Attention Networks", paper.Title);
        Assert.Equal("We present graph attention networks (GATs).", paper.Abstract);
        Assert.Equal(["cs.LG", "stat.ML"], paper.Categories);
    }

    [Fact]
    public void Read_HeaderWithoutTitleColumn_IsFatalForTheInput()
    {
        var issue = Assert.Single(IngestTestFiles.Read(Reader, "name,abstract\nx,y\n").Issues());

        Assert.True(issue.IsFatalForInput);
        Assert.Contains("no title column (columns: name, abstract)", issue.Message);
    }

    [Fact]
    public void Read_InvalidUtf8InAField_SkipsOnlyThatRow()
    {
        var bytes = Encoding.UTF8.GetBytes("title,abstract\nGood,Fine\nBad,\"x").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"\nAlso good,Fine\n")).ToArray();

        var outcomes = IngestTestFiles.Read(Reader, bytes);

        Assert.Equal(["Good", "Also good"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.Contains("invalid UTF-8 in the abstract column", issue.Message);
    }

    [Fact]
    public void Read_LineOverTheLimit_IsReportedAndTheNextRowsRead()
    {
        var reader = new CsvPaperReader(IngestTestFiles.Options(maxRecordBytes: 1024));
        var text = "title,abstract\nBefore,ok\nHuge," + new string('x', 5000) + "\nAfter,ok\n";

        var outcomes = IngestTestFiles.Read(reader, text);

        Assert.Equal(["Before", "After"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.Contains("over the record limit", issue.Message);
    }

    [Fact]
    public void Read_QuoteNeverClosed_ReportsTheRecordWhereItOpened()
    {
        var outcomes = IngestTestFiles.Read(Reader, "title,abstract\nGood,fine\n\"Open,quote\nNext,row\n");

        Assert.Equal(["Good"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.Contains("never closed", issue.Message);
    }
}
