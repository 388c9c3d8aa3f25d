namespace PaperGraph.Extraction.Results;

/// <summary>
/// One sentence as the result recogniser sees it. FieldText is the whole title or abstract;
/// Sentence the span of the sentence in it; Mentions the entity mentions inside the sentence
/// with canonical names; ProposedMethod the canonical name of the paper's own method, to which
/// results stated with "we", "our method" or no subject at all are credited.
/// </summary>
internal sealed record SentenceContext(
    string FieldText,
    TextSpan Sentence,
    IReadOnlyList<NamedSpan> Mentions,
    string? ProposedMethod);
