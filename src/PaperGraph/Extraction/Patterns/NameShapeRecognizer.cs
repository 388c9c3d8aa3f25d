using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Names known only by their shape ("ScaLearn", "GPT-4o", "DINO-Deformable-DETR", "Qwen2.5-VL-7B",
/// "FastSpeech 2"), where no other recogniser saw them. A shape alone is weak evidence, so one is kept
/// only when it is in the title, is written at least twice, follows a comparison or use cue
/// ("outperforms X", "using X"), is coordinated with another candidate ("FCOS and ATSS"), or ends in
/// a parameter count ("OPT-125M").
/// Its type is a default method, or a dataset or benchmark when it is listed with one ("ImageNet, CUB and iWildCam").
/// </summary>
internal sealed class NameShapeRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var found = new List<(TextSpan Span, int First, int End)>();
        foreach (var field in paper.Fields)
        {
            foreach (var sentence in field.Sentences)
            {
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var t = field.Tokens[i];
                    if (!NameShape.IsNameShaped(field.Text, t) || candidates.Overlapping(field.SpanOf(t.Start, t.End)) is not null) continue;
                    var end = NameReader.ReadForward(field, i, sentence, cues, capitalsCount: false);
                    var span = PatternHelpers.NameSpanOf(field, i, end, cues);
                    if (candidates.Overlapping(span) is null && (span.Length != t.Length || !field.IsNonName(i)) && !cues.IsNonName(field.Text.AsSpan(span.Start, span.Length))) found.Add((span, i, end));
                    i = end - 1;
                }
            }
        }
        foreach (var (span, first, end) in found)
        {
            var field = paper[span.Field];
            var sibling = Coordinated(field, first, end, candidates);
            if (span.Field == TextField.Title || Repeated(paper, found, span) || HasCue(field, first) || sibling is not null
                || NameShape.HasModelSize(paper.Chars(span)))
            {
                // "ImageNet, CUB and iWildCam": a name listed with a dataset is a dataset.
                var typed = sibling is { DefaultType: false } && sibling.Type.IsEvaluationTarget();
                candidates.Add(new Candidate(span, typed ? sibling!.Type : EntityType.Method, MentionOrigin.NameShape, CandidateEvidence.Shape) { DefaultType = !typed });
            }
        }
    }

    private static bool Repeated(AnalyzedPaper paper, List<(TextSpan Span, int First, int End)> found, TextSpan span)
    {
        var text = paper.Chars(span);
        foreach (var (other, _, _) in found)
        {
            if (other != span && paper.Chars(other).SequenceEqual(text)) return true;
        }
        return false;
    }

    private bool HasCue(AnalyzedField field, int first) => first > 0 && field.Has(first - 1, NameCueKind.ShapeContext);

    // "X and Y", "X, Y": a neighbour across a comma or conjunction that is already a candidate; null when none.
    private static Candidate? Coordinated(AnalyzedField field, int first, int end, CandidateSet candidates)
    {
        var tokens = field.Tokens;
        if (first >= 2 && IsJoiner(field, first - 1) && candidates.Overlapping(field.SpanOf(tokens[first - 2].Start, tokens[first - 2].End)) is { } before) return before;
        return end + 1 < tokens.Length && IsJoiner(field, end) ? candidates.Overlapping(field.SpanOf(tokens[end + 1].Start, tokens[end + 1].End)) : null;
    }

    private static bool IsJoiner(AnalyzedField field, int i) =>
        PatternHelpers.IsPunctuation(field, i, ',') || field.TokenEquals(i, "and") || field.TokenEquals(i, "or") || PatternHelpers.IsPunctuation(field, i, '/');
}
