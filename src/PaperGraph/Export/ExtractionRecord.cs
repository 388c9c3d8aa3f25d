namespace PaperGraph.Export;

/// <summary>
/// One paper's extraction with everything needed to rebuild the graph from it without extracting
/// again: the paper (text and metadata), entities with keys, aliases with merge reasons, mentions,
/// and results with their quantities. <see cref="Content"/> is the hash of the text the extractor saw
/// (<see cref="ContentHash"/>); <see cref="Sequence"/> is the paper's position among the papers of
/// the run's inputs, so that files written by shards can be put back into one input order.
/// </summary>
public sealed record ExtractionRecord(PaperExtraction Extraction, string Content, long Sequence);
