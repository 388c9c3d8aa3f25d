using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Task names the lexicon lacks, read from their head noun where the context says a task is meant:
/// right after "on", "for", "in" or "of" ("on relation classification", "for sentence
/// compression") or right before "task(s)"/"problem(s)" ("the AMR parsing task"). The name is up to three
/// modifier words before a task head ("demonstration retrieval", "audio question answering"); modifiers
/// are lower-case words or acronyms, not determiners, adverbs, gerunds or generic qualifiers
/// ("efficient", "downstream"). A lone head counts only before "task(s)". A longer phrase wins over a
/// lexicon task inside it, so "exact machine unlearning" stays whole.
/// </summary>
internal sealed class TaskPhraseRecognizer : IMentionRecognizer
{
    private const int MaxModifiers = 3;
    private static readonly string[] Openers = ["on", "for", "in", "of"];

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var field = paper.Abstract;
        foreach (var sentence in field.Sentences)
        {
            for (var h = sentence.FirstToken + 1; h < sentence.EndToken; h++)
            {
                var head = field.Tokens[h];
                if (!head.IsWord || !head.Is(TokenShape.AllLower) || head.Length > 20) continue;
                if (!field.TryHead(h, out var type) || type != EntityType.Task) continue;
                if (field.TokenEquals(h, "task") || field.TokenEquals(h, "tasks")) continue;
                var first = FirstModifier(field, sentence, h);
                // "we consider spatio-temporal prediction": the word after a subject pronoun is its verb.
                if (first < h && first > sentence.FirstToken && IsSubjectPronoun(field, first - 1)) first++;
                // "the follow-the-perturbed-leader online prediction algorithm" names a method, not a task.
                if (field.Has(h + 1, NameCueKind.DescriptionHead)) continue;
                var beforeTask = BeforeTaskWord(field, h + 1, sentence);
                var opened = AfterOpener(field, first, sentence);
                if (!(beforeTask || (opened && first < h))) continue;
                var span = PatternHelpers.SpanOf(field, first, h + 1);
                var known = candidates.Covering(span);
                if (known is not null && known.Span != span) continue;
                candidates.Add(new Candidate(span, EntityType.Task, MentionOrigin.Pattern, CandidateEvidence.Context));
            }
        }
    }

    private int FirstModifier(AnalyzedField field, Sentence sentence, int head)
    {
        var first = head;
        while (first - 1 >= sentence.FirstToken && head - first < MaxModifiers)
        {
            var t = field.Tokens[first - 1];
            if (!t.IsWord || field.Tokens[first].Start - t.End > 1) break;
            var chars = field.Chars(t);
            if (t.Is(TokenShape.AllUpper) && !field.IsNonName(first - 1)) { first--; continue; }
            if (!t.Is(TokenShape.AllLower) || t.Is(TokenShape.HasDigit) || chars.Length < 3 || IsStop(field, first - 1, chars)) break;
            if (!t.Is(TokenShape.Hyphenated) && (chars.EndsWith("ly", StringComparison.Ordinal) || chars.EndsWith("ing", StringComparison.Ordinal))) break;
            first--;
        }
        return first;
    }

    private static bool IsStop(AnalyzedField field, int i, ReadOnlySpan<char> word) =>
        (field.Tags[i].Cues & StopKinds) != 0 || word.SequenceEqual("and") || word.SequenceEqual("or");

    private const uint StopKinds = 1u << (int)NameCueKind.Determiner | 1u << (int)NameCueKind.Blocker | 1u << (int)NameCueKind.Connector
        | 1u << (int)NameCueKind.Quantifier | 1u << (int)NameCueKind.GenericModifier | 1u << (int)NameCueKind.ProposeVerb
        | 1u << (int)NameCueKind.EvaluationVerb;

    private static bool BeforeTaskWord(AnalyzedField field, int end, Sentence sentence) =>
        end < sentence.EndToken && (field.TokenEquals(end, "task") || field.TokenEquals(end, "tasks")
            || field.TokenEquals(end, "problem") || field.TokenEquals(end, "problems"));

    // "on relation classification", "for the sentence compression": a preposition, perhaps with "the", before the phrase.
    private static bool AfterOpener(AnalyzedField field, int first, Sentence sentence)
    {
        var k = first - 1;
        if (k >= sentence.FirstToken && field.TokenEquals(k, "the")) k--;
        if (k < sentence.FirstToken) return false;
        foreach (var o in Openers) if (field.TokenEqualsIgnoreCase(k, o)) return true;
        return false;
    }

    private static bool IsSubjectPronoun(AnalyzedField field, int i) =>
        field.TokenEqualsIgnoreCase(i, "we") || field.TokenEqualsIgnoreCase(i, "they") || field.TokenEqualsIgnoreCase(i, "it")
        || field.TokenEquals(i, "which") || field.TokenEquals(i, "that") || field.TokenEquals(i, "who");
}
