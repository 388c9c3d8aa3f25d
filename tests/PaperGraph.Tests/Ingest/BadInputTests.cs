using System.IO.Compression;
using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

/// <summary>Hostile and broken inputs through the input layer: a clear issue naming file and line, good papers kept.</summary>
public sealed class BadInputTests
{
    private static List<ReadOutcome> ReadFile(TempFolder temp, string name, byte[] bytes, IngestOptions? options = null) =>
        [.. PaperSources.Read([temp.Write(name, bytes)], options ?? new IngestOptions())];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("empty.jsonl", "", "empty file")]
    [InlineData("blank.txt", "  \n\n\t\n", "empty file (only whitespace)")]
    [InlineData("page.txt", "<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head><body></body></html>", "looks like an HTML page, not a paper list")]
    [InlineData("paper.txt", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "looks like a PDF document")]
    public void Read_NotAPaperList_IsOneFatalIssueNamingTheFile(string name, string content, string expected)
    {
        using var temp = new TempFolder();

        var outcomes = ReadFile(temp, name, Utf8(content));

        var issue = Assert.Single(outcomes.Issues());
        Assert.True(issue.IsFatalForInput);
        Assert.EndsWith(name, issue.Location.File);
        Assert.StartsWith(expected, issue.Message);
    }

    [Fact]
    public void Read_BinaryGarbage_IsRefused()
    {
        using var temp = new TempFolder();
        var garbage = new byte[10_000];
        new Random(42).NextBytes(garbage);

        var issue = Assert.Single(ReadFile(temp, "garbage.jsonl", garbage).Issues());

        Assert.StartsWith("binary data", issue.Message);
    }

    [Fact]
    public void Read_TruncatedGzip_KeepsTheRecordsBeforeThenReportsTheTruncation()
    {
        using var temp = new TempFolder();
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{\"title\": \"Paper {i}\", \"abstract\": \"Abstract {i * 7919 % 10007}.\"}}\n"));
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Utf8(text));
        var whole = output.ToArray();

        var outcomes = ReadFile(temp, "cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var papers = outcomes.Papers();
        Assert.InRange(papers.Count, 1_000, 19_999);
        Assert.Equal(Enumerable.Range(0, papers.Count).Select(i => $"Paper {i}"), papers.Select(p => p.Title));
        var last = outcomes.Issues()[^1];
        Assert.True(last.IsFatalForInput);
        Assert.Contains("gzip data is truncated", last.Message);
        Assert.InRange(last.Location.Line, papers.Count, papers.Count + 1);
    }

    [Fact]
    public void Read_GzipMissingOnlyItsTrailer_IsStillReportedAsTruncated()
    {
        using var temp = new TempFolder();
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Utf8("{\"title\": \"Only\"}\n"));
        var whole = output.ToArray();

        var outcomes = ReadFile(temp, "short.jsonl.gz", whole[..^4]);

        Assert.Equal(["Only"], outcomes.Papers().Select(p => p.Title));
        Assert.Contains("truncated", Assert.Single(outcomes.Issues()).Message);
    }

    [Fact]
    public void Read_InvalidUtf8Line_IsSkippedWithItsLineAndTheRestRead()
    {
        using var temp = new TempFolder();
        var bytes = Utf8("{\"title\": \"ok1\"}\n{\"title\": \"bad ").Concat(new byte[] { 0xFF, 0xFE }).Concat(Utf8(" here\"}\n{\"title\": \"ok2\"}\n")).ToArray();

        var outcomes = ReadFile(temp, "invalid.jsonl", bytes);

        Assert.Equal(["ok1", "ok2"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(2, issue.Location.Line);
        Assert.StartsWith("invalid UTF-8 at byte 16", issue.Message);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Read_UnicodeWithByteOrderMark_DecodesCorrectly(string encodingName)
    {
        using var temp = new TempFolder();
        var encoding = encodingName == "utf-16BE" ? new UnicodeEncoding(bigEndian: true, byteOrderMark: true) : Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("{\"title\": \"Ünïcödé 🚀\", \"abstract\": \"Text.\"}\n")).ToArray();

        var paper = Assert.Single(ReadFile(temp, "unicode.jsonl", bytes).Papers());

        Assert.Equal("Ünïcödé 🚀", paper.Title);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsDropped()
    {
        using var temp = new TempFolder();

        var paper = Assert.Single(ReadFile(temp, "bom.csv", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("title,abstract\nT,A\n")).ToArray()).Papers());

        Assert.Equal("T", paper.Title);
    }

    [Fact]
    public void Read_HundredMegabyteLine_IsSkippedWithoutHoldingItAndTheNextLinesRead()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "huge.jsonl");
        using (var file = File.Create(path))
        {
            file.Write(Utf8("{\"title\": \"before\"}\n{\"title\": \"huge\", \"abstract\": \""));
            var block = new byte[1024 * 1024];
            block.AsSpan().Fill((byte)'x');
            for (var i = 0; i < 100; i++) file.Write(block);
            file.Write(Utf8("\"}\n{\"title\": \"after\"}\n"));
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var outcomes = PaperSources.Read([path]).ToList();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal(["before", "after"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(2, issue.Location.Line);
        Assert.StartsWith("line is 100.0 MiB, over the 16 MiB record limit", issue.Message);
        Assert.True(allocated < 96L * 1024 * 1024, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_HugePageLine_SkipsThatEntryOnly()
    {
        using var temp = new TempFolder();
        var page = "First\n\nFirst abstract.\n\nHuge\n\n" + new string('x', 3000) + "\n\nLast\n\nLast abstract.\n";

        var outcomes = ReadFile(temp, "page.txt", Utf8(page), new IngestOptions { MaxRecordBytes = 1024 });

        Assert.Equal(["First", "Last"], outcomes.Papers().Select(p => p.Title));
        Assert.Equal(7, Assert.Single(outcomes.Issues()).Location.Line);
    }

    [Fact]
    public void Read_DeeplyNestedJsonDocument_ReportsThatRecordAndReadsTheNext()
    {
        using var temp = new TempFolder();
        var deep = new StringBuilder("[\n{\"title\": \"A\"},\n{\"title\": \"deep\", \"x\": ").Append('[', 10_000).Append(']', 10_000)
            .Append("},\n{\"title\": \"B\"}\n]\n").ToString();

        var outcomes = ReadFile(temp, "deep.json", Utf8(deep));

        Assert.Equal(["A", "B"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.Contains("nested more than 64 levels", issue.Message);
    }

    [Fact]
    public void Read_TruncatedJsonDocument_KeepsCompleteRecords()
    {
        using var temp = new TempFolder();

        var outcomes = ReadFile(temp, "cut.json", Utf8("[\n{\"title\": \"A\"},\n{\"title\": \"B\", \"abs"));

        Assert.Equal(["A"], outcomes.Papers().Select(p => p.Title));
        var issue = Assert.Single(outcomes.Issues());
        Assert.Equal(3, issue.Location.Line);
        Assert.Contains("truncated", issue.Message);
    }

    [Fact]
    public void Read_HostileNames_ArriveAsPlainText()
    {
        using var temp = new TempFolder();
        const string hostile = "'); MATCH (n) DETACH DELETE n // <script>alert(1)</script> `{x}` \\\"q\\\"";

        var paper = Assert.Single(ReadFile(temp, "hostile.jsonl", Utf8("{\"title\": \"" + hostile + "\", \"abstract\": \"\\u202eRTL \\u0007bell\"}\n")).Papers());

        Assert.Equal("'); MATCH (n) DETACH DELETE n // <script>alert(1)</script> `{x}` \"q\"", paper.Title);
        Assert.Equal("\u202eRTL bell", paper.Abstract);
    }
}
