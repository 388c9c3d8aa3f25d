using PaperGraph.Extraction.Acronyms;
using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// Drops candidates that name nothing: generic terms ("large language models", "framework"), non-names
/// ("GPU", "NLP"), too-short spans, and tasks that are one plain word ("planning", "tracking",
/// "prediction" before "tasks"): such a word names a kind of task, not a task, unless it is one of the
/// few that name a task on their own (TaskWord in name-cues.tsv: "parsing", "tagging") or the lexicon
/// lists it as a task ("summarization", "watermarking"; lexicon candidates are not filtered). Lexicon
/// and definition candidates were checked when made, except that a short form the paper defined as a
/// non-entity ("anterior cingulate cortex (ACC)") is dropped whoever proposed it.
/// </summary>
internal sealed class CandidateFilter(LexiconIndex? lexicon, ExtractionCues cues)
{
    public void Apply(AnalyzedPaper paper, CandidateSet candidates)
    {
        candidates.RemoveAll(c => c.Evidence < CandidateEvidence.Lexicon
            && (IsNoise(paper.Chars(c.Span)) || c.Type == EntityType.Task && IsBareTaskWord(paper.Chars(c.Span))));
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

    // One word of letters only, lower case or capitalised: "planning", "Prediction"; not "geo-localization",
    // "VQA" or "CountDown". A capitalised word counts only when it is a task head ("Planning"), since
    // mid-sentence capitals mark names ("Sudoku").
    private bool IsBareTaskWord(ReadOnlySpan<char> surface)
    {
        if (surface.Length > 32) return false;
        for (var i = 0; i < surface.Length; i++)
        {
            if (!char.IsLetter(surface[i]) || (i > 0 && !char.IsLower(surface[i]))) return false;
        }
        if (cues.IsIgnoreCase(NameCueKind.TaskWord, surface)) return false;
        return char.IsLower(surface[0]) || (PhraseTyper.TryHead(surface, cues, out var type) && type == EntityType.Task);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }
}
