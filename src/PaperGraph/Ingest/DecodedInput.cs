using System.Text;

namespace PaperGraph.Ingest;

/// <summary>
/// An input opened for reading as UTF-8: gzip undone (found by its magic bytes, whatever the name), UTF-16
/// and UTF-32 (by byte order mark, or UTF-16 by its zero bytes) transcoded, a UTF-8 byte order mark dropped.
/// Read failures end the stream cleanly and are kept in <see cref="Fault"/>.
/// </summary>
internal sealed class DecodedInput
{
    private readonly ReadFaultGuard _guard;

    private DecodedInput(PeekableStream text, ReadFaultGuard guard)
    {
        Text = text;
        _guard = guard;
    }

    /// <summary>The decoded input; peek at it for detection, then hand it to a reader.</summary>
    public PeekableStream Text { get; }

    /// <summary>Why reading stopped before the end (truncated gzip, an I/O error), or null.</summary>
    public string? Fault => _guard.Fault;

    /// <summary>The line reading stopped on, counted in the decompressed bytes.</summary>
    public long FaultLine => _guard.FaultLine;

    public static DecodedInput Open(Stream raw)
    {
        var compressed = new PeekableStream(raw);
        var isGzip = compressed.Peek(2) is [0x1F, 0x8B];
        var guard = new ReadFaultGuard(isGzip ? new GzipDecodingStream(compressed) : compressed);
        var bytes = new PeekableStream(guard);
        var encoding = Unicode(bytes, out var bomLength);
        bytes.Skip(bomLength);
        if (encoding is null) return new DecodedInput(bytes, guard);
        var utf8 = Encoding.CreateTranscodingStream(bytes, encoding, Encoding.UTF8, leaveOpen: true);
        return new DecodedInput(new PeekableStream(utf8), guard);
    }

    /// <summary>The encoding to transcode from, or null for UTF-8; and the length of its byte order mark.</summary>
    private static Encoding? Unicode(PeekableStream bytes, out int bomLength)
    {
        var head = bytes.Peek(512);
        bomLength = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return null;
        }
        (Encoding? encoding, bomLength) = head switch
        {
            [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, false), 4),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (ZeroBytePattern(head), 0),
        };
        return encoding;
    }

    /// <summary>UTF-16 without a byte order mark: ASCII text has a zero in every other byte.</summary>
    private static Encoding? ZeroBytePattern(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16) return null;
        int evenZeros = 0, oddZeros = 0, pairs = head.Length / 2;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 <= pairs) return Encoding.Unicode;
        if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 <= pairs) return Encoding.BigEndianUnicode;
        return null;
    }
}
