using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class FormatDetectorTests
{
    private static FormatGuess Detect(string text, string? name = null) => FormatDetector.Detect(Encoding.UTF8.GetBytes(text), name);

    [Theory]
    [InlineData("papers.jsonl", PaperFormat.JsonLines)]
    [InlineData("snapshot.jsonl", PaperFormat.ArxivSnapshot)]
    [InlineData("arxiv-api.xml", PaperFormat.ArxivAtom)]
    [InlineData("openalex-work.json", PaperFormat.OpenAlex)]
    [InlineData("openalex-page.json", PaperFormat.OpenAlex)]
    [InlineData("papers.csv", PaperFormat.Csv)]
    [InlineData("papers.tsv", PaperFormat.Csv)]
    [InlineData("hf-no-header.txt", PaperFormat.HfDaily)]
    public void Detect_Fixture_FindsItsFormat(string fixture, PaperFormat expected)
    {
        var guess = FormatDetector.Detect(File.ReadAllBytes(IngestTestFiles.PathOf(fixture)), fixture);

        Assert.Null(guess.Problem);
        Assert.Equal(expected, guess.Format);
    }

    [Fact]
    public void Detect_SamplePage_IsHfDaily()
    {
        Assert.Equal(PaperFormat.HfDaily, FormatDetector.Detect(File.ReadAllBytes(IngestTestFiles.SamplePage(2)), "page.txt").Format);
    }

    [Fact]
    public void Detect_JsonArrayOfPapers_IsJsonLinesFormat()
    {
        Assert.Equal(PaperFormat.JsonLines, Detect("[\n {\"title\": \"A\", \"abstract\": \"B\"}\n]").Format);
    }

    [Fact]
    public void Detect_FirstJsonLineBroken_DecidesFromTheNextLine()
    {
        Assert.Equal(PaperFormat.JsonLines, Detect("{\"title\": broken}\n{\"title\": \"A\"}\n").Format);
    }

    [Fact]
    public void Detect_JsonWithoutTitle_NamesTheKeysItFound()
    {
        var guess = Detect("{\"name\": \"x\", \"text\": \"y\"}\n");

        Assert.Equal("JSON records without a \"title\" field (keys of the first record: name, text)", guess.Problem);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body>Daily Papers</body></html>", "looks like an HTML page, not a paper list")]
    [InlineData("  <html lang=\"en\"><head></head></html>", "looks like an HTML page, not a paper list")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", "an RSS feed")]
    [InlineData("<?xml version=\"1.0\"?><catalog><book/></catalog>", "XML that is not an Atom feed (root element <catalog>)")]
    [InlineData("name,abstract\nx,y\n", "CSV without a title column (header: name, abstract)")]
    [InlineData("not json", "a .jsonl file that does not start with JSON")]
    public void Detect_Unreadable_SaysWhatItLooksLike(string text, string expectedStart)
    {
        var guess = Detect(text, expectedStart.Contains(".jsonl") ? "x.jsonl" : "x");

        Assert.NotNull(guess.Problem);
        Assert.StartsWith(expectedStart, guess.Problem);
    }

    [Fact]
    public void Detect_LogLikeText_IsRefused()
    {
        var log = string.Join('\n', Enumerable.Range(1, 50).Select(i => $"2024-01-01 12:00:{i:D2} INFO request handled in {i} ms"));

        Assert.StartsWith("text that is not a daily-papers page", Detect(log).Problem);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 32, 10, 13, 10 }, "empty file (only whitespace)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "looks like a PDF document")]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 20, 0 }, "a ZIP archive")]
    [InlineData(new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31 }, "bzip2-compressed")]
    [InlineData(new byte[] { 0x7B, 0x00, 0x22, 0x00 }, "binary data")]
    public void Refuse_NotAPaperList_SaysWhy(byte[] head, string expectedStart)
    {
        Assert.StartsWith(expectedStart, FormatDetector.Refuse(head));
    }

    [Fact]
    public void Refuse_RandomBytes_IsBinary()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        Assert.StartsWith("binary data", FormatDetector.Refuse(random));
    }

    [Fact]
    public void Refuse_TextWithAFewBadBytes_IsLeftToTheReader()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"title\": \"Caf? au lait\"}\n", 20))).ToArray();
        text[14] = 0xE9;

        Assert.Null(FormatDetector.Refuse(text));
    }
}
