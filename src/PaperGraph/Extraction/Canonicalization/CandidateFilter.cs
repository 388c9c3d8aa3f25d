using PaperGraph.Extraction.Acronyms;
using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// Drops candidates that name nothing: generic terms ("large language models", "framework"), non-names
/// ("GPU", "NLP"), and too-short spans. Lexicon and definition candidates were checked when made, except
/// that a short form the paper defined as a non-entity ("anterior cingulate cortex (ACC)") is dropped
/// whoever proposed it.
/// </summary>
internal sealed class CandidateFilter(LexiconIndex? lexicon, ExtractionCues cues)
{
    public void Apply(AnalyzedPaper paper, CandidateSet candidates)
    {
        candidates.RemoveAll(c => c.Evidence < CandidateEvidence.Lexicon && IsNoise(paper.Chars(c.Span)));
        foreach (var shortForm in candidates.Blocked)
        {
            candidates.RemoveAll(c => c.Evidence < CandidateEvidence.Definition && DefinitionMentions.IsUse(paper.Chars(c.Span), shortForm));
        }
    }

    private bool IsNoise(ReadOnlySpan<char> surface)
    {
        if (surface.Length < 2 || !HasLetter(surface)) return true;
        if (cues.IsNonName(surface) || cues.IsIgnoreCase(NameCueKind.Determiner, surface)) return true;
        return lexicon?.IsGeneric(surface) ?? false;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }
}
