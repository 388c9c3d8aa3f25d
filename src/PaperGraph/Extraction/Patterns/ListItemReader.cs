using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Reads a list of names ("GLUE, SuperGLUE and HumSet", "MathVisita, MMMU)") from a token on: items
/// are known candidates or names (see <see cref="NameReader"/>), separated by commas, "and", "or" and
/// slashes; the list ends at the first item that is not a name or at closing punctuation. Where the
/// list's head noun allows it ("tasks such as ...", "two approaches: ..."), an item may also be a
/// lower-case phrase of up to four words, not a clause ("often produce ..."); one without a telling
/// head or a hyphenated word ("lasso" beside "ridge regression") is marked plain, for the caller to keep
/// only beside a known name.
/// </summary>
internal static class ListItemReader
{
    private const int MaxItems = 12;
    private const int MaxLowerWords = 4;

    public static void Read(AnalyzedField field, Sentence sentence, int from, CandidateSet candidates, ExtractionCues cues,
        bool lowerPhrases, List<ListItem> items)
    {
        var capitals = field.Field == TextField.Abstract;
        var j = from;
        while (j < sentence.EndToken && items.Count < MaxItems)
        {
            var t = field.Tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                var c = field.Text[t.Start];
                if (c is ',' or '/' or '&') { j++; continue; }
                // "image classification (ImageNet), semantic segmentation (ADE20K), ...": brackets inside a list.
                if (c == '(' && items.Count > 0 && (j = ClosingBracket(field, j, sentence)) > 0) { j++; continue; }
                return;
            }
            if (t.IsWord && (field.TokenEquals(j, "and") || field.TokenEquals(j, "or") || field.TokenEquals(j, "the"))) { j++; continue; }
            var known = KnownAt(candidates, field.SpanOf(t.Start, t.End));
            if (known is not null)
            {
                items.Add(new ListItem(known.Span, known.DefaultType ? null : known.Type, Known: true));
                while (j < sentence.EndToken && field.Tokens[j].Start < known.Span.End) j++;
                continue;
            }
            int end;
            if (t.IsWord && (NameReader.StartsName(field, j, sentence, cues, capitals) || (capitals && j == from && IsCapitalized(field, t, cues))))
            {
                end = NameReader.ReadForward(field, j, sentence, cues, capitals);
                if (end == j) end = j + 1;
                var possessive = PossessiveEnd(field, end, sentence);
                if (possessive > end)
                {
                    // "Tweedie's correction", "Newton's method": a person's name with what is named after them.
                    items.Add(new ListItem(PatternHelpers.SpanOf(field, j, possessive), null));
                    j = possessive;
                    continue;
                }
                if (NameReader.IsCapitalModifier(field, j, end, sentence)) return;
                var span = PatternHelpers.NameSpanOf(field, j, end, cues);
                if (!cues.IsNonName(field.Text.AsSpan(span.Start, span.Length))) items.Add(new ListItem(span, null));
            }
            else if (lowerPhrases && (end = LowerPhraseEnd(field, j, sentence, cues, out var plain)) > j)
            {
                if (!Overlaps(candidates, PatternHelpers.SpanOf(field, j, end))) items.Add(new ListItem(PatternHelpers.SpanOf(field, j, end), null, PlainWords: plain ? end - j : 0));
            }
            else return;
            j = end;
        }
    }

    // The end of "'s correction" after a name, or `end` when there is no possessive phrase.
    private static int PossessiveEnd(AnalyzedField field, int end, Sentence sentence)
    {
        if (end + 2 >= sentence.EndToken || field.Tokens[end].Start != field.Tokens[end - 1].End) return end;
        if (field.Text[field.Tokens[end].Start] is not ('\'' or '\u2019') || !field.TokenEquals(end + 1, "s")) return end;
        var phraseEnd = end + 2;
        while (phraseEnd < sentence.EndToken && phraseEnd - end < 5 && field.Tokens[phraseEnd].IsWord && field.Tokens[phraseEnd].Is(TokenShape.AllLower)
            && !field.TokenEquals(phraseEnd, "and") && !field.TokenEquals(phraseEnd, "or") && !field.Has(phraseEnd, NameCueKind.Blocker)) phraseEnd++;
        return phraseEnd > end + 2 ? phraseEnd : end;
    }

    private static int LowerPhraseEnd(AnalyzedField field, int j, Sentence sentence, ExtractionCues cues, out bool plain)
    {
        plain = false;
        var end = j;
        while (end < sentence.EndToken && end - j < MaxLowerWords)
        {
            var t = field.Tokens[end];
            if (!t.IsWord || !t.Is(TokenShape.AllLower)) break;
            var chars = field.Chars(t);
            if (field.Has(end, NameCueKind.Blocker) || field.Has(end, NameCueKind.Determiner) || chars.SequenceEqual("and") || chars.SequenceEqual("or")) break;
            // "often produce unsatisfactory results" is a clause, not an item.
            if (field.Has(end, NameCueKind.Verb) || field.Has(end, NameCueKind.EvaluationVerb) || chars.EndsWith("ly", StringComparison.Ordinal) || chars.SequenceEqual("often")) return j;
            end++;
        }
        if (end == j) return j;
        // An item ends at a list mark; a phrase running on into prose is not an item.
        if (end < sentence.EndToken && field.Tokens[end].IsWord && !field.TokenEquals(end, "and") && !field.TokenEquals(end, "or")) return j;
        // A technique or task has a telling head or a compound ("instruction tuning", "multi-view stereo");
        // a plain phrase ("lasso", "hippocampus") counts only beside a known name.
        plain = !field.TryHead(end - 1, out _) && !HasHyphenated(field, j, end);
        return end;
    }

    private static bool HasHyphenated(AnalyzedField field, int first, int end)
    {
        for (var k = first; k < end; k++) if (field.Tokens[k].Is(TokenShape.Hyphenated)) return true;
        return false;
    }

    // Lists often start right after "e.g.," where a capitalised word is a name though no sentence is mid-way.
    private static bool IsCapitalized(AnalyzedField field, Token t, ExtractionCues cues) =>
        t.Is(TokenShape.Capitalized) && t.Length >= 2 && !field.Has(field.TokenAtOrAfter(t.Start), NameCueKind.Determiner);

    private static bool Overlaps(CandidateSet candidates, TextSpan span) => candidates.Overlapping(span) is not null;

    private static Candidate? KnownAt(CandidateSet candidates, TextSpan token)
    {
        Candidate? best = null;
        foreach (var c in candidates.Items)
        {
            if (c.Span.Field != token.Field || c.Span.Start != token.Start || c.Evidence < CandidateEvidence.Lexicon) continue;
            if (best is null || c.Span.Length > best.Span.Length) best = c;
        }
        return best;
    }

    private static int ClosingBracket(AnalyzedField field, int open, Sentence sentence)
    {
        for (var k = open + 1; k < sentence.EndToken && k - open <= 12; k++)
        {
            if (PatternHelpers.IsPunctuation(field, k, ')')) return k;
            if (PatternHelpers.IsPunctuation(field, k, '(')) return -1;
        }
        return -1;
    }
}
