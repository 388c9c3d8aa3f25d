using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class JsonRecordSplitterTests
{
    private static List<(long Line, string Record)> Split(string json, int chunk = 1 << 20)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var splitter = new JsonRecordSplitter(1024, firstLine: 1);
        var records = new List<(long, string)>();
        for (var offset = 0; offset < bytes.Length; offset += chunk)
        {
            var data = bytes.AsSpan(offset, Math.Min(chunk, bytes.Length - offset));
            var position = 0;
            while (splitter.Scan(data, ref position)) records.Add((splitter.RecordLine, Encoding.UTF8.GetString(splitter.Record)));
        }
        if (splitter.Finish(out var problem)) records.Add((splitter.RecordLine, problem ?? Encoding.UTF8.GetString(splitter.Record)));
        return records;
    }

    [Fact]
    public void Scan_TopLevelArray_YieldsItsElements()
    {
        Assert.Equal([(2L, "{\"a\": [1, {\"b\": \"}\"}]}"), (3L, "{\"c\": \"\\\"]\"}")],
            Split("[\n{\"a\": [1, {\"b\": \"}\"}]},\n{\"c\": \"\\\"]\"}\n]"));
    }

    [Fact]
    public void Scan_OpenAlexPage_YieldsTheResultsNotThePage()
    {
        var records = Split("{\"meta\": {\"results\": 2}, \"results\": [{\"id\": 1}, {\"id\": 2}], \"group_by\": []}");

        Assert.Equal(["{\"id\": 1}", "{\"id\": 2}"], records.Select(r => r.Record));
    }

    [Fact]
    public void Scan_SingleObjectAndConcatenatedObjects_YieldEachObject()
    {
        var records = Split("{\"title\": \"one\",\n \"results\": 3}\n{\"title\": \"two\"}");

        Assert.Equal([(1L, "{\"title\": \"one\",\n \"results\": 3}"), (3L, "{\"title\": \"two\"}")], records);
    }

    [Fact]
    public void Scan_ScalarElements_AreRecordsOfTheirOwn()
    {
        Assert.Equal(["1", "true", "\"x\""], Split("[1, true, \"x\"]").Select(r => r.Record));
    }

    [Fact]
    public void Scan_ChunksOfOneByte_GiveTheSameRecords()
    {
        const string json = "[{\"title\": \"a\"}, {\"title\": \"b\\\\\", \"x\": [[]]}, 42]";

        Assert.Equal(Split(json), Split(json, chunk: 1));
    }

    [Fact]
    public void Scan_RecordOverTheLimit_IsMarkedWithItsSize()
    {
        var json = "[{\"big\": \"" + new string('x', 2000) + "\"}, {\"small\": 1}]";
        var bytes = Encoding.UTF8.GetBytes(json);
        using var splitter = new JsonRecordSplitter(1024, 1);
        var position = 0;

        Assert.True(splitter.Scan(bytes, ref position));
        Assert.True(splitter.RecordTooLarge);
        Assert.Equal(2011, splitter.RecordBytes);
        Assert.True(splitter.Scan(bytes, ref position));
        Assert.False(splitter.RecordTooLarge);
        Assert.Equal("{\"small\": 1}", Encoding.UTF8.GetString(splitter.Record));
    }

    [Fact]
    public void Scan_ClosingBracketWithNothingOpen_IsFatal()
    {
        using var splitter = new JsonRecordSplitter(1024, 1);
        var position = 0;

        Assert.False(splitter.Scan("]"u8, ref position));
        Assert.StartsWith("unexpected ']'", splitter.Fatal);
    }

    [Fact]
    public void Finish_InsideARecord_SaysTheInputIsTruncated()
    {
        var records = Split("[{\"title\": \"a\"},\n {\"title\": ");

        Assert.Equal((2L, "the JSON ends inside this record (is the file truncated?)"), records[^1]);
    }
}
