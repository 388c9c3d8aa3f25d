namespace PaperGraph.Export;

/// <summary>
/// The first line of an extraction record file: the format, the extractor that produced every record
/// (records are only reused by an extractor of the same version) and, for a shard's file, which shard.
/// </summary>
public sealed record ExtractionRecordHeader(string ExtractorVersion)
{
    public const string CurrentSchema = "papergraph/extractions@1";

    public string Schema { get; init; } = CurrentSchema;

    /// <summary>"2/8" for the file of shard 2 of 8; null for a whole run.</summary>
    public string? Shard { get; init; }
}
