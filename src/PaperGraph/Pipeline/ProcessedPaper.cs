namespace PaperGraph.Pipeline;

/// <summary>A paper's extraction with its content hash, and whether it was reused rather than extracted.</summary>
internal readonly record struct ProcessedPaper(PaperExtraction Extraction, string Content, bool Reused);
