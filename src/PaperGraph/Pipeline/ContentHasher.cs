using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Numerics;

namespace PaperGraph.Pipeline;

/// <summary>
/// Hashes the fields of one node, edge or community for the build manifest: each field is appended to a
/// reusable buffer, length-prefixed so that no two different field lists give the same bytes, and the
/// buffer is hashed once. The hash only has to tell whether one item's content changed between two builds
/// of the same folder (never to resist an adversary), and a million-paper build hashes millions of small
/// items, where SHA-256's fixed cost per call (about 0.9 µs here) would dominate: so it is a fast
/// non-cryptographic 128-bit hash, two independent xxHash64-style lanes. One instance per thread.
/// </summary>
internal sealed class ContentHasher
{
    private byte[] buffer = new byte[4096];
    private int length;

    public ContentHasher Add(string? text)
    {
        if (text is null) return Add(-1);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        Add(text.Length);
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
        return this;
    }

    public ContentHasher Add(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(length), value);
        length += 4;
        return this;
    }

    public ContentHasher Add(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(length), value);
        length += 8;
        return this;
    }

    public ContentHasher Add(double? value) => value is { } v ? Add(1).Add(BitConverter.DoubleToInt64Bits(v)) : Add(0);

    public ContentHasher Add(TextSpan span) => Add((int)span.Field).Add(span.Start).Add(span.End);

    /// <summary>The hash of everything added since the last call; starts the next item.</summary>
    public UInt128 Hash()
    {
        var hash = Hash128(buffer.AsSpan(0, length));
        length = 0;
        return hash;
    }

    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;

    private static UInt128 Hash128(ReadOnlySpan<byte> data)
    {
        var a = Prime4 ^ (ulong)data.Length;
        var b = Prime3 ^ ((ulong)data.Length * Prime1);
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            a = BitOperations.RotateLeft(a + word * Prime2, 31) * Prime1;
            b = BitOperations.RotateLeft(b ^ (word * Prime3), 27) * Prime4;
        }
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            data[i..].CopyTo(tail);
            var word = BinaryPrimitives.ReadUInt64LittleEndian(tail) ^ ((ulong)(data.Length - i) << 59);
            a = BitOperations.RotateLeft(a + word * Prime2, 31) * Prime1;
            b = BitOperations.RotateLeft(b ^ (word * Prime3), 27) * Prime4;
        }
        a = Avalanche(a ^ BitOperations.RotateLeft(b, 17));
        b = Avalanche(b ^ a);
        return new UInt128(a, b);
    }

    /// <summary>xxHash64's final mix: every input bit reaches every output bit.</summary>
    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        return h ^ (h >> 32);
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
    }
}
