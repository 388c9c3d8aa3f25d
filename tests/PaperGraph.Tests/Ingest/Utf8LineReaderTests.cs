using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class Utf8LineReaderTests
{
    private static List<(long Line, string? Text, long Bytes)> Lines(byte[] bytes, int maxLineBytes = 1024)
    {
        using var reader = new Utf8LineReader(new MemoryStream(bytes), maxLineBytes);
        var lines = new List<(long, string?, long)>();
        while (reader.MoveNext()) lines.Add((reader.LineNumber, reader.IsOverlong ? null : Encoding.UTF8.GetString(reader.Current), reader.LineBytes));
        return lines;
    }

    [Fact]
    public void MoveNext_MixedLineEndings_SplitsAndStripsThem()
    {
        var lines = Lines(Encoding.UTF8.GetBytes("a\r\nbb\n\nccc"));

        Assert.Equal([(1L, "a", 1L), (2L, "bb", 2L), (3L, "", 0L), (4L, "ccc", 3L)], lines);
    }

    [Fact]
    public void MoveNext_Utf8ByteOrderMark_IsDroppedFromTheFirstLine()
    {
        var lines = Lines([0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n']);

        Assert.Equal("x", Assert.Single(lines).Text);
    }

    [Fact]
    public void MoveNext_LineOverTheLimit_IsOverlongWithItsLengthAndLaterLinesAreIntact()
    {
        var text = "short\n" + new string('x', 5000) + "\nafter\n" + new string('y', 1025);

        var lines = Lines(Encoding.UTF8.GetBytes(text), maxLineBytes: 1024);

        Assert.Equal([(1L, "short", 5L), (2L, null, 5000L), (3L, "after", 5L), (4L, null, 1025L)], lines);
    }

    [Fact]
    public void MoveNext_LinesSpanningManyReads_AreReassembled()
    {
        var expected = Enumerable.Range(0, 3000).Select(i => new string((char)('a' + i % 26), i % 700)).ToList();
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(string.Join('\n', expected)), chunk: 37);
        using var reader = new Utf8LineReader(stream, 1024);

        var actual = new List<string>();
        while (reader.MoveNext()) actual.Add(Encoding.UTF8.GetString(reader.Current));

        Assert.Equal(expected.Count - (expected[^1].Length == 0 ? 1 : 0), actual.Count);
        Assert.Equal(expected.Take(actual.Count), actual);
    }

    /// <summary>Returns at most a few bytes per read, as pipes and decompressors do.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
