namespace PaperGraph.Extraction.Results;

/// <summary>
/// A result found in a sentence and the metric mention it was bound to. The metric is one of
/// the sentence's mentions, or one the recogniser made from its own small vocabulary
/// ("faster" -> speedup); the extractor adds the latter as a Metric entity.
/// </summary>
internal sealed record RecognizedResult(Result Result, NamedSpan Metric);
