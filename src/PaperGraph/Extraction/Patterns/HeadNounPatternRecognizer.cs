using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// "the CIFAR-10 dataset", "the MTIL benchmark", "the NPS Chat Corpus", "the BLEU score", "the GPT-2
/// model": a name right before a head noun takes the head's type. A capitalised head is part of the
/// name ("Corpus"); a lower-case one is not. Method and metric heads only confirm name-shaped names,
/// since "Adversarial training" would otherwise give "Adversarial". A plural head after a quantifier
/// describes rather than names ("three standard MWP datasets"), and so does a hyphenated adjective
/// before the head ("LiDAR-scanned datasets", "CNN-based models").
/// </summary>
internal sealed class HeadNounPatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        foreach (var field in paper.Fields)
        {
            var capitals = field.Field == TextField.Abstract;
            foreach (var sentence in field.Sentences)
            {
                for (var h = sentence.FirstToken + 1; h < sentence.EndToken; h++)
                {
                    var head = field.Tokens[h];
                    if (!field.Has(h, NameCueKind.NameHead) || !field.TryHead(h, out var type)) continue;
                    TryName(field, sentence, h, type, capitals, candidates);
                }
            }
        }
    }

    private void TryName(AnalyzedField field, Sentence sentence, int h, EntityType type, bool capitals, CandidateSet candidates)
    {
        var head = field.Tokens[h];
        var target = type.IsEvaluationTarget() || type == EntityType.Task;
        // "LiDAR-scanned datasets", "CNN-based models": the word before the head describes it.
        if (EndsAsAdjective(field, h - 1)) return;
        var first = NameReader.ReadBackward(field, h, sentence, cues, capitals && target);
        if (first == h) return;
        var headInName = capitals && head.Is(TokenShape.Capitalized) && h > sentence.FirstToken + 1;
        var end = headInName ? h + 1 : h;
        if (!target && !AllShaped(field, first, h)) return;
        var plural = field.Text[head.End - 1] == 's';
        if (plural && h - first == 1 && first - 1 >= sentence.FirstToken && field.Has(first - 1, NameCueKind.Quantifier)) return;
        var span = headInName ? PatternHelpers.SpanOf(field, first, end) : PatternHelpers.NameSpanOf(field, first, end, cues);
        if (cues.IsNonName(field.Text.AsSpan(span.Start, span.Length))) return;
        candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context));
    }

    private bool EndsAsAdjective(AnalyzedField field, int i)
    {
        var t = field.Tokens[i];
        if (!t.IsWord || !t.Is(TokenShape.Hyphenated)) return false;
        var chars = field.Chars(t);
        if (NameShape.WithoutModifier(chars, cues) < chars.Length) return true;
        var part = chars[(chars.LastIndexOfAny('-', '\u2010', '\u2011') + 1)..];
        if (part.Length < 4 || part.ContainsAnyExceptInRange('a', 'z')) return false;
        return part.EndsWith("ed", StringComparison.Ordinal) || part.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool AllShaped(AnalyzedField field, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var t = field.Tokens[i];
            if (!NameShape.IsNameShaped(field.Text, t) && t.Kind != TokenKind.Number) return false;
        }
        return true;
    }
}
