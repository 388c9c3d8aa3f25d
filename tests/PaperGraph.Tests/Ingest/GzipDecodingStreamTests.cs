using System.IO.Compression;
using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class GzipDecodingStreamTests
{
    private static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Decode(byte[] compressed)
    {
        using var stream = new GzipDecodingStream(new MemoryStream(compressed));
        var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Text(int lines) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, lines).Select(i => $"line {i} {i * 2654435761L % 1000003}\n")));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(50_000)]
    public void Read_CompleteMember_ReturnsTheData(int lines)
    {
        var data = Text(lines);

        Assert.Equal(data, Decode(Gzip(data)));
    }

    [Fact]
    public void Read_ConcatenatedMembers_ReturnsAllOfThem()
    {
        var first = Text(3000);
        var second = Text(10);

        Assert.Equal([.. first, .. second], Decode([.. Gzip(first), .. Gzip(second, CompressionLevel.NoCompression)]));
    }

    [Fact]
    public void Read_HeaderWithNameAndComment_IsSkipped()
    {
        var member = Gzip(Text(5));
        member[3] = 0x18;
        byte[] withName = [.. member[..10], .. "name.txt\0"u8, .. "comment\0"u8, .. member[10..]];

        Assert.Equal(Text(5), Decode(withName));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Read_CutShort_ReturnsWhatItCanThenThrows(double fraction)
    {
        var data = Text(50_000);
        var compressed = Gzip(data);
        using var stream = new GzipDecodingStream(new MemoryStream(compressed[..(int)(compressed.Length * fraction)]));
        var output = new MemoryStream();

        var error = Assert.Throws<InvalidDataException>(() => stream.CopyTo(output));

        Assert.Contains("truncated", error.Message);
        Assert.True(output.Length > 0);
        Assert.Equal(data.AsSpan(0, (int)output.Length).ToArray(), output.ToArray());
    }

    [Fact]
    public void Read_CorruptedCrc_Throws()
    {
        var compressed = Gzip(Text(100));
        compressed[^8] ^= 0xFF;

        Assert.Throws<InvalidDataException>(() => Decode(compressed));
    }

    [Fact]
    public void Read_TrailingZeros_AreIgnored()
    {
        Assert.Equal(Text(7), Decode([.. Gzip(Text(7)), 0, 0, 0, 0]));
    }
}
