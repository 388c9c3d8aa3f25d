using PaperGraph.Extraction.Lexicon;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Finds acronym definitions in both directions — "Inception Score (IS)", "MoE (Mixture-of-Experts)",
/// "Leave-One-Out K-Nearest-Neighbor, or LOOK for short" — and adds the long form, the short form
/// and every later bare use of the short form (in either field) as mentions of one entity
/// (<see cref="DefinitionMentions"/>). A definition overrides the lexicon's reading of its short form
/// in this paper when the long form is something else; a long form that names nothing takes the short
/// form with it; one that only does not look like a name waits for another recogniser to confirm it
/// (<see cref="DeferredDefinitionRecognizer"/>).
/// </summary>
internal sealed class AcronymRecognizer(LexiconIndex? lexicon, ExtractionCues cues) : IMentionRecognizer
{
    private const int MaxParenthesisTokens = 12;
    private readonly DefinitionTyper typer = new(lexicon, cues);

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        List<AcronymDefinition>? definitions = null;
        foreach (var field in paper.Fields)
        {
            foreach (var sentence in field.Sentences)
            {
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var c = field.Text[field.Tokens[i].Start];
                    var found = c switch
                    {
                        '(' => FromParenthesis(field, sentence, i),
                        ':' => FromColon(field, sentence, i),
                        'o' => FromForShort(field, sentence, i),
                        _ => null,
                    };
                    if (found is null) continue;
                    // The first definition of a short form holds, unless only a later one names an entity.
                    var earlier = definitions?.FindIndex(d => d.ShortText == found.ShortText) ?? -1;
                    if (earlier < 0) (definitions ??= []).Add(found);
                    else if (!definitions![earlier].Verdict.Accepted && found.Verdict.Accepted) definitions[earlier] = found;
                }
            }
        }
        if (definitions is null) return;
        foreach (var d in definitions)
        {
            // The paper's own reading of a short form beats the lexicon's: "Semantic Attention Module (SAM)".
            if (d.Verdict.OverridesLexicon)
            {
                candidates.RemoveAll(c => c.Origin == MentionOrigin.Lexicon && DefinitionMentions.IsUse(paper.Chars(c.Span), d.ShortText));
            }
            if (d.Verdict.Accepted) DefinitionMentions.Add(paper, d, candidates, cues);
            else if (d.Verdict.Doubtful) candidates.Defer(d);
            else if (d.Verdict.OverridesLexicon) candidates.Block(d.ShortText);
        }
    }

    // "long form (SF)" or "SF (long form)".
    private AcronymDefinition? FromParenthesis(AnalyzedField field, Sentence sentence, int open)
    {
        var tokens = field.Tokens;
        var close = -1;
        var segmentEnd = -1;
        for (var j = open + 1; j < sentence.EndToken && j - open <= MaxParenthesisTokens; j++)
        {
            var c = field.Text[tokens[j].Start];
            if (tokens[j].Kind != TokenKind.Punctuation) continue;
            if (c == '(') return null;
            if (segmentEnd < 0 && c is ',' or ';') segmentEnd = j;
            if (c == ')') { close = j; break; }
        }
        if (close < 0 || close == open + 1) return null;
        if (segmentEnd < 0) segmentEnd = close;
        var wordAfter = close + 1 < sentence.EndToken && tokens[close + 1].IsWord ? field.Chars(tokens[close + 1]) : [];
        if (segmentEnd == open + 2 && tokens[open + 1].IsWord && AcronymMatcher.IsShortFormShaped(field.Chars(tokens[open + 1])))
        {
            var regionStart = RegionStart(field, sentence, open);
            var found = LongBefore(field, sentence, regionStart, open, tokens[open + 1], wordAfter);
            if (found is not null) return found;
        }
        if (open > sentence.FirstToken && segmentEnd - open >= 3)
        {
            var sf = tokens[open - 1];
            if (sf.IsWord && AcronymMatcher.IsShortFormShaped(field.Chars(sf)))
            {
                var inner = field.Text.AsSpan(tokens[open + 1].Start, tokens[segmentEnd - 1].End - tokens[open + 1].Start);
                var start = AcronymMatcher.FindLongFormStart(field.Chars(sf), inner, out var initials);
                if (start == 0 && GoodInitials(field.Chars(sf), initials))
                {
                    return Define(field, sentence, tokens[open + 1].Start, tokens[segmentEnd - 1].End, sf, wordAfter);
                }
            }
        }
        return null;
    }

    // "we develop RISE: Recursive IntroSpEction, an approach ...".
    private AcronymDefinition? FromColon(AnalyzedField field, Sentence sentence, int colon)
    {
        var tokens = field.Tokens;
        if (colon <= sentence.FirstToken || tokens[colon].Kind != TokenKind.Punctuation || colon + 2 >= sentence.EndToken) return null;
        var sf = tokens[colon - 1];
        if (!sf.IsWord || !AcronymMatcher.IsShortFormShaped(field.Chars(sf))) return null;
        var end = colon + 1;
        while (end < sentence.EndToken && end - colon <= MaxParenthesisTokens && tokens[end].Kind != TokenKind.Punctuation) end++;
        if (end - colon < 3) return null;
        var inner = field.Text.AsSpan(tokens[colon + 1].Start, tokens[end - 1].End - tokens[colon + 1].Start);
        // Without a closing mark the long form's end is unknown: at most one word per capital, plus one.
        if (CountWords(inner) > CountUpper(field.Chars(sf)) + 1) return null;
        var start = AcronymMatcher.FindLongFormStart(field.Chars(sf), inner, out var initials);
        if (start != 0 || !GoodInitials(field.Chars(sf), initials)) return null;
        return Define(field, sentence, tokens[colon + 1].Start, tokens[end - 1].End, sf, []);
    }

    // "Leave-One-Out K-Nearest-Neighbor, or LOOK for short".
    private AcronymDefinition? FromForShort(AnalyzedField field, Sentence sentence, int or)
    {
        var tokens = field.Tokens;
        if (!field.TokenEquals(or, "or") || or - 1 <= sentence.FirstToken || or + 3 >= sentence.EndToken) return null;
        if (!field.TokenEquals(or - 1, ",") || !field.TokenEquals(or + 2, "for") || !field.TokenEquals(or + 3, "short")) return null;
        var sf = tokens[or + 1];
        if (!sf.IsWord || !AcronymMatcher.IsShortFormShaped(field.Chars(sf))) return null;
        return LongBefore(field, sentence, RegionStart(field, sentence, or - 1), or - 1, sf, []);
    }

    private AcronymDefinition? LongBefore(AnalyzedField field, Sentence sentence, int regionStart, int boundary, Token sf, ReadOnlySpan<char> wordAfter)
    {
        var tokens = field.Tokens;
        if (regionStart >= boundary) return null;
        var shortChars = field.Chars(sf);
        var maxWords = Math.Min(shortChars.Length + 5, shortChars.Length * 2);
        var first = Math.Max(regionStart, boundary - maxWords * 2);
        var regionFrom = tokens[first].Start;
        var region = field.Text.AsSpan(regionFrom, tokens[boundary - 1].End - regionFrom);
        var start = AcronymMatcher.FindLongFormStart(shortChars, region, out var initials);
        if (start < 0 || !GoodInitials(shortChars, initials)) start = AcronymMatcher.FindBlendStart(shortChars, region);
        if (start < 0) return null;
        var longStart = regionFrom + start;
        while (longStart < tokens[boundary - 1].End && !char.IsLetterOrDigit(field.Text[longStart])) longStart++;
        if (CountWords(field.Text.AsSpan(longStart, tokens[boundary - 1].End - longStart)) > maxWords) return null;
        return Define(field, sentence, longStart, tokens[boundary - 1].End, sf, wordAfter);
    }

    private AcronymDefinition? Define(AnalyzedField field, Sentence sentence, int longStart, int longEnd, Token sf, ReadOnlySpan<char> wordAfter)
    {
        var first = Math.Min(field.TokenAtOrAfter(longStart), field.TokenAtOrAfter(sf.Start));
        var proposing = ProposalCues.IsInProposalObject(field, sentence, first);
        var shortText = field.Text[sf.Start..sf.End];
        longEnd = WithoutGenericHead(field.Text, longStart, longEnd, shortText);
        var longText = field.Text[longStart..longEnd];
        if (longText.Length <= shortText.Length || longText.Equals(shortText, StringComparison.OrdinalIgnoreCase)) return null;
        var verdict = typer.Type(longText, shortText, wordAfter, proposing, AfterNamingWord(field, sentence, first));
        return new AcronymDefinition(field.SpanOf(longStart, longEnd), field.SpanOf(sf.Start, sf.End), longText, shortText, verdict);
    }

    // "robust Tucker tensor decomposition model (RTD)": a generic head the short form has no letter for
    // ("model", "framework", "method") is not part of the name, so the pair meets "Robust Tucker Tensor
    // Decomposition" in the title; the rest must still spell the short form.
    private int WithoutGenericHead(string text, int longStart, int longEnd, string shortText)
    {
        var space = text.LastIndexOf(' ', longEnd - 1, longEnd - longStart);
        if (space <= longStart || text.AsSpan(longStart, space - longStart).Count(' ') < 1) return longEnd;
        var last = text.AsSpan(space + 1, longEnd - space - 1);
        if (last.Length > 16 || last.ContainsAnyExceptInRange('a', 'z')) return longEnd;
        if (!cues.Is(NameCueKind.DescriptionHead, last) && !last.SequenceEqual("model")) return longEnd;
        var start = AcronymMatcher.FindLongFormStart(shortText, text.AsSpan(longStart, space - longStart), out var initials);
        return start == 0 && GoodInitials(shortText, initials) ? space : longEnd;
    }

    // "a novel approach called Dual Cross Attentive (DCA)", "termed as X": a naming word just before the pair.
    private static bool AfterNamingWord(AnalyzedField field, Sentence sentence, int first)
    {
        var k = first - 1;
        while (k >= sentence.FirstToken && (field.TokenEqualsIgnoreCase(k, "as") || field.Tokens[k].Kind == TokenKind.Punctuation && field.Text[field.Tokens[k].Start] is '"' or '\u201C' or ',')) k--;
        return k >= sentence.FirstToken && field.Has(k, NameCueKind.Naming);
    }

    // The long form cannot reach back past the sentence start or a clause mark.
    private static int RegionStart(AnalyzedField field, Sentence sentence, int boundary)
    {
        for (var j = boundary - 1; j >= sentence.FirstToken; j--)
        {
            var t = field.Tokens[j];
            // A hyphen standing alone is a dash ("DatalogMTLE---an extension of ..."), as is an en or em dash.
            if (t.Kind == TokenKind.Punctuation && field.Text[t.Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D' or '\u2014' or '\u2013' or '-' or '[' or ']') return j + 1;
        }
        return sentence.FirstToken;
    }

    // At least half of the short form's capitals must stand for word (or hyphen-part) initials.
    private static bool GoodInitials(ReadOnlySpan<char> shortForm, int initials) => initials >= 1 && initials * 2 >= CountUpper(shortForm);

    private static int CountUpper(ReadOnlySpan<char> text)
    {
        var upper = 0;
        foreach (var c in text) if (char.IsUpper(c)) upper++;
        return upper;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }
}
