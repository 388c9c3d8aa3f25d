using System.IO.Compression;
using System.Text;
using PaperGraph.Export;
using PaperGraph.Tests.Pipeline;

namespace PaperGraph.Tests.Export;

public sealed class ExtractionRecordTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-records-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ReadAll_WrittenSamples_GivesBackEveryFieldTheGraphUses()
    {
        var extractions = PipelineSamples.Extractions;
        var path = Write("samples.jsonl", PipelineSamples.RecordBytes(extractions));

        using var reader = ExtractionRecordReader.Open(path);
        var records = reader.ReadAll().ToList();

        Assert.Equal("test-version", reader.Header.ExtractorVersion);
        Assert.Equal(extractions.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (expected, actual) = (extractions[i], records[i].Extraction);
            Assert.Equal(i, records[i].Sequence);
            Assert.Equal(ContentHash.Of(expected.Paper), records[i].Content);
            Assert.Equal(expected.Paper with { Authors = [], Categories = [] }, actual.Paper with { Authors = [], Categories = [] });
            Assert.Equal(expected.Paper.Authors, actual.Paper.Authors);
            Assert.Equal(expected.Entities.Count, actual.Entities.Count);
            for (var e = 0; e < expected.Entities.Count; e++)
            {
                var (x, y) = (expected.Entities[e], actual.Entities[e]);
                Assert.Equal((x.Type, x.Name, x.Key, x.Role), (y.Type, y.Name, y.Key, y.Role));
                Assert.Equal(x.Mentions, y.Mentions);
                Assert.Equal(x.Aliases, y.Aliases);
            }
            Assert.Equal(expected.Results, actual.Results);
        }
    }

    [Fact]
    public void Write_RecordsReadBack_GivesTheSameBytes()
    {
        var bytes = PipelineSamples.RecordBytes(PipelineSamples.Extractions);
        var path = Write("samples.jsonl", bytes);

        using var reader = ExtractionRecordReader.Open(path);
        var again = PipelineSamples.RecordBytes(reader.ReadAll().Select(r => r.Extraction));

        Assert.Equal(bytes, again);
    }

    [Fact]
    public void Write_Record_IsReadableAsTheExtractFormat()
    {
        var line = Encoding.UTF8.GetString(PipelineSamples.RecordBytes(PipelineSamples.Extractions.Take(1))).Split('\n')[1];

        using var doc = System.Text.Json.JsonDocument.Parse(line);
        var entity = doc.RootElement.GetProperty("entities")[0];

        Assert.Equal(PipelineSamples.Extractions[0].Paper.Title, doc.RootElement.GetProperty("title").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, entity.GetProperty("mentions")[0].GetProperty("start").ValueKind);
        Assert.True(entity.TryGetProperty("type", out _) && entity.TryGetProperty("name", out _) && entity.TryGetProperty("role", out _));
    }

    [Fact]
    public void TryPeek_WrittenRecord_ReadsIdAndSequenceOnly()
    {
        var path = Write("samples.jsonl", PipelineSamples.RecordBytes(PipelineSamples.Extractions.Take(3)));
        using var reader = ExtractionRecordReader.Open(path);

        var peeked = reader.ReadRaw().Select(r => r.TryPeek(out var id, out var seq) ? (id, seq) : ("", -1L)).ToList();

        Assert.Equal(PipelineSamples.Extractions.Take(3).Select((x, i) => (x.Paper.Id.Value, (long)i)), peeked);
    }

    [Fact]
    public void ReadAll_DamagedRecord_ThrowsNamingFileLineAndField()
    {
        var lines = Encoding.UTF8.GetString(PipelineSamples.RecordBytes(PipelineSamples.Extractions.Take(5))).Split('\n');
        lines[3] = lines[3].Replace("\"start\":", "\"start\":\"x\",\"was\":", StringComparison.Ordinal);
        var path = Write("damaged.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        using var reader = ExtractionRecordReader.Open(path);
        var error = Assert.Throws<ExtractionRecordException>(() => reader.ReadAll().ToList());

        Assert.Equal(4, error.Line);
        Assert.StartsWith($"{path}:4: ", error.Message);
        Assert.Contains("\"start\"", error.Message);
    }

    [Fact]
    public void ReadAll_SpanOutsideItsText_Throws()
    {
        var lines = Encoding.UTF8.GetString(PipelineSamples.RecordBytes(PipelineSamples.Extractions.Take(2))).Split('\n');
        lines[1] = System.Text.RegularExpressions.Regex.Replace(lines[1], "\"end\":\\d+", "\"end\":999999", default, TimeSpan.FromSeconds(1));
        var path = Write("span.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        using var reader = ExtractionRecordReader.Open(path);
        var error = Assert.Throws<ExtractionRecordException>(() => reader.ReadAll().ToList());

        Assert.Equal(2, error.Line);
        Assert.Contains("outside", error.Message);
    }

    [Fact]
    public void ReadRaw_TruncatedGzip_SaysTruncatedInsteadOfHandingOutTheCutLine()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(PipelineSamples.RecordBytes(PipelineSamples.Extractions.Take(20)));
        }
        var bytes = compressed.ToArray();
        var path = Write("cut.jsonl.gz", bytes[..(bytes.Length * 2 / 3)]);

        using var reader = ExtractionRecordReader.Open(path);
        var error = Assert.Throws<ExtractionRecordException>(() => reader.ReadAll().ToList());

        Assert.Contains("truncated", error.Message);
        Assert.StartsWith(path + ":", error.Message);
    }

    [Fact]
    public void Open_ExtractFormatInsteadOfRecords_ExplainsHowToWriteRecords()
    {
        var path = Write("plain.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"a\",\"title\":\"t\",\"entities\":[],\"results\":[]}\n"));

        var error = Assert.Throws<ExtractionRecordException>(() => ExtractionRecordReader.Open(path));

        Assert.Equal(1, error.Line);
        Assert.Contains("--records", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Open_EmptyOrMissingFile_ThrowsNamingIt(string? content)
    {
        var path = Path.Combine(root, "none.jsonl");
        if (content is not null) File.WriteAllText(path, content);

        var error = Assert.Throws<ExtractionRecordException>(() => ExtractionRecordReader.Open(path));

        Assert.Equal(path, error.File);
        Assert.Contains(content is null ? "no such file" : "empty", error.Message);
    }

    [Fact]
    public void ContentHash_SameCharactersSplitDifferently_Differ()
    {
        var source = new SourceLocation("x", 1);
        var a = new Paper(new PaperId("a"), "ab", "c", source);
        var b = new Paper(new PaperId("b"), "a", "bc", source);
        var c = new Paper(new PaperId("c"), "ab", "c", source) { Venue = "elsewhere" };

        Assert.NotEqual(ContentHash.Of(a), ContentHash.Of(b));
        Assert.Equal(ContentHash.Of(a), ContentHash.Of(c));
        Assert.Matches("^[0-9a-f]{32}$", ContentHash.Of(a));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
