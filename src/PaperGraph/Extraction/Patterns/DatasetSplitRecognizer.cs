using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// "COCO val", "COCO test-dev", "LibriSpeech test-clean": a split word right after a dataset or
/// benchmark makes a split mention that joins its dataset (same key, alias reason DatasetSplit).
/// Runs after the recognisers that find datasets.
/// </summary>
internal sealed class DatasetSplitRecognizer : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var count = candidates.Items.Count;
        for (var c = 0; c < count; c++)
        {
            var target = candidates.Items[c];
            if (!target.Type.IsEvaluationTarget() || target.SplitOf is not null) continue;
            var field = paper[target.Span.Field];
            var next = field.TokenAtOrAfter(target.Span.End);
            if (next >= field.Tokens.Length) continue;
            var t = field.Tokens[next];
            if (t.Start - target.Span.End != 1 || !t.IsWord || !field.Has(next, NameCueKind.Split)) continue;
            var span = field.SpanOf(target.Span.Start, t.End);
            if (candidates.HasExact(span, target.Origin)) continue;
            candidates.Add(target with
            {
                Span = span,
                SplitOf = target.Span,
                KeyName = target.KeyName ?? field.Text[target.Span.Start..target.Span.End],
            });
        }
    }
}
