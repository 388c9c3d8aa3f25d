using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class ArxivAtomReaderTests
{
    private static readonly ArxivAtomReader Reader = new(IngestTestFiles.Options());

    private static List<ReadOutcome> ReadFixture()
    {
        using var file = File.OpenRead(IngestTestFiles.PathOf("arxiv-api.xml"));
        return [.. Reader.Read(file, "arxiv-api.xml")];
    }

    [Fact]
    public void Read_ApiFeed_ReadsEachEntryWithArxivIdAndMetadata()
    {
        var papers = ReadFixture().Papers();

        Assert.Equal(2, papers.Count);
        var lora = papers[0];
        Assert.Equal("arxiv:2106.09685", lora.Id.Value);
        Assert.Equal("LoRA: Low-Rank Adaptation of Large Language Models", lora.Title);
        Assert.Equal("An important paradigm of natural language processing consists of large-scale pre-training on general domain data & adaptation.", lora.Abstract);
        Assert.Equal(2021, lora.Year);
        Assert.Equal("2021-06-17", lora.Date);
        Assert.Equal(["Edward J. Hu", "Yelong Shen"], lora.Authors);
        Assert.Equal(["cs.CL", "cs.AI"], lora.Categories);
        Assert.Equal("http://arxiv.org/abs/2106.09685v2", lora.Url);
        Assert.Equal(8, lora.Source.Line);
    }

    [Fact]
    public void Read_CdataSummary_KeepsMarkupCharactersAsText()
    {
        var papers = ReadFixture().Papers();

        Assert.Equal("arxiv:1706.03762", papers[1].Id.Value);
        Assert.Equal("The dominant sequence transduction models are based on <complex> networks.", papers[1].Abstract);
    }

    [Fact]
    public void Read_Doctype_IsRefusedWithoutExpandingEntities()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY boom "boom">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&boom;</title></entry></feed>
            """;

        var outcomes = IngestTestFiles.Read(Reader, xml);

        Assert.Empty(outcomes.Papers());
        var issue = Assert.Single(outcomes.Issues());
        Assert.True(issue.IsFatalForInput);
        Assert.Contains("DTD", issue.Message);
    }

    [Fact]
    public void Read_DocumentBrokenMidway_KeepsEntriesBeforeTheBreak()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><title>Kept</title><summary>Before.</summary></entry>
              <entry><title>Broken</title><summary>Oops</summ></entry>
            </feed>
            """;

        var outcomes = IngestTestFiles.Read(Reader, xml, "broken.xml");

        Assert.Equal(["Kept"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.StartsWith("malformed XML", issue.Message);
    }

    [Fact]
    public void Read_ApiErrorEntry_IsReportedAsAnIssue()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>
                <summary>incorrect id format for 1234</summary></entry>
            </feed>
            """;

        var issue = Assert.Single(IngestTestFiles.Read(Reader, xml).Issues());

        Assert.Contains("incorrect id format for 1234", issue.Message);
    }

    [Fact]
    public void Read_EntryTextOverTheLimit_SkipsOnlyThatEntry()
    {
        var reader = new ArxivAtomReader(IngestTestFiles.Options(maxRecordBytes: 2048));
        var xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>Huge</title><summary>" + new string('x', 10_000)
            + "</summary></entry>\n<entry><title>Small</title></entry>\n</feed>";

        var outcomes = IngestTestFiles.Read(reader, xml);

        Assert.Equal(["Small"], outcomes.Papers().Select(p => p.Title));
        Assert.Contains("over the 2 KiB record limit", Assert.Single(outcomes.Issues()).Message);
    }
}
