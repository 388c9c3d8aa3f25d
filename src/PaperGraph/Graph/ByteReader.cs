using System.Buffers.Binary;

namespace PaperGraph.Graph;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote (7-bit encoded integers, little-endian doubles) from a
/// span, without a stream in between. Reading past the end throws <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct ByteReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;

    public readonly bool AtEnd => position == bytes.Length;

    public byte Byte()
    {
        if (position >= bytes.Length) throw Truncated();
        return bytes[position++];
    }

    public bool Bool() => Byte() != 0;

    /// <summary>An integer as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it (a negative one takes five bytes).</summary>
    public int Int()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
        throw new InvalidDataException("an integer is longer than five bytes");
    }

    /// <summary>The number of elements that follow, each of at least one byte: never more than the bytes left.</summary>
    public int Count()
    {
        var value = Int();
        return value >= 0 && value <= bytes.Length - position ? value : throw new InvalidDataException($"a count ({value}) does not fit the data");
    }

    /// <summary>A position in a table: an integer that cannot be negative.</summary>
    public int Index()
    {
        var value = Int();
        return value >= 0 ? value : throw new InvalidDataException($"an index is negative ({value})");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, then its UTF-8.</summary>
    public string String() => System.Text.Encoding.UTF8.GetString(Take(Count()));

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ULong() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > bytes.Length - position) throw Truncated();
        var taken = bytes.Slice(position, count);
        position += count;
        return taken;
    }

    /// <summary>Everything not read yet.</summary>
    public readonly ReadOnlySpan<byte> Rest => bytes[position..];

    private static InvalidDataException Truncated() => new("the data ends early");
}
