using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Task names the lexicon lacks, read from their head noun ("... parsing", "... detection", "...
/// identification") where the context says a task is meant:
/// <list type="bullet">
/// <item>after "on", "for", "in" or "of" ("on relation classification", "for sentence compression");</item>
/// <item>before "task(s)"/"problem(s)" ("the AMR parsing task") or an evaluation noun ("parsing accuracy",
/// "translation quality", "word alignment performance");</item>
/// <item>as the subject opening a sentence ("Opinion mining has been limited to ...", "Word alignment attempts ...",
/// "Readability assessment (RA) is ...");</item>
/// <item>coordinated with another task ("opinion analysis, response relevancy and post-intention classification").</item>
/// </list>
/// The name is up to three modifier words before a task head ("demonstration retrieval", "audio question
/// answering"); modifiers are lower-case words, acronyms or language names, not determiners, adverbs,
/// gerunds, common verbs ("improve", "include") or generic qualifiers ("efficient", "downstream"). A lone head counts only for the few words
/// that name a task on their own ("parsing", "translation", "tagging": data/extraction/name-cues.tsv
/// TaskWord), and only after "for" or "on" or before a task or evaluation noun. A longer phrase wins over
/// a lexicon task inside it, so "exact machine unlearning" stays whole.
/// </summary>
internal sealed class TaskPhraseRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private const int MaxModifiers = 3;
    private static readonly string[] Openers = ["on", "for", "in", "of"];
    private static readonly string[] LoneOpeners = ["on", "for"];
    private static readonly string[] TaskNouns = ["task", "tasks", "problem", "problems"];
    private static readonly string[] EvaluationNouns = ["accuracy", "performance", "quality", "results", "evaluation", "scores"];
    private static readonly string[] ClauseVerbs = ["is", "are", "has", "have", "aims", "remains", "refers", "involves", "attempts", "consists", "was", "plays"];

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var field = paper.Abstract;
        foreach (var sentence in field.Sentences)
        {
            for (var h = sentence.FirstToken; h < sentence.EndToken; h++)
            {
                var head = field.Tokens[h];
                if (!head.IsWord || head.Length > 20 || !(head.Is(TokenShape.AllLower) || h == sentence.FirstToken && head.Is(TokenShape.Capitalized))) continue;
                if (!field.TryHead(h, out var type) || type != EntityType.Task) continue;
                if (field.TokenEquals(h, "task") || field.TokenEquals(h, "tasks")) continue;
                // Task names are singular: "duplicate predictions" are outputs, not a task.
                if (field.Text[head.End - 1] == 's') continue;
                var first = FirstModifier(field, sentence, h, titleCase: head.Is(TokenShape.Capitalized) && h > sentence.FirstToken);
                // "we consider spatio-temporal prediction": the word after a subject pronoun is its verb.
                if (first < h && first > sentence.FirstToken && IsSubjectPronoun(field, first - 1)) first++;
                // "the follow-the-perturbed-leader online prediction algorithm" names a method, not a task.
                if (field.Has(h + 1, NameCueKind.DescriptionHead)) continue;
                if (!InTaskContext(field, sentence, first, h, candidates)) continue;
                var span = PatternHelpers.SpanOf(field, first, h + 1);
                var known = candidates.Covering(span);
                if (known is not null && known.Span != span) continue;
                candidates.Add(new Candidate(span, EntityType.Task, MentionOrigin.Pattern, CandidateEvidence.Context));
            }
        }
    }

    private static bool InTaskContext(AnalyzedField field, Sentence sentence, int first, int h, CandidateSet candidates)
    {
        var next = h + 1;
        // Even a lone head before "tasks" is kept ("counting tasks"): it holds the span, so that no other recogniser
        // reads "counting tasks" as a name, and CandidateFilter then drops it unless it names a task on its own.
        if (IsOneOf(field, next, sentence, TaskNouns)) return true;
        var lone = first == h;
        if (lone && !field.Has(h, NameCueKind.TaskWord)) return false;
        if (IsOneOf(field, next, sentence, EvaluationNouns)) return true;
        // "for parsing.", "on segmentation and ...", but not "for segmentation models" or "for the classification risk".
        if (lone) return AfterOpener(field, first, sentence, LoneOpeners) && !(next < sentence.EndToken && field.Tokens[next].IsWord
            && field.Tokens[next].Is(TokenShape.AllLower) && !field.Has(next, NameCueKind.Blocker) && !field.TokenEquals(next, "and") && !field.TokenEquals(next, "or"));
        if (AfterOpener(field, first, sentence, Openers)) return true;
        return first == sentence.FirstToken && OpensClause(field, next, sentence) || Coordinated(field, sentence, first, h, candidates);
    }

    private int FirstModifier(AnalyzedField field, Sentence sentence, int head, bool titleCase)
    {
        var first = head;
        while (first - 1 >= sentence.FirstToken && head - first < MaxModifiers)
        {
            var t = field.Tokens[first - 1];
            if (!t.IsWord || field.Tokens[first].Start - t.End > 1) break;
            var chars = field.Chars(t);
            if (t.Is(TokenShape.AllUpper) && !field.IsNonName(first - 1)) { first--; continue; }
            // "3D detection", "6D pose estimation".
            if (chars.Length == 2 && char.IsDigit(chars[0]) && chars[1] == 'D') { first--; continue; }
            // "Chinese word segmentation", "Question Classification", a plain capital opening the sentence
            // ("Word alignment ..."), a language pair ("Chinese-to-English translation").
            if (t.Is(TokenShape.Capitalized) && !t.Is(TokenShape.AllUpper) && !t.Is(TokenShape.InnerUpper) && !t.Is(TokenShape.HasDigit)
                && (titleCase || field.IsNonName(first - 1) || first - 1 == sentence.FirstToken || IsLanguagePair(chars))
                && !IsStop(field, first - 1, chars, lower: true))
            {
                first--;
                continue;
            }
            if (!t.Is(TokenShape.AllLower) || t.Is(TokenShape.HasDigit) || chars.Length < 3 || IsStop(field, first - 1, chars, lower: false)) break;
            if (!t.Is(TokenShape.Hyphenated) && (chars.EndsWith("ly", StringComparison.Ordinal) || chars.EndsWith("ing", StringComparison.Ordinal))) break;
            // A word in -s before the phrase is a verb or a plural ("obtains comparable detection", "decades"), not a modifier.
            if (!t.Is(TokenShape.Hyphenated) && EndsInS(chars)) break;
            first--;
        }
        return first;
    }

    private static bool EndsInS(ReadOnlySpan<char> word) =>
        word[^1] == 's' && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is") && !word.EndsWith("ics") && !word.EndsWith("ws");

    private static bool IsStop(AnalyzedField field, int i, ReadOnlySpan<char> word, bool lower)
    {
        if ((field.Tags[i].Cues & StopKinds) != 0) return true;
        if (!lower) return word.SequenceEqual("and") || word.SequenceEqual("or");
        // A capitalised determiner or qualifier ("The", "Efficient") opening the sentence.
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > buffer.Length) return true;
        word.ToLowerInvariant(buffer);
        return buffer.SequenceEqual("and") || buffer.SequenceEqual("or") || buffer.EndsWith("ly") || buffer.EndsWith("ing");
    }

    private const uint StopKinds = 1u << (int)NameCueKind.Determiner | 1u << (int)NameCueKind.Blocker | 1u << (int)NameCueKind.Connector
        | 1u << (int)NameCueKind.Quantifier | 1u << (int)NameCueKind.GenericModifier | 1u << (int)NameCueKind.ProposeVerb
        | 1u << (int)NameCueKind.EvaluationVerb | 1u << (int)NameCueKind.Verb | 1u << (int)NameCueKind.Number;

    // "Chinese-to-English", "Czech-English": capitalised parts that are all languages (non-names), joined by hyphens or "to".
    private bool IsLanguagePair(ReadOnlySpan<char> chars)
    {
        if (chars.IndexOfAny('-', '\u2010') < 0) return false;
        var parts = 0;
        foreach (var range in chars.SplitAny('-', '\u2010'))
        {
            var part = chars[range];
            if (part.SequenceEqual("to")) continue;
            if (part.Length == 0 || !cues.IsNonName(part)) return false;
            parts++;
        }
        return parts == 2;
    }

    private static bool IsOneOf(AnalyzedField field, int i, Sentence sentence, string[] words)
    {
        if (i >= sentence.EndToken) return false;
        foreach (var w in words) if (field.TokenEquals(i, w)) return true;
        return false;
    }

    // "on relation classification", "for the sentence compression": a preposition, perhaps with "the", before the phrase.
    private static bool AfterOpener(AnalyzedField field, int first, Sentence sentence, string[] openers)
    {
        var k = first - 1;
        if (k >= sentence.FirstToken && field.TokenEquals(k, "the")) k--;
        if (k < sentence.FirstToken) return false;
        foreach (var o in openers) if (field.TokenEqualsIgnoreCase(k, o)) return true;
        return false;
    }

    // "Opinion mining has been ...", "Readability assessment (RA) is ...": the phrase is the sentence's subject.
    private static bool OpensClause(AnalyzedField field, int next, Sentence sentence)
    {
        if (PatternHelpers.IsPunctuation(field, next, '(') && PatternHelpers.IsPunctuation(field, next + 2, ')')) next += 3;
        return IsOneOf(field, next, sentence, ClauseVerbs);
    }

    // "X, Y and Z" where a neighbour across the comma or conjunction is already a task.
    private static bool Coordinated(AnalyzedField field, Sentence sentence, int first, int h, CandidateSet candidates)
    {
        var before = first - 1;
        if (before - 1 >= sentence.FirstToken && IsJoiner(field, before) && TaskEndingAt(field, before - 1, candidates)) return true;
        var after = h + 1;
        return after + 1 < sentence.EndToken && IsJoiner(field, after) && TaskStartingAt(field, after + 1, candidates);
    }

    private static bool IsJoiner(AnalyzedField field, int i) =>
        PatternHelpers.IsPunctuation(field, i, ',') || field.TokenEquals(i, "and") || field.TokenEquals(i, "or");

    private static bool TaskEndingAt(AnalyzedField field, int token, CandidateSet candidates)
    {
        var end = field.Tokens[token].End;
        foreach (var c in candidates.Items) if (c.Type == EntityType.Task && c.Span.Field == field.Field && c.Span.End == end) return true;
        return false;
    }

    private static bool TaskStartingAt(AnalyzedField field, int token, CandidateSet candidates)
    {
        var start = field.Tokens[token].Start;
        foreach (var c in candidates.Items) if (c.Type == EntityType.Task && c.Span.Field == field.Field && c.Span.Start == start) return true;
        return false;
    }

    private static bool IsSubjectPronoun(AnalyzedField field, int i) =>
        field.TokenEqualsIgnoreCase(i, "we") || field.TokenEqualsIgnoreCase(i, "they") || field.TokenEqualsIgnoreCase(i, "it")
        || field.TokenEquals(i, "which") || field.TokenEquals(i, "that") || field.TokenEquals(i, "who");
}
