using PaperGraph.Export;

namespace PaperGraph.Pipeline;

/// <summary>
/// A paper on its way to the graph: read from an input (to extract, or to find in the cache), or a record
/// of a previous run (to parse on a worker, and to extract again when another extractor wrote it).
/// </summary>
internal sealed record PendingPaper(long Sequence)
{
    public Paper? Paper { get; init; }

    public RawExtractionRecord? Record { get; init; }

    /// <summary>The record was written by another extractor version: its paper is extracted again.</summary>
    public bool Reextract { get; init; }
}
