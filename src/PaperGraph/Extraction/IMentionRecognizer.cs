namespace PaperGraph.Extraction;

/// <summary>
/// One way of finding mentions. Recognisers run in the order the builder sets, all over the same
/// analysed paper; later ones may read what earlier ones proposed (a list pattern takes its type
/// from a sibling the lexicon knows).
/// </summary>
internal interface IMentionRecognizer
{
    void Recognize(AnalyzedPaper paper, CandidateSet candidates);
}
