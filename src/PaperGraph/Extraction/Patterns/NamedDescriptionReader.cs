using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// The description a naming word names: "a novel collaborative hybrid assignments training scheme,
/// namely Co-DETR" describes Co-DETR as "collaborative hybrid assignments training". The description
/// is the run of lower-case words between the qualifiers ("a novel", "simple yet effective") and a
/// generic head ("scheme", "framework", "method") just before the naming word. It is kept only when
/// it is specific: two words at least, no task ("a noisy label detection framework") or quality ("a
/// test-time adaptive method"), not a name the lexicon already knows ("a contrastive learning
/// framework, called X" does not make X contrastive learning), and a whole phrase of three words or
/// more of the title, where the paper treats it as a name ("DETRs with Collaborative Hybrid
/// Assignments Training").
/// </summary>
internal static class NamedDescriptionReader
{
    private const int MaxWords = 6;
    private const int MinTitleWords = 3;

    public static TextSpan? Before(AnalyzedPaper paper, AnalyzedField field, Sentence sentence, int cue, CandidateSet candidates)
    {
        var head = cue - 1;
        if (PatternHelpers.IsPunctuation(field, head, ',') || PatternHelpers.IsPunctuation(field, head, '(')) head--;
        if (head <= sentence.FirstToken || !field.Tokens[head].Is(TokenShape.AllLower) || !field.Has(head, NameCueKind.DescriptionHead)) return null;
        var first = head;
        while (first - 1 >= sentence.FirstToken && head - first < MaxWords && IsDescriptor(field, first - 1)) first--;
        if (head - first < 2) return null;
        var span = PatternHelpers.SpanOf(field, first, head);
        // A task ("a noisy label detection framework") or a quality ("a test-time adaptive method") is no name.
        if (field.TryHead(head - 1, out var type) && type == EntityType.Task) return null;
        var lastWord = field.Chars(field.Tokens[head - 1]);
        if (lastWord.EndsWith("ive", StringComparison.Ordinal) || lastWord.EndsWith("ed", StringComparison.Ordinal) || lastWord.EndsWith("al", StringComparison.Ordinal)) return null;
        if (PatternHelpers.Known(candidates, span) is not null) return null;
        // Specific enough to be a name only when the paper also writes it as one: a whole phrase of the title.
        return IsTitlePhrase(paper.Title, field.Text.AsSpan(span.Start, span.Length)) ? span : null;
    }

    // Title phrases run between punctuation and lower-case function words: "DETRs | Collaborative Hybrid Assignments Training".
    private static bool IsTitlePhrase(AnalyzedField title, ReadOnlySpan<char> description)
    {
        var first = -1;
        for (var i = 0; i <= title.Tokens.Length; i++)
        {
            var breaks = i == title.Tokens.Length || title.Tokens[i].Kind == TokenKind.Punctuation
                || (title.Tokens[i].Is(TokenShape.AllLower) && (title.Has(i, NameCueKind.Blocker) || title.Has(i, NameCueKind.Determiner)
                    || title.TokenEquals(i, "and") || title.TokenEquals(i, "or")));
            if (!breaks) { if (first < 0) first = i; continue; }
            if (first >= 0 && i - first >= MinTitleWords)
            {
                var phrase = title.Text.AsSpan(title.Tokens[first].Start, title.Tokens[i - 1].End - title.Tokens[first].Start);
                if (phrase.Equals(description, StringComparison.OrdinalIgnoreCase)) return true;
            }
            first = -1;
        }
        return false;
    }

    private static bool IsDescriptor(AnalyzedField field, int k)
    {
        var t = field.Tokens[k];
        if (!t.IsWord || !t.Is(TokenShape.AllLower) || t.Is(TokenShape.HasDigit)) return false;
        if (field.Has(k, NameCueKind.DescriptionHead) || field.Has(k, NameCueKind.Blocker) || field.Has(k, NameCueKind.Determiner)
            || field.Has(k, NameCueKind.ProposeVerb) || field.Has(k, NameCueKind.Quantifier)) return false;
        // "novel", "efficient" qualify; "training" in "hybrid assignments training scheme" names.
        if (field.Has(k, NameCueKind.GenericModifier) && !field.TryHead(k, out _)) return false;
        var chars = field.Chars(t);
        return !chars.SequenceEqual("and") && !chars.SequenceEqual("or") && !chars.SequenceEqual("yet") && !chars.EndsWith("ly", StringComparison.Ordinal);
    }
}
