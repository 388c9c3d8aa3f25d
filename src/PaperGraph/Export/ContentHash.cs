using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The cache key of a paper's extraction: SHA-256 (first 128 bits, hex) of its title and abstract
/// exactly as the readers hand them to the extractor (already normalised by the readers: NFC,
/// collapsed white space). Spans point into this text, so it is hashed as is, not folded further.
/// Hashed as UTF-8 with little-endian lengths, so machines of any kind agree on it.
/// </summary>
public static class ContentHash
{
    public static string Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var utf8 = Encoding.UTF8;
        var size = 8 + utf8.GetMaxByteCount(paper.Title.Length) + utf8.GetMaxByteCount(paper.Abstract.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            // Lengths first, so that no title/abstract split of the same characters collides.
            BinaryPrimitives.WriteInt32LittleEndian(buffer, paper.Title.Length);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(4), paper.Abstract.Length);
            var length = 8 + utf8.GetBytes(paper.Title, buffer.AsSpan(8));
            length += utf8.GetBytes(paper.Abstract, buffer.AsSpan(length));
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
