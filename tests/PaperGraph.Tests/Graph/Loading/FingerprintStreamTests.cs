using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph.Loading;

public sealed class FingerprintStreamTests
{
    [Fact]
    public void Fingerprint_SameBytesWrittenInAnyPieces_IsTheSame()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        var whole = FileFingerprint.Of(bytes);

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            using var sink = new FingerprintStream();
            for (var at = 0; at < bytes.Length;)
            {
                var piece = Math.Min(random.Next(0, 70), bytes.Length - at);
                sink.Write(bytes, at, piece);
                at += piece;
            }

            Assert.Equal(whole, sink.Fingerprint);
        }
    }

    [Fact]
    public void Fingerprint_OneByteChangedAnywhere_Differs()
    {
        var bytes = new byte[1000];
        new Random(3).NextBytes(bytes);
        var original = FileFingerprint.Of(bytes);

        for (var at = 0; at < bytes.Length; at += 37)
        {
            var changed = (byte[])bytes.Clone();
            changed[at] ^= 1;

            Assert.NotEqual(original, FileFingerprint.Of(changed));
        }
    }

    [Fact]
    public void Fingerprint_TrailingZeroAdded_DiffersInLengthAndHash()
    {
        var short_ = FileFingerprint.Of("abc"u8);
        var padded = FileFingerprint.Of("abc\0"u8);

        Assert.Equal(3, short_.Length);
        Assert.NotEqual(short_ with { Length = 4 }, padded);
    }

    [Fact]
    public void Of_File_EqualsTheFingerprintOfItsBytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = new byte[(1 << 20) + 333];
            new Random(5).NextBytes(bytes);
            File.WriteAllBytes(path, bytes);

            Assert.Equal(FileFingerprint.Of(bytes), FileFingerprint.Of(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_WithAStreamToPassTo_PassesEveryByteOnAndFingerprintsThem()
    {
        var bytes = new byte[5000];
        new Random(11).NextBytes(bytes);
        using var file = new MemoryStream();

        using (var hashing = new FingerprintStream(file))
        {
            hashing.Write(bytes, 0, 1234);
            hashing.WriteByte(bytes[1234]);
            hashing.Write(bytes.AsSpan(1235));
            hashing.Flush();

            Assert.Equal(FileFingerprint.Of(bytes), hashing.Fingerprint);
        }

        Assert.Equal(bytes, file.ToArray());
    }
}
