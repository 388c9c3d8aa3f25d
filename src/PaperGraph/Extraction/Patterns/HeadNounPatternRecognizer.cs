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
        if (first == h && type.IsEvaluationTarget() && IsLowerVersionedName(field, h - 1))
        {
            // "the kinetics-400 dataset", "cifar10 dataset": a dataset name written in lower case.
            candidates.Add(new Candidate(PatternHelpers.SpanOf(field, h - 1, h), type, MentionOrigin.Pattern, CandidateEvidence.Context));
            return;
        }
        if (first == h && type.IsEvaluationTarget() && Described(field, sentence, h - 1))
        {
            // "the NYU-V2 indoor dataset": one descriptive word between a name and a dataset head.
            var nameStart = NameReader.ReadBackward(field, h - 1, sentence, cues, capitalsCount: false);
            if (nameStart < h - 1 && AllShaped(field, nameStart, h - 1)) candidates.Add(new Candidate(PatternHelpers.SpanOf(field, nameStart, h - 1), type, MentionOrigin.Pattern, CandidateEvidence.Context));
            return;
        }
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

    // Letters then digits, perhaps hyphenated: "kinetics-400", "cifar10"; not "3d" or "top-5".
    private static bool IsLowerVersionedName(AnalyzedField field, int i)
    {
        if (i < 0) return false;
        var t = field.Tokens[i];
        if (!t.IsWord || !t.Is(TokenShape.AllLower) || !t.Is(TokenShape.HasDigit)) return false;
        var chars = field.Chars(t);
        var letters = 0;
        while (letters < chars.Length && char.IsLetter(chars[letters])) letters++;
        if (letters < 3) return false;
        var rest = chars[letters..];
        if (rest.Length > 0 && rest[0] == '-') rest = rest[1..];
        return rest.Length > 0 && !rest.ContainsAnyExceptInRange('0', '9');
    }

    private static bool Described(AnalyzedField field, Sentence sentence, int i) =>
        i > sentence.FirstToken && field.Tokens[i].IsWord && field.Tokens[i].Is(TokenShape.AllLower) && !field.Has(i, NameCueKind.Blocker)
        && !field.Has(i, NameCueKind.Determiner) && !field.Has(i, NameCueKind.Quantifier) && !field.Has(i, NameCueKind.Number)
        && !field.TokenEquals(i, "and") && !field.TokenEquals(i, "or") && !field.TryHead(i, out _);

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
