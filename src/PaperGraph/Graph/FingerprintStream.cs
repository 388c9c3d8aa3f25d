using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PaperGraph.Graph;

/// <summary>
/// A write-only sink that fingerprints the bytes written to it: four independent 64-bit lanes of the
/// xxHash64 round over 32-byte stripes, each finished with its avalanche, plus the length. It tells a
/// graph.json from any other (accidental changes, not tampering) at memory speed, about 8 GB/s, where
/// SHA-256 would cost a query a tenth of a second on the 230 MB file. Words are read little-endian, so
/// every machine gives the same fingerprint. Given a stream to pass the bytes on to, it fingerprints a
/// file as it is written (that stream is left open).
/// </summary>
internal sealed class FingerprintStream(Stream? passTo = null) : Stream
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const int Stripe = 32;

    private readonly byte[] pending = new byte[Stripe];
    private int pendingLength;
    private long length;
    private ulong a = unchecked(Prime1 + Prime2), b = Prime2, c, d = unchecked(0 - Prime1);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    /// <summary>The fingerprint of everything written so far (writing may go on afterwards).</summary>
    public FileFingerprint Fingerprint
    {
        get
        {
            var (fa, fb, fc, fd) = (a, b, c, d);
            if (pendingLength > 0)
            {
                // The zero padding is unambiguous: the length is part of the fingerprint.
                Span<byte> last = stackalloc byte[Stripe];
                pending.AsSpan(0, pendingLength).CopyTo(last);
                Round(last, ref fa, ref fb, ref fc, ref fd);
            }
            return new FileFingerprint(length, Avalanche(fa ^ (ulong)length), Avalanche(fb), Avalanche(fc), Avalanche(fd));
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        passTo?.Write(buffer);
        length += buffer.Length;
        if (pendingLength > 0)
        {
            var take = Math.Min(Stripe - pendingLength, buffer.Length);
            buffer[..take].CopyTo(pending.AsSpan(pendingLength));
            pendingLength += take;
            buffer = buffer[take..];
            if (pendingLength < Stripe) return;
            Round(pending, ref a, ref b, ref c, ref d);
            pendingLength = 0;
        }
        var whole = buffer.Length / Stripe * Stripe;
        if (whole > 0) Rounds(buffer[..whole]);
        buffer[whole..].CopyTo(pending);
        pendingLength = buffer.Length - whole;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => passTo?.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Rounds(ReadOnlySpan<byte> stripes)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var at = 0; at < stripes.Length; at += Stripe) Round(stripes.Slice(at, Stripe), ref a, ref b, ref c, ref d);
            return;
        }
        var words = MemoryMarshal.Cast<byte, ulong>(stripes);
        var (la, lb, lc, ld) = (a, b, c, d);
        for (var i = 0; i < words.Length; i += 4)
        {
            la = Mix(la, words[i]);
            lb = Mix(lb, words[i + 1]);
            lc = Mix(lc, words[i + 2]);
            ld = Mix(ld, words[i + 3]);
        }
        (a, b, c, d) = (la, lb, lc, ld);
    }

    private static void Round(ReadOnlySpan<byte> stripe, ref ulong la, ref ulong lb, ref ulong lc, ref ulong ld)
    {
        la = Mix(la, BinaryPrimitives.ReadUInt64LittleEndian(stripe));
        lb = Mix(lb, BinaryPrimitives.ReadUInt64LittleEndian(stripe[8..]));
        lc = Mix(lc, BinaryPrimitives.ReadUInt64LittleEndian(stripe[16..]));
        ld = Mix(ld, BinaryPrimitives.ReadUInt64LittleEndian(stripe[24..]));
    }

    private static ulong Mix(ulong lane, ulong word) => unchecked(ulong.RotateLeft(lane + word * Prime2, 31) * Prime1);

    private static ulong Avalanche(ulong x)
    {
        unchecked
        {
            x ^= x >> 33;
            x *= Prime2;
            x ^= x >> 29;
            x *= Prime3;
            x ^= x >> 32;
            return x;
        }
    }
}
