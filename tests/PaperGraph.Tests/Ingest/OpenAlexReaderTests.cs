using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class OpenAlexReaderTests
{
    private static readonly OpenAlexReader Reader = new(IngestTestFiles.Options());

    private static List<ReadOutcome> ReadFixture(string name)
    {
        using var file = File.OpenRead(IngestTestFiles.PathOf(name));
        return [.. Reader.Read(file, name)];
    }

    [Fact]
    public void Read_SingleWork_RebuildsTheAbstractFromTheInvertedIndex()
    {
        var paper = Assert.Single(ReadFixture("openalex-work.json").Papers());

        Assert.Equal("An important paradigm of natural language of processing is adaptation.", paper.Abstract);
    }

    [Fact]
    public void Read_SingleWork_TakesArxivIdFromTheArxivDoi()
    {
        var paper = Assert.Single(ReadFixture("openalex-work.json").Papers());

        Assert.Equal("arxiv:2106.09685", paper.Id.Value);
        Assert.Equal("LoRA: Low-Rank Adaptation of Large Language Models", paper.Title);
        Assert.Equal(2021, paper.Year);
        Assert.Equal("2021-06-17", paper.Date);
        Assert.Equal("arXiv (Cornell University)", paper.Venue);
        Assert.Equal(["Edward J. Hu", "Weizhu Chen"], paper.Authors);
    }

    [Fact]
    public void Read_ResultsPage_ReadsEachWorkAtItsLine()
    {
        var papers = ReadFixture("openalex-page.json").Papers();

        Assert.Equal(2, papers.Count);
        Assert.Equal("arxiv:1512.03385", papers[0].Id.Value);
        Assert.Equal(3, papers[0].Source.Line);
        Assert.Equal("2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", papers[0].Venue);
        Assert.Equal("Deeper neural networks are more difficult to train.", papers[0].Abstract);
        Assert.Equal("A work known only by its display name", papers[1].Title);
        Assert.Equal(PaperId.FromTitle("A work known only by its display name"), papers[1].Id);
        Assert.Equal("", papers[1].Abstract);
    }

    [Fact]
    public void Read_JsonLinesOfWorks_ReadsEachLine()
    {
        const string lines = """
            {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.1000/ABC", "display_name": "One", "abstract_inverted_index": {"b": [1], "a": [0]}}
            {"id": "https://openalex.org/W2", "title": "Two", "publication_year": 2019}
            """;

        var papers = IngestTestFiles.Read(Reader, lines).Papers();

        Assert.Equal("doi:10.1000/abc", papers[0].Id.Value);
        Assert.Equal("a b", papers[0].Abstract);
        Assert.Equal(2019, papers[1].Year);
        Assert.Equal([1L, 2L], papers.Select(p => p.Source.Line));
    }

    [Fact]
    public void Read_WorkWithoutAnyTitle_IsAnIssue()
    {
        var issue = Assert.Single(IngestTestFiles.Read(Reader, """{"id": "https://openalex.org/W3", "title": null}""" + "\n").Issues());

        Assert.Contains("no \"title\"", issue.Message);
    }
}
