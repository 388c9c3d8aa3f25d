namespace PaperGraph.Graph;

/// <summary>
/// What identifies a file's content: its length and a 256-bit hash (<see cref="FingerprintStream"/>).
/// graph.query.bin records the fingerprint of the graph.json it was made with, so that a companion
/// left beside a different graph.json is recognised as stale.
/// </summary>
internal readonly record struct FileFingerprint(long Length, ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>Reads the file through once; the caller handles I/O errors.</summary>
    public static FileFingerprint Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sink = new FingerprintStream();
        file.CopyTo(sink, 1 << 20);
        return sink.Fingerprint;
    }

    public static FileFingerprint Of(ReadOnlySpan<byte> bytes)
    {
        using var sink = new FingerprintStream();
        sink.Write(bytes);
        return sink.Fingerprint;
    }
}
