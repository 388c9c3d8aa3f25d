namespace PaperGraph.Ingest;

/// <summary>How inputs are read.</summary>
public sealed record IngestOptions
{
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>Auto detects each input's format from its first bytes; anything else skips detection.</summary>
    public PaperFormat Format { get; init; } = PaperFormat.Auto;

    /// <summary>
    /// The largest record (a line, a JSON record, a CSV row, a page entry) read into memory. A longer one is
    /// reported and skipped without being held, so one huge line cannot exhaust memory.
    /// </summary>
    public int MaxRecordBytes
    {
        get;
        init => field = value >= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), value, "at least 1024 bytes");
    } = DefaultMaxRecordBytes;
}
