using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Proposals written in the passive: "the Spatial Temporal Re-embedding (STR) module is devised to
/// ...", "a Cross-Scale Fusion block is further introduced". The subject (a name, optionally followed
/// by its short form in brackets and a lower-case head such as "module") is proposed when "is"/"are"
/// and a proposal participle follow it. "X was proposed by ..." and "X is introduced in [12]" speak of
/// earlier work, so the past tense and a following "by"/"in" do not count; lexicon names are the
/// field's, not this paper's.
/// </summary>
internal sealed class PassiveProposalRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private static readonly string[] Participles = ["devised", "designed", "introduced", "proposed", "developed", "presented", "constructed", "built", "created"];
    private static readonly string[] Adverbs = ["also", "then", "further", "first", "additionally", "specifically", "carefully", "newly", "thus"];

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var field = paper.Abstract;
        foreach (var sentence in field.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
            {
                if (!field.TokenEquals(i, "is") && !field.TokenEquals(i, "are")) continue;
                var p = i + 1;
                if (IsAdverb(field, p)) p++;
                if (p >= sentence.EndToken || !IsParticiple(field, p)) continue;
                if (field.TokenEquals(p + 1, "by") || field.TokenEquals(p + 1, "in")) continue;
                SubjectBefore(field, sentence, i, candidates);
            }
        }
    }

    private void SubjectBefore(AnalyzedField field, Sentence sentence, int verb, CandidateSet candidates)
    {
        var end = verb;
        var headType = EntityType.Method;
        var typed = false;
        if (end - 1 > sentence.FirstToken && field.Tokens[end - 1].Is(TokenShape.AllLower)
            && (field.Has(end - 1, NameCueKind.DescriptionHead) || field.Has(end - 1, NameCueKind.NameHead)))
        {
            typed = field.TryHead(end - 1, out headType) && headType.IsEvaluationTarget();
            if (!typed) headType = EntityType.Method;
            end--;
        }
        // "Spatial Temporal Re-embedding (STR) module": the short form after the name belongs to it.
        if (PatternHelpers.IsPunctuation(field, end - 1, ')') && PatternHelpers.IsPunctuation(field, end - 3, '(')) end -= 3;
        if (end <= sentence.FirstToken) return;
        var last = field.SpanOf(field.Tokens[end - 1].Start, field.Tokens[end - 1].End);
        var known = EndingAt(candidates, last);
        if (known is not null)
        {
            if (known.Evidence == CandidateEvidence.Lexicon) return;
            candidates.Add(known with { Evidence = CandidateEvidence.Context, Origin = MentionOrigin.Pattern, Proposed = true, LongForm = false });
            return;
        }
        var first = NameReader.ReadBackward(field, end, sentence, cues, capitalsCount: true);
        if (first == end || !NameShape.IsNameShaped(field.Text, field.Tokens[end - 1]) && end - first < 2) return;
        var span = PatternHelpers.SpanOf(field, first, end);
        if (cues.IsNonName(field.Text.AsSpan(span.Start, span.Length))) return;
        candidates.Add(new Candidate(span, headType, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = !typed });
    }

    // The longest non-shape candidate that ends where the subject ends.
    private static Candidate? EndingAt(CandidateSet candidates, TextSpan last)
    {
        Candidate? best = null;
        foreach (var c in candidates.Items)
        {
            if (c.Span.Field != last.Field || c.Span.End != last.End || c.Evidence == CandidateEvidence.Shape) continue;
            if (best is null || c.Span.Length > best.Span.Length) best = c;
        }
        return best;
    }

    private static bool IsParticiple(AnalyzedField field, int i)
    {
        foreach (var p in Participles) if (field.TokenEquals(i, p)) return true;
        return false;
    }

    private static bool IsAdverb(AnalyzedField field, int i)
    {
        foreach (var a in Adverbs) if (field.TokenEquals(i, a)) return true;
        return false;
    }
}
