using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// "EAGAN: Efficient Two-stage ...", "Group DETR: Fast DETR Training ...", "SortedNet, a Place for ...":
/// a name before the title's colon (or before ", a") is very often what the paper introduces. The
/// part before the colon counts as a name when it is one to four tokens, at least one of them
/// name-shaped ("CMR Scaling Law"), or a single capitalised word the abstract also capitalises mid-sentence
/// ("Mamba"), or a capitalised hyphenated compound ("Once-for-All"), or two or three capitalised words that
/// read as a noun phrase rather than a slogan ("Lean Crowdsourcing", not "Follow Your Star"). Its type comes from the head noun
/// after the colon ("X: A Benchmark for ..."), else method.
/// </summary>
internal sealed class TitlePatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private const int MaxNameTokens = 4;

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var title = paper.Title;
        var tokens = title.Tokens;
        var colon = -1;
        for (var i = 1; i < tokens.Length && i <= MaxNameTokens; i++)
        {
            if (PatternHelpers.IsPunctuation(title, i, ':')) { colon = i; break; }
            if (PatternHelpers.IsPunctuation(title, i, ',') && (title.TokenEqualsIgnoreCase(i + 1, "a") || title.TokenEqualsIgnoreCase(i + 1, "an"))) { colon = i; break; }
        }
        if (colon < 0 || !IsName(paper, colon)) return;
        var span = PatternHelpers.SpanOf(title, 0, colon);
        var type = TypeAfter(title, colon + 1, out var defaultType);
        candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = defaultType });
    }

    private bool IsName(AnalyzedPaper paper, int colon)
    {
        var title = paper.Title;
        var shaped = false;
        for (var i = 0; i < colon; i++)
        {
            var t = title.Tokens[i];
            if (t.Kind == TokenKind.Number) continue;
            if (!t.IsWord || !(t.Is(TokenShape.Capitalized) || NameShape.IsNameShaped(title.Text, t))) return false;
            if (NameShape.IsNameShaped(title.Text, t)) shaped = true;
        }
        if (shaped) return !cues.IsNonName(title.Text.AsSpan(0, title.Tokens[colon - 1].End));
        if (colon != 1) return colon <= MaxPlainWords && IsNamePhrase(title, colon);
        var only = title.Tokens[0];
        return only.Is(TokenShape.Hyphenated) || CapitalisedInAbstract(paper.Abstract, title.Chars(only));
    }

    // "Lean Crowdsourcing: ...", "Deep Gradient Compression: ...", "Criteria-Aware Graph Filtering: ...": a
    // capitalised noun phrase names the method. Slogans and topics do not: no function word or pronoun
    // ("Follow Your Star", "Beyond Point Clouds"), no verb or gerund first ("Trust No One", "Transforming
    // Code Understanding"), no plural or task head last ("Shape Matters", "Legal Judgment Prediction"),
    // and not before "A Survey" or "A Review".
    private bool IsNamePhrase(AnalyzedField title, int colon)
    {
        for (var i = 0; i < colon; i++)
        {
            var chars = title.Chars(title.Tokens[i]);
            if ((title.Tags[i].Cues & FunctionKinds) != 0 || IsSloganWord(chars)) return false;
        }
        var first = title.Chars(title.Tokens[0]);
        if (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal) || title.Has(0, NameCueKind.Verb)) return false;
        var last = title.Chars(title.Tokens[colon - 1]);
        if (last[^1] == 's' && !last.EndsWith("ss", StringComparison.Ordinal)) return false;
        if (PhraseTyper.TryType(title.Text.AsSpan(0, title.Tokens[colon - 1].End), cues, out var type) && type is EntityType.Task or EntityType.Metric) return false;
        return !IsOverview(title, colon + 1);
    }

    private const int MaxPlainWords = 3;

    private const uint FunctionKinds = 1u << (int)NameCueKind.Determiner | 1u << (int)NameCueKind.Blocker | 1u << (int)NameCueKind.Connector
        | 1u << (int)NameCueKind.TitleBreak | 1u << (int)NameCueKind.Quantifier | 1u << (int)NameCueKind.Number | 1u << (int)NameCueKind.GenericModifier;

    private static readonly string[] SloganWords = ["your", "my", "no", "not", "never", "what", "when", "why", "how", "who", "do", "does", "can", "all", "more", "less", "one", "revisited", "open", "problem", "matter", "matters", "beyond", "into", "it", "you", "we", "everywhere", "get", "let", "make", "just", "only", "again"];

    private static bool IsSloganWord(ReadOnlySpan<char> word)
    {
        foreach (var w in SloganWords) if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "X: A Survey of ...", "X: An Overview": the part before the colon is the topic, not a contribution.
    private static bool IsOverview(AnalyzedField title, int from)
    {
        var k = from;
        if (title.TokenEqualsIgnoreCase(k, "a") || title.TokenEqualsIgnoreCase(k, "an")) k++;
        return title.TokenEqualsIgnoreCase(k, "survey") || title.TokenEqualsIgnoreCase(k, "review") || title.TokenEqualsIgnoreCase(k, "overview")
            || title.TokenEqualsIgnoreCase(k, "tutorial") || title.TokenEqualsIgnoreCase(k, "primer");
    }

    private static bool CapitalisedInAbstract(AnalyzedField field, ReadOnlySpan<char> word)
    {
        foreach (var sentence in field.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (field.Chars(field.Tokens[i]).SequenceEqual(word)) return true;
            }
        }
        return false;
    }

    // "A Benchmark for ...", "A Large-Scale Dataset of ...": the head of the first noun phrase after the colon.
    private EntityType TypeAfter(AnalyzedField title, int from, out bool defaultType)
    {
        defaultType = false;
        for (var k = from; k < title.Tokens.Length && k < from + 8; k++)
        {
            var t = title.Tokens[k];
            if (!t.IsWord) break;
            var chars = title.Chars(t);
            if (title.TryHead(k, out var type) && type.IsEvaluationTarget()) return type;
            if (t.Is(TokenShape.AllLower) && title.Has(k, NameCueKind.Blocker)) break;
        }
        defaultType = true;
        return EntityType.Method;
    }
}
