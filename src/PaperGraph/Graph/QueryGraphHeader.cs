namespace PaperGraph.Graph;

/// <summary>
/// The head of graph.query.bin: what it is ("PGQG", format version, the graph.json schema it mirrors),
/// the fingerprint of the graph.json it was made with, and the fingerprint of its own payload. A reader
/// uses the file only when all of these match; otherwise it reads graph.json.
/// </summary>
internal sealed record QueryGraphHeader(int Version, string Schema, FileFingerprint Graph, FileFingerprint Payload)
{
    /// <summary>Bumped whenever a reader of the old layout would misread the new.</summary>
    public const int CurrentVersion = 1;

    private static ReadOnlySpan<byte> Magic => "PGQG"u8;

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write7BitEncodedInt(Version);
        w.Write(Schema);
        Write(w, Graph);
        Write(w, Payload);
    }

    /// <summary>The header, or null when the bytes are not a graph.query.bin at all.</summary>
    public static QueryGraphHeader? Read(ref ByteReader r)
    {
        if (!r.Take(Magic.Length).SequenceEqual(Magic)) return null;
        var version = r.Int();
        // A later version may lay out even the header differently: stop at the version.
        if (version != CurrentVersion) return new QueryGraphHeader(version, "", default, default);
        return new QueryGraphHeader(version, r.String(), ReadFingerprint(ref r), ReadFingerprint(ref r));
    }

    private static void Write(BinaryWriter w, FileFingerprint f)
    {
        w.Write(f.Length);
        w.Write(f.A);
        w.Write(f.B);
        w.Write(f.C);
        w.Write(f.D);
    }

    private static FileFingerprint ReadFingerprint(ref ByteReader r) => new(r.Long(), r.ULong(), r.ULong(), r.ULong(), r.ULong());
}
