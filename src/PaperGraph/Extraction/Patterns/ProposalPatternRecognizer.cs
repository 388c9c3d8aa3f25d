using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Names the paper introduces: the first name in the object of a proposal verb ("we introduce Group
/// DETR, a simple ..."; "we propose a simpler strategy, Exploratory Annealed Decoding (EAD)"), and a
/// second one coordinated with it ("AdAdaGrad and its scalar variant AdAdaGradNorm"); a name after a
/// naming word ("namely EAGAN", "dubbed GraNet", "called refresh learning"); "our X" and "the proposed X".
/// The object ends at a blocking word ("we propose a method for X") unless a comma or colon reopens it
/// or the word before "of" opens a name ("the concept of X"). Lexicon names in the object are skipped: a
/// paper rarely introduces what the field already knows, unless it names it ("namely Co-DETR").
/// </summary>
internal sealed class ProposalPatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    private const int Window = 30;
    private const int MaxLowerWords = 4;
    private const int NamingReach = 8;

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var field = paper.Abstract;
        foreach (var sentence in field.Sentences)
        {
            var proposing = ProposalCues.IsProposalSentence(field, sentence);
            var done = false;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (field.Has(i, NameCueKind.Naming))
                {
                    // "two benchmark datasets, namely Caltech 256 and Stanford Dogs" lists what is used, unless new.
                    var novel = AfterPluralHead(field, sentence, i)
                        ? ProposalCues.IsInProposalObject(field, sentence, i) || NewInPhrase(field, sentence, i)
                        : proposing || ClaimsNovelty(field, sentence);
                    done |= AfterNaming(paper, field, sentence, i, novel, candidates);
                }
                else if (proposing && !done && field.Tokens[i].Is(TokenShape.AllLower) && field.Has(i, NameCueKind.ProposeVerb))
                {
                    done = InObject(field, sentence, i, candidates);
                }
                else if (field.TokenEqualsIgnoreCase(i, "our") || (field.TokenEqualsIgnoreCase(i, "proposed") && i > sentence.FirstToken
                    && (field.TokenEqualsIgnoreCase(i - 1, "the") || field.TokenEqualsIgnoreCase(i - 1, "our"))))
                {
                    AfterOwner(field, sentence, i, candidates);
                }
            }
        }
    }

    private bool InObject(AnalyzedField field, Sentence sentence, int verb, CandidateSet candidates)
    {
        var blocked = false;
        var found = 0;
        var sawName = false;
        var afterName = -1;
        var sawBlocker = false;
        var end = Math.Min(sentence.EndToken, verb + 1 + Window);
        for (var j = verb + 1; j < end; j++)
        {
            var t = field.Tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                var c = field.Text[t.Start];
                if (c is ',' or ':' or '\u2014' or '\u2013' or '-') blocked = found > 0;
                else if (c is ';' or '.') break;
                continue;
            }
            if (t.Kind is TokenKind.Abbreviation or TokenKind.Url || field.Has(j, NameCueKind.Naming)) break;
            // "FlexNorm and its variant FlexNormLite": a second proposal joins the first directly, not
            // from inside its description ("X, a framework that combines KT and OT").
            if (found > 0 && j == afterName && field.TokenEquals(j, "and")) { blocked = false; continue; }
            var defined = DefinitionAt(candidates, field.SpanOf(t.Start, t.End));
            if (defined is not null && !blocked && !defined.LongForm && ModifiesNoun(field, defined.Span))
            {
                // "a universal DA technique, called Glitter": an acronym used again describes; the name comes later.
                sawName = true;
                j = SkipPast(field, j, defined.Span);
                continue;
            }
            if (defined is not null && !blocked)
            {
                candidates.Add(Proposal(defined));
                if (++found == 2) break;
                j = SkipPast(field, j, defined.Span);
                afterName = j + 1;
                blocked = true;
                continue;
            }
            if (blocked) continue;
            if (found == 0 && !sawName && !sawBlocker && (field.TokenEquals(j, "a") || field.TokenEquals(j, "an")) && Described(field, sentence, j + 1, candidates) is { } named)
            {
                // "a novel object retrieval method": a description with a task head names the task addressed, not the method.
                var task = PhraseTyper.TryType(field.Text.AsSpan(named.Start, named.Length), cues, out var headType) && headType == EntityType.Task;
                candidates.Add(new Candidate(named, task ? EntityType.Task : EntityType.Method, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = !task });
                return true;
            }
            if (t.IsWord && t.Is(TokenShape.AllLower) && field.Has(j, NameCueKind.Blocker))
            {
                blocked = !(field.TokenEquals(j, "of") && j > verb + 1 && field.Has(j - 1, NameCueKind.OfHead));
                // "a method that uses ..., and a dense optical flow estimator": later descriptions are not the proposal.
                sawBlocker |= blocked;
                continue;
            }
            if (!NameReader.StartsName(field, j, sentence, cues, capitalsCount: true)) continue;
            var nameEnd = NameReader.ReadForward(field, j, sentence, cues, capitalsCount: true);
            var span = PatternHelpers.NameSpanOf(field, j, nameEnd, cues);
            if (PatternHelpers.Known(candidates, span) is { } known && found == 0 && !sawName && j == verb + 1 && known.Span.Start == t.Start && Introduced(field, known.Span))
            {
                // "we propose VoteNet, an end-to-end ...": the paper that introduces a name the lexicon knows.
                candidates.Add(Proposal(known));
                return true;
            }
            if (PatternHelpers.Known(candidates, span) is not null || IsPossessive(field, nameEnd) || NameReader.IsCapitalModifier(field, j, nameEnd, sentence))
            {
                sawName = true;
                j = nameEnd - 1;
                continue;
            }
            var type = TypeOf(field, sentence, verb + 1, j, nameEnd, out var defaultType);
            candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = defaultType });
            if (++found == 2) break;
            j = nameEnd - 1;
            afterName = nameEnd;
            blocked = true;
        }
        return found > 0;
    }

    private bool AfterNaming(AnalyzedPaper paper, AnalyzedField field, Sentence sentence, int cue, bool proposed, CandidateSet candidates)
    {
        var j = cue + 1;
        while (j < sentence.EndToken && (field.TokenEqualsIgnoreCase(j, "as") || field.TokenEqualsIgnoreCase(j, "the") || PatternHelpers.IsPunctuation(field, j, '"')
            || PatternHelpers.IsPunctuation(field, j, '\u201C') || PatternHelpers.IsPunctuation(field, j, ','))) j++;
        if (j >= sentence.EndToken) return false;
        var defined = DefinitionAt(candidates, field.SpanOf(field.Tokens[j].Start, field.Tokens[j].End));
        if (defined is not null)
        {
            // "namely IRT" after IRT was defined elsewhere restates; a definition made here introduces.
            if (!proposed || (!defined.LongForm && !ProposalCues.IsProposalSentence(field, sentence))) return false;
            candidates.Add(Proposal(defined));
            LinkDescription(paper, field, sentence, cue, defined.Span, candidates);
            return true;
        }
        var end = NameReader.ReadForward(field, j, sentence, cues, capitalsCount: true);
        if (end > j)
        {
            var span = PatternHelpers.NameSpanOf(field, j, end, cues);
            if (PatternHelpers.Known(candidates, span) is { } listed)
            {
                // A named proposal of something the lexicon already lists ("namely Co-DETR"): still this paper's.
                if (!proposed) return false;
                candidates.Add(new Candidate(listed.Span, listed.Type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = true });
                LinkDescription(paper, field, sentence, cue, listed.Span, candidates);
                return true;
            }
            var type = TypeOf(field, sentence, Math.Max(sentence.FirstToken, cue - 6), cue, end, out var defaultType);
            candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = proposed, DefaultType = defaultType });
            if (proposed) LinkDescription(paper, field, sentence, cue, span, candidates);
            return proposed;
        }
        return LowerCaseName(field, sentence, j, proposed, candidates);
    }

    // "a novel collaborative hybrid assignments training scheme, namely Co-DETR": the description is
    // another name of what the naming word names, merged into it (MergeReason.Naming).
    private static void LinkDescription(AnalyzedPaper paper, AnalyzedField field, Sentence sentence, int cue, TextSpan name, CandidateSet candidates)
    {
        if (NamedDescriptionReader.Before(paper, field, sentence, cue, candidates) is not { } description) return;
        candidates.Add(new Candidate(description, EntityType.Method, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = true });
        candidates.Name(new NamingLink(field.Text[description.Start..description.End], field.Text[name.Start..name.End]));
    }

    // "an innovative concept called refresh learning": up to four lower-case words, kept only when their head gives a type.
    private bool LowerCaseName(AnalyzedField field, Sentence sentence, int j, bool proposed, CandidateSet candidates)
    {
        var end = j;
        while (end < sentence.EndToken && end - j < MaxLowerWords && field.Tokens[end].IsWord && field.Tokens[end].Is(TokenShape.AllLower)
            && !field.Has(end, NameCueKind.Blocker) && !field.Has(end, NameCueKind.Determiner)) end++;
        if (end == j) return false;
        var phrase = PatternHelpers.SpanOf(field, j, end);
        if (!PhraseTyper.TryType(field.Text.AsSpan(phrase.Start, phrase.Length), cues, out var type)) return false;
        if (PatternHelpers.Known(candidates, phrase) is not null) return false;
        if (proposed && type is EntityType.Task or EntityType.Metric) type = EntityType.Method;
        candidates.Add(new Candidate(phrase, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = proposed });
        return proposed;
    }

    // "our SophiaVL-R1-7B", "the proposed refresh learning": a name, or any candidate already found there.
    private void AfterOwner(AnalyzedField field, Sentence sentence, int owner, CandidateSet candidates)
    {
        var j = owner + 1;
        if (field.TokenEqualsIgnoreCase(j, "proposed")) j++;
        if (j >= sentence.EndToken) return;
        var token = field.SpanOf(field.Tokens[j].Start, field.Tokens[j].End);
        var existing = StartingAt(candidates, token);
        if (existing is not null)
        {
            if (existing.Evidence != CandidateEvidence.Lexicon) candidates.Add(Proposal(existing));
            return;
        }
        if (!NameShape.IsNameShaped(field.Text, field.Tokens[j])) return;
        var end = NameReader.ReadForward(field, j, sentence, cues, capitalsCount: true);
        var span = PatternHelpers.NameSpanOf(field, j, end, cues);
        if (PatternHelpers.Known(candidates, span) is not null) return;
        var type = TypeOf(field, sentence, j, j, end, out var defaultType);
        candidates.Add(new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context) { Proposed = true, DefaultType = defaultType });
    }

    // A proposed name's type: the nearest dataset or benchmark head before it in the object, else what the
    // description after it names; else a method. Tasks and metrics are not proposed: those become methods.
    private EntityType TypeOf(AnalyzedField field, Sentence sentence, int from, int nameStart, int nameEnd, out bool defaultType)
    {
        defaultType = false;
        // The head nearest the name: "two benchmark datasets, namely X" names datasets.
        for (var k = nameStart - 1; k >= from; k--)
        {
            if (field.TryHead(k, out var t) && t.IsEvaluationTarget()) return t;
        }
        if (PatternHelpers.TryTypeOfDescription(field, sentence, nameEnd, 10, cues, out var type))
        {
            return type.IsEvaluationTarget() ? type : EntityType.Method;
        }
        defaultType = true;
        return EntityType.Method;
    }

    private static Candidate Proposal(Candidate c) =>
        c with { Evidence = CandidateEvidence.Context, Origin = MentionOrigin.Pattern, Proposed = true, DefaultType = true, LongForm = false };

    private static int SkipPast(AnalyzedField field, int j, TextSpan span)
    {
        while (j + 1 < field.Tokens.Length && field.Tokens[j + 1].Start < span.End) j++;
        // The short form in brackets after a long form belongs to it.
        if (PatternHelpers.IsPunctuation(field, j + 1, '(') && PatternHelpers.IsPunctuation(field, j + 3, ')')) j += 3;
        return j;
    }

    private static Candidate? DefinitionAt(CandidateSet candidates, TextSpan token)
    {
        foreach (var c in candidates.Items)
        {
            if (c.Evidence == CandidateEvidence.Definition && c.Span.Field == token.Field && c.Span.Start == token.Start) return c;
        }
        return null;
    }

    private static Candidate? StartingAt(CandidateSet candidates, TextSpan token)
    {
        Candidate? best = null;
        foreach (var c in candidates.Items)
        {
            if (c.Span.Field != token.Field || c.Span.Start != token.Start) continue;
            if (best is null || c.Span.Length > best.Span.Length) best = c;
        }
        return best;
    }

    // Right after the proposal verb and followed by an appositive description (", a ...", ", an ...").
    private static bool Introduced(AnalyzedField field, TextSpan name)
    {
        var next = field.TokenAtOrAfter(name.End);
        return PatternHelpers.IsPunctuation(field, next, ',') && (field.TokenEquals(next + 1, "a") || field.TokenEquals(next + 1, "an"));
    }

    // "datasets, namely", "benchmarks (namely": the naming word follows a plural head noun.
    private static bool AfterPluralHead(AnalyzedField field, Sentence sentence, int cue)
    {
        var k = cue - 1;
        if (PatternHelpers.IsPunctuation(field, k, ',') || PatternHelpers.IsPunctuation(field, k, '(')) k--;
        if (k < sentence.FirstToken || !field.Tokens[k].Is(TokenShape.AllLower) || !field.Has(k, NameCueKind.NameHead)) return false;
        var chars = field.Chars(field.Tokens[k]);
        return chars.Length > 3 && chars[^1] == 's';
    }

    // "two new datasets, namely": "new" or "novel" in the few words before the naming word.
    private static bool NewInPhrase(AnalyzedField field, Sentence sentence, int cue)
    {
        for (var k = cue - 1; k >= sentence.FirstToken && k >= cue - 5; k--)
        {
            if (field.TokenEqualsIgnoreCase(k, "new") || field.TokenEqualsIgnoreCase(k, "novel")) return true;
        }
        return false;
    }

    // A naming word introduces the paper's own thing when the sentence speaks of "we", "our", "proposed", "novel" or "new".
    private static bool ClaimsNovelty(AnalyzedField field, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (field.TokenEqualsIgnoreCase(i, "we") || field.TokenEqualsIgnoreCase(i, "our") || field.TokenEqualsIgnoreCase(i, "proposed")
                || field.TokenEqualsIgnoreCase(i, "novel") || field.TokenEqualsIgnoreCase(i, "new")) return true;
        }
        return false;
    }

    // "Tweedie's correction": a person's name, not the thing proposed.
    private static bool IsPossessive(AnalyzedField field, int end) =>
        end < field.Tokens.Length && field.Tokens[end].Start == field.Tokens[end - 1].End
        && field.Text[field.Tokens[end].Start] is '\'' or '\u2019';

    // "a new generative self-evaluation scheme designed to ...": the lower-case words between the
    // qualifiers and a generic head name the proposal, unless a name follows the head (", namely X",
    // ", X (ACR)") or the lexicon already knows the words. Two words at least, or one hyphenated.
    // Words all in lower case name it only when the paper calls it new ("a novel progressive shrinking
    // algorithm"): "we present a hierarchical control approach" describes the proposal, it does not name it.
    private TextSpan? Described(AnalyzedField field, Sentence sentence, int from, CandidateSet candidates)
    {
        var k = from;
        var novel = false;
        for (; k < sentence.EndToken && IsQualifier(field, k); k++) novel |= field.TokenEquals(k, "novel") || field.TokenEquals(k, "new");
        var first = k;
        while (k < sentence.EndToken && k - first < 5 && IsDescriptor(field, k)) k++;
        if (k == first || k >= sentence.EndToken || !field.Has(k, NameCueKind.DescriptionHead)) return null;
        if (!novel && AllLower(field, first, k)) return null;
        // One hyphenated word names a proposal ("once-for-all"), unless it is a modifier ("retraining-free") or a kind of task ("multi-task").
        if (k - first < 2 && (!field.Tokens[first].Is(TokenShape.Hyphenated) || EndsInModifier(field, first)
            || PhraseTyper.TryHead(field.Chars(field.Tokens[first]), cues, out var kind) && kind == EntityType.Task)) return null;
        var next = k + 1;
        if (PatternHelpers.IsPunctuation(field, next, '(')) return null;
        while (next < sentence.EndToken && field.Tokens[next].Kind == TokenKind.Punctuation && field.Text[field.Tokens[next].Start] is ',' or ':' or '-' or '\u2014' or '\u2013') next++;
        if (next < sentence.EndToken && (field.Has(next, NameCueKind.Naming) || (next > k + 1 && NameReader.StartsName(field, next, sentence, cues, capitalsCount: true)))) return null;
        // "a novel federated SSL framework for video, dubbed FedVSSL": the name comes a few words later.
        for (var n = k + 1; n < sentence.EndToken && n <= k + NamingReach; n++)
        {
            if (field.Has(n, NameCueKind.Naming)) return null;
            if (PatternHelpers.IsPunctuation(field, n, ';')) break;
        }
        var span = PatternHelpers.SpanOf(field, first, k);
        return candidates.Covering(span) is null ? span : null;
    }

    private static bool AllLower(AnalyzedField field, int from, int to)
    {
        for (var i = from; i < to; i++) if (!field.Tokens[i].Is(TokenShape.AllLower)) return false;
        return true;
    }

    private static bool IsQualifier(AnalyzedField field, int k)
    {
        var t = field.Tokens[k];
        if (!t.IsWord || !t.Is(TokenShape.AllLower)) return false;
        var chars = field.Chars(t);
        return field.Has(k, NameCueKind.GenericModifier) || chars.EndsWith("ly", StringComparison.Ordinal)
            || chars.SequenceEqual("yet") || chars.SequenceEqual("and") || chars.SequenceEqual("more") || chars.SequenceEqual("most")
            || chars.EndsWith("er", StringComparison.Ordinal) && field.Has(k + 1, NameCueKind.GenericModifier);
    }

    private static bool IsDescriptor(AnalyzedField field, int k)
    {
        var t = field.Tokens[k];
        if (!t.IsWord || field.Has(k, NameCueKind.DescriptionHead) || field.Has(k, NameCueKind.Blocker) || field.Has(k, NameCueKind.Determiner)) return false;
        if (field.TokenEquals(k, "and") || field.TokenEquals(k, "or")) return false;
        return t.Is(TokenShape.AllLower) || t.Is(TokenShape.AllUpper);
    }

    private bool EndsInModifier(AnalyzedField field, int k)
    {
        var chars = field.Chars(field.Tokens[k]);
        return NameShape.WithoutModifier(chars, cues) < chars.Length;
    }

    // Is the name followed by a lower-case head noun it modifies ("DA technique", "NAS framework")?
    private static bool ModifiesNoun(AnalyzedField field, TextSpan span)
    {
        var next = field.TokenAtOrAfter(span.End);
        if (PatternHelpers.IsPunctuation(field, next, '(') && PatternHelpers.IsPunctuation(field, next + 2, ')')) next += 3;
        return next < field.Tokens.Length && field.Tokens[next].Is(TokenShape.AllLower)
            && (field.Has(next, NameCueKind.DescriptionHead) || field.Has(next, NameCueKind.NameHead) || field.TryHead(next, out _));
    }
}
