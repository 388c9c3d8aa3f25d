namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Settles the acronym definitions whose long form did not look like a name ("we propose using the
/// kernel dimension reduction (KDR)"). Runs after every other recogniser: when one of them found the
/// long form as an entity (here a title phrase the abstract proposes), the definition is adopted with
/// that candidate's type, so the short form joins the long form instead of standing apart as a shape.
/// Otherwise the definition names nothing; if the lexicon reads the short form otherwise, that reading
/// is blocked too ("anterior cingulate cortex (ACC)" is not accuracy).
/// </summary>
internal sealed class DeferredDefinitionRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        foreach (var d in candidates.Deferred)
        {
            var found = FoundElsewhere(paper, d, candidates);
            if (found is not null)
            {
                var verdict = DefinitionVerdict.Entity(found.Type, d.LongText, d.Verdict.OverridesLexicon, found.DefaultType);
                DefinitionMentions.Add(paper, d with { Verdict = verdict }, candidates, cues);
            }
            else if (d.Verdict.OverridesLexicon) candidates.Block(d.ShortText);
        }
    }

    // A candidate of another recogniser with exactly the long form's words, in any field and case.
    private static Candidate? FoundElsewhere(AnalyzedPaper paper, AcronymDefinition d, CandidateSet candidates)
    {
        foreach (var c in candidates.Items)
        {
            if (c.Evidence is CandidateEvidence.Shape or CandidateEvidence.Definition || c.Span.Length != d.Long.Length) continue;
            if (paper.Chars(c.Span).Equals(d.LongText, StringComparison.OrdinalIgnoreCase)) return c;
        }
        return null;
    }
}
