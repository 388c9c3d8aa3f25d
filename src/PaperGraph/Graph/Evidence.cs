namespace PaperGraph.Graph;

/// <summary>
/// The text that supports a node, edge or result: the paper, the exact span, and the sentence
/// around it (as a span of the same field, so the sentence text is read from the paper).
/// </summary>
public sealed record Evidence(PaperId Paper, TextSpan Span, TextSpan Sentence);
