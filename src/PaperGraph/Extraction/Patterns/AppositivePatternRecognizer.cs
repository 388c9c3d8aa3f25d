using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// "X, a novel benchmark for ...", "FastSpeech, a non-autoregressive model": a name followed by an
/// indefinite description takes its type from the description's head noun, and is introduced by the
/// paper when the description says "novel"/"new" or the sentence is a proposal.
/// </summary>
internal sealed class AppositivePatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private const int Reach = 7;

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        foreach (var field in paper.Fields)
        {
            var capitals = field.Field == TextField.Abstract;
            foreach (var sentence in field.Sentences)
            {
                var proposing = ProposalCues.IsProposalSentence(field, sentence);
                for (var i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
                {
                    if (!PatternHelpers.IsPunctuation(field, i, ',')) continue;
                    if (!field.TokenEqualsIgnoreCase(i + 1, "a") && !field.TokenEqualsIgnoreCase(i + 1, "an")) continue;
                    var first = NameReader.ReadBackward(field, i, sentence, cues, capitals);
                    if (first == i) continue;
                    Describe(field, sentence, first, i, proposing, candidates);
                }
            }
        }
    }

    private void Describe(AnalyzedField field, Sentence sentence, int first, int comma, bool proposing, CandidateSet candidates)
    {
        if (!PatternHelpers.TryTypeOfDescription(field, sentence, comma + 2, Reach, cues, out var type)) return;
        var span = PatternHelpers.NameSpanOf(field, first, comma, cues);
        var isNew = false;
        for (var k = comma + 2; k < Math.Min(sentence.EndToken, comma + 2 + Reach); k++)
        {
            if (field.TokenEqualsIgnoreCase(k, "novel") || field.TokenEqualsIgnoreCase(k, "new")) isNew = true;
        }
        var known = PatternHelpers.Known(candidates, span);
        if (known is not null)
        {
            if (known.Evidence == CandidateEvidence.Definition && known.Span == span && (isNew || proposing))
            {
                candidates.Add(known with { Evidence = CandidateEvidence.Context, Origin = MentionOrigin.Pattern, Proposed = true, DefaultType = true });
            }
            return;
        }
        var proposed = isNew || (proposing && field.Field == TextField.Abstract);
        if (proposed && type is EntityType.Task or EntityType.Metric) type = EntityType.Method;
        candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = proposed });
    }
}
