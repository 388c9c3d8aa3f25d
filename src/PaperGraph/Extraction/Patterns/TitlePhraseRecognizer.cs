using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// A title usually names what the paper is about in a phrase the abstract repeats: "Dynamic
/// population-based meta-learning for ..." and "we propose a dynamic population-based meta-learning
/// approach"; "... via Iterative Reinforced Fine-Tuning" and "we propose an iterative reinforced
/// fine-tuning strategy"; "Data Mixing Agent: ..." and "by proposing Data Mixing Agent". The phrases
/// tried are each part's leading words up to a break word ("for", "via", ...; with and without
/// "with"), the words after "via"/"through"/"using"/"with"/"by", and the words after a final "for".
/// A phrase of two or more words that the abstract repeats becomes an entity: proposed when a repeat is
/// in a proposal sentence (for a phrase after "via"/"using"/"with"/..., only in the proposal verb's object
/// or given a short form there) or the phrase stands before the colon; a task when its head says so
/// ("Name Tagging"). A final "for" phrase with a task head needs no repeat ("... for Numerical Reasoning").
/// </summary>
internal sealed class TitlePhraseRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private const int MinWords = 2;
    private const int MaxWords = 8;

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var title = paper.Title;
        var tokens = title.Tokens;
        if (tokens.Length < MinWords || ContainsQuestion(title)) return;
        var colon = FindColon(title);
        var parts = colon < 0 ? [(0, tokens.Length)] : new[] { (0, colon), (colon + 1, tokens.Length) };
        foreach (var (from, to) in parts)
        {
            var beforeColon = colon >= 0 && to == colon;
            if (TryLeading(paper, from, to, includeWith: true, beforeColon, candidates)) continue;
            TryLeading(paper, from, to, includeWith: false, beforeColon, candidates);
            for (var i = from; i < to - 1; i++)
            {
                // "... using a monocular camera", "... with two gyroscopes": a determiner opens a description, not a name.
                if (IsMethodMarker(title, i) && !title.Has(i + 1, NameCueKind.Determiner) && !title.Has(i + 1, NameCueKind.Quantifier))
                {
                    TryPhrase(paper, i + 1, PhraseEnd(title, i + 1, to, includeWith: false), false, candidates, marked: true);
                }
            }
            TryFinalFor(paper, from, to, candidates);
        }
    }

    private bool TryLeading(AnalyzedPaper paper, int from, int to, bool includeWith, bool beforeColon, CandidateSet candidates)
    {
        var title = paper.Title;
        if (from >= to || StartsWithVerb(title, from) || !title.Tokens[from].IsWord || !title.Tokens[from].Is(TokenShape.Capitalized)
            || title.Has(from, NameCueKind.Determiner)) return false;
        return TryPhrase(paper, from, PhraseEnd(title, from, to, includeWith), beforeColon, candidates);
    }

    // marked: the phrase follows "via/using/with/by/through", which introduces what the paper uses as often
    // as what it proposes ("... with indefinite kernels", "... using stereo vision"), so a repeat proposes it
    // only as the object of the proposal verb ("we propose an iterative reinforced fine-tuning strategy"),
    // or in a proposal sentence that gives it a short form.
    private bool TryPhrase(AnalyzedPaper paper, int first, int end, bool beforeColon, CandidateSet candidates, bool marked = false)
    {
        var title = paper.Title;
        if (end - first < MinWords || end - first > MaxWords) return false;
        var span = PatternHelpers.SpanOf(title, first, end);
        var phrase = title.Text[span.Start..span.End];
        if (PatternHelpers.Known(candidates, span) is not null) return false;
        var repeats = FindRepeats(paper.Abstract, phrase);
        if (repeats.Count == 0) return false;
        var typed = PhraseTyper.TryType(phrase, cues, out var type);
        var proposed = false;
        if (!typed || type is not (EntityType.Task or EntityType.Metric))
        {
            proposed = beforeColon || repeats.Exists(r => InProposal(paper.Abstract, r, marked));
            if (!proposed) return false;
            if (!typed || !type.IsEvaluationTarget()) type = EntityType.Method;
        }
        candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = proposed });
        foreach (var r in repeats) candidates.Add(new Candidate(r, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = proposed });
        return true;
    }

    // "... for Numerical Reasoning": the task a paper addresses, named last in its title.
    private void TryFinalFor(AnalyzedPaper paper, int from, int to, CandidateSet candidates)
    {
        var title = paper.Title;
        for (var i = to - 2; i > from; i--)
        {
            if (!title.TokenEqualsIgnoreCase(i, "for")) continue;
            var first = i + 1;
            var end = PhraseEnd(title, first, to, includeWith: false);
            // "for Better Student Assessment", "for Efficient Video Retrieval": the qualifier is no part of the task.
            while (first < end - 1 && title.Has(first, NameCueKind.GenericModifier)) first++;
            if (end - first < MinWords || end - first > MaxWords || !AllWords(title, first, end)) return;
            var span = PatternHelpers.SpanOf(title, first, end);
            if (candidates.Overlapping(span) is not null) return;
            if (!PhraseTyper.TryType(title.Text.AsSpan(span.Start, span.Length), cues, out var type) || type != EntityType.Task) return;
            candidates.Add(new Candidate(span, EntityType.Task, MentionOrigin.Pattern, CandidateEvidence.Context));
            return;
        }
    }

    private int PhraseEnd(AnalyzedField title, int from, int to, bool includeWith)
    {
        var end = from;
        while (end < to && title.Tokens[end].IsWord)
        {
            if (end > from && title.Has(end, NameCueKind.TitleBreak)
                && !(includeWith && title.TokenEqualsIgnoreCase(end, "with"))) break;
            if (end > from && title.TokenEqualsIgnoreCase(end, "for")) break;
            end++;
        }
        return end;
    }

    private bool IsMethodMarker(AnalyzedField title, int i) =>
        title.TokenEqualsIgnoreCase(i, "via") || title.TokenEqualsIgnoreCase(i, "through") || title.TokenEqualsIgnoreCase(i, "using")
        || title.TokenEqualsIgnoreCase(i, "with") || title.TokenEqualsIgnoreCase(i, "by");

    private static List<TextSpan> FindRepeats(AnalyzedField field, string phrase)
    {
        var found = new List<TextSpan>();
        var text = field.Text;
        var at = IgnoreCaseSearch.IndexOf(text, phrase, 0, field.Length);
        while (at >= 0)
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) found.Add(field.SpanOf(at, end));
            at = IgnoreCaseSearch.IndexOf(text, phrase, end, Math.Max(0, field.Length - end));
        }
        return found;
    }

    private static bool InProposal(AnalyzedField field, TextSpan span, bool objectOnly)
    {
        var token = field.TokenAtOrAfter(span.Start);
        var s = field.SentenceOfToken(token);
        if (s < 0) return false;
        if (token > 0 && (field.TokenEqualsIgnoreCase(token - 1, "our") || field.TokenEqualsIgnoreCase(token - 1, "proposed"))) return true;
        if (!objectOnly) return field.ProposalSentences[s];
        // "We propose using the kernel dimension reduction (KDR) ...": a short form defined for it makes it a name.
        return ProposalCues.IsInProposalObject(field, field.Sentences[s], token) || field.ProposalSentences[s] && DefinesShortForm(field, span);
    }

    private static bool DefinesShortForm(AnalyzedField field, TextSpan span)
    {
        var next = field.TokenAtOrAfter(span.End);
        return PatternHelpers.IsPunctuation(field, next, '(') && next + 2 < field.Tokens.Length && field.Tokens[next + 1].IsWord
            && PatternHelpers.IsPunctuation(field, next + 2, ')');
    }

    // "Leveraging Training Data ...", "Rethinking ...": a title opening with a verb has no name there.
    private static bool StartsWithVerb(AnalyzedField title, int from)
    {
        var t = title.Tokens[from];
        var chars = title.Chars(t);
        return !t.Is(TokenShape.Hyphenated) && chars.EndsWith("ing", StringComparison.Ordinal) && from + 1 < title.Tokens.Length;
    }

    private static int FindColon(AnalyzedField title)
    {
        for (var i = 1; i < title.Tokens.Length; i++) if (PatternHelpers.IsPunctuation(title, i, ':')) return i;
        return -1;
    }

    private static bool ContainsQuestion(AnalyzedField title) => title.Text.Contains('?');

    private static bool AllWords(AnalyzedField field, int from, int to)
    {
        for (var i = from; i < to; i++) if (!field.Tokens[i].IsWord) return false;
        return true;
    }
}
