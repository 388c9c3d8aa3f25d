using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace PaperGraph.Pipeline;

/// <summary>
/// Hashes the fields of one node, edge or community for the build manifest: each field is appended to a
/// reusable buffer, length-prefixed so that no two different field lists give the same bytes, and the
/// buffer is hashed once with SHA-256 (first 128 bits kept). One instance per thread.
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
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer.AsSpan(0, length), digest);
        length = 0;
        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
    }
}
