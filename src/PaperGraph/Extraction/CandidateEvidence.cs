namespace PaperGraph.Extraction;

/// <summary>
/// How strongly a candidate is supported; breaks ties between candidates of equal length. A paper's
/// own acronym definition outranks the lexicon: "Importance Sampling (IS)" means IS is not the metric here.
/// </summary>
internal enum CandidateEvidence : byte
{
    /// <summary>Only the look of a name ("ScaLearn", "GPT-4o"): kept when repeated or confirmed elsewhere.</summary>
    Shape,
    /// <summary>A context cue says what it is: "the X benchmark", "we propose X", "such as X".</summary>
    Context,
    /// <summary>A lexicon form.</summary>
    Lexicon,
    /// <summary>An acronym definition ("Inception Score (IS)") or a later use of its short form.</summary>
    Definition,
}
