using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>Small token tests shared by the pattern recognisers.</summary>
internal static class PatternHelpers
{
    public static bool IsPunctuation(AnalyzedField field, int index, char c) =>
        index >= 0 && index < field.Tokens.Length && field.Tokens[index].Kind == TokenKind.Punctuation && field.Text[field.Tokens[index].Start] == c;

    /// <summary>The lexicon or definition candidate whose span contains this one, if any.</summary>
    public static Candidate? Known(CandidateSet candidates, TextSpan span)
    {
        var c = candidates.Covering(span);
        return c is { Evidence: >= CandidateEvidence.Lexicon } ? c : null;
    }

    /// <summary>The span of tokens [first, end) in a field.</summary>
    public static TextSpan SpanOf(AnalyzedField field, int first, int end) =>
        field.SpanOf(field.Tokens[first].Start, field.Tokens[end - 1].End);

    /// <summary>The span of tokens [first, end) without a trailing lower-case modifier ("CNN-based" -> "CNN").</summary>
    public static TextSpan NameSpanOf(AnalyzedField field, int first, int end, ExtractionCues cues)
    {
        var last = field.Tokens[end - 1];
        var keep = NameShape.WithoutModifier(field.Chars(last), cues);
        return field.SpanOf(field.Tokens[first].Start, last.Start + keep);
    }

    /// <summary>
    /// The type a description names, read from <paramref name="from"/> to the end of its noun phrase
    /// (a blocking word, a bracket or sentence punctuation): a dataset or benchmark head anywhere in it
    /// ("a continual multimodal pretraining benchmark"), else its last head.
    /// </summary>
    public static bool TryTypeOfDescription(AnalyzedField field, Sentence sentence, int from, int reach, ExtractionCues cues, out EntityType type)
    {
        type = default;
        var found = false;
        var limit = Math.Min(sentence.EndToken, from + reach);
        for (var k = from; k < limit; k++)
        {
            var t = field.Tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (k == from && field.Text[t.Start] == ',') continue;
                break;
            }
            if (!t.IsWord) break;
            var chars = field.Chars(t);
            if (field.TryHead(k, out var head))
            {
                if (head.IsEvaluationTarget()) { type = head; return true; }
                type = head;
                found = true;
            }
            else if (t.Is(TokenShape.AllLower) && field.Has(k, NameCueKind.Blocker)) break;
        }
        return found;
    }
}
