namespace PaperGraph.Ingest;

/// <summary>
/// The CRC-32 of gzip (ISO 3309, reflected polynomial 0xEDB88320), slicing by 8. The framework does not
/// expose one, and gzip's trailer check is the only way to tell a complete member from a truncated one.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        var table = Table;
        while (data.Length >= 8)
        {
            var low = crc ^ (uint)(data[0] | data[1] << 8 | data[2] << 16 | data[3] << 24);
            crc = table[7 * 256 + (low & 0xFF)] ^ table[6 * 256 + ((low >> 8) & 0xFF)]
                ^ table[5 * 256 + ((low >> 16) & 0xFF)] ^ table[4 * 256 + (low >> 24)]
                ^ table[3 * 256 + data[4]] ^ table[2 * 256 + data[5]]
                ^ table[1 * 256 + data[6]] ^ table[data[7]];
            data = data[8..];
        }
        foreach (var b in data) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        for (var i = 0; i < 256; i++)
        {
            for (var slice = 1; slice < 8; slice++)
            {
                var previous = table[(slice - 1) * 256 + i];
                table[slice * 256 + i] = (previous >> 8) ^ table[previous & 0xFF];
            }
        }
        return table;
    }
}
