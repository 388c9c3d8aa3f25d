using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// In a sentence about evaluation ("experiments", "outperforms", "achieves", ...), names after "on"
/// or "across" are what was evaluated on: "achieves 59.5 AP on COCO and LVIS", "when transferred to
/// KITTI". Their type is a default dataset, so a lexicon type or a benchmark cue wins. "based on X",
/// "focus on X" and the like are skipped.
/// </summary>
internal sealed class EvaluationTargetPatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var field = paper.Abstract;
        var items = new List<ListItem>();
        foreach (var sentence in field.Sentences)
        {
            if (!AboutEvaluation(field, sentence)) continue;
            for (var i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
            {
                if (!IsTargetPreposition(field, i)) continue;
                if (i > sentence.FirstToken && field.Has(i - 1, NameCueKind.NotEvaluation)) continue;
                items.Clear();
                ListItemReader.Read(field, sentence, i + 1, candidates, cues, lowerPhrases: false, items);
                foreach (var item in items)
                {
                    if (item.KnownType is not null) continue;
                    // "On OPT-125M": a parameter count says model, not data.
                    var model = NameShape.HasModelSize(field.Text.AsSpan(item.Span.Start, item.Span.Length));
                    candidates.Add(new Candidate(item.Span, model ? EntityType.Method : EntityType.Dataset, MentionOrigin.Pattern, CandidateEvidence.Context)
                    {
                        DefaultType = !model,
                    });
                }
            }
        }
    }

    private static bool IsTargetPreposition(AnalyzedField field, int i) =>
        field.TokenEqualsIgnoreCase(i, "on") || field.TokenEqualsIgnoreCase(i, "across")
        || (field.TokenEquals(i, "to") && i > 0 && field.TokenEquals(i - 1, "transferred"));

    private bool AboutEvaluation(AnalyzedField field, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (field.Tokens[i].Is(TokenShape.AllLower) && field.Has(i, NameCueKind.EvaluationVerb)) return true;
        }
        return false;
    }
}
