namespace PaperGraph.Extraction.Text;

/// <summary>
/// Reads the extent of a name around a cue, over tokens: forward from a token ("we introduce
/// Group DETR, ...", "namely Llama 3.1 8B") or backward from a head noun ("the Penn Treebank WSJ corpus").
/// A name is a run of name-shaped tokens, capitalised words (where capitals mean something:
/// mid-sentence in running text) and version numbers, with lower-case connectors only between
/// capitalised words ("Demographic and Health Survey").
/// </summary>
internal static class NameReader
{
    private const int MaxTokens = 7;

    /// <summary>The end (exclusive token index) of a name starting at <paramref name="first"/>, or <paramref name="first"/> when there is none.</summary>
    public static int ReadForward(AnalyzedField field, int first, Sentence sentence, ExtractionCues cues, bool capitalsCount)
    {
        var tokens = field.Tokens;
        if (first >= sentence.EndToken || !StartsName(field, first, sentence, cues, capitalsCount)) return first;
        var end = first + 1;
        while (end < sentence.EndToken && end - first < MaxTokens && Adjacent(tokens[end - 1], tokens[end]))
        {
            var t = tokens[end];
            if (IsNameToken(field, end, capitalsCount, cues)) { end++; continue; }
            if (IsVersion(field, end)) { end++; continue; }
            if (capitalsCount && IsConnectorBetweenCapitals(field, end, sentence, cues))
            {
                end += 2;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>The first token of a name ending just before <paramref name="end"/>, or <paramref name="end"/> when there is none.</summary>
    public static int ReadBackward(AnalyzedField field, int end, Sentence sentence, ExtractionCues cues, bool capitalsCount)
    {
        var tokens = field.Tokens;
        var first = end;
        while (first - 1 >= sentence.FirstToken && end - first < MaxTokens)
        {
            var i = first - 1;
            if (first < end && !Adjacent(tokens[i], tokens[first])) break;
            if (IsNameToken(field, i, capitalsCount, cues) || (first < end && IsVersion(field, i) && i > sentence.FirstToken))
            {
                first = i;
                continue;
            }
            if (capitalsCount && first < end && i - 1 >= sentence.FirstToken && tokens[i].IsWord && tokens[i].Is(TokenShape.AllLower)
                && field.Has(i, NameCueKind.Connector) && !field.TokenEquals(i, "and")
                && tokens[i - 1].Is(TokenShape.Capitalized) && IsNameToken(field, i - 1, capitalsCount, cues))
            {
                first = i - 1;
                continue;
            }
            break;
        }
        // A plain capitalised word opening a sentence says nothing ("Extensive experiments ...").
        while (first < end && first == sentence.FirstToken && !NameShape.IsNameShaped(field.Text, tokens[first])) first++;
        return first;
    }

    /// <summary>Can a name start at this token?</summary>
    public static bool StartsName(AnalyzedField field, int index, Sentence sentence, ExtractionCues cues, bool capitalsCount)
    {
        var t = field.Tokens[index];
        if (NameShape.IsNameShaped(field.Text, t)) return true;
        return capitalsCount && index > sentence.FirstToken && IsCapitalizedWord(field, index, cues);
    }

    private static bool IsNameToken(AnalyzedField field, int index, bool capitalsCount, ExtractionCues cues) =>
        NameShape.IsNameShaped(field.Text, field.Tokens[index]) || (capitalsCount && IsCapitalizedWord(field, index, cues));

    private static bool IsCapitalizedWord(AnalyzedField field, int index, ExtractionCues cues)
    {
        var t = field.Tokens[index];
        if (!t.IsWord || !t.Is(TokenShape.Capitalized) || !t.Is(TokenShape.HasLetter) || t.Length < 2) return false;
        var chars = field.Chars(t);
        return !field.Has(index, NameCueKind.Determiner) && !field.IsNonName(index);
    }

    /// <summary>"2" in "FastSpeech 2", "3.1" and "8B" in "Llama 3.1 8B", but not a score ("9.91") or a count.</summary>
    public static bool IsVersion(AnalyzedField field, int index)
    {
        var tokens = field.Tokens;
        var t = tokens[index];
        var chars = field.Chars(t);
        if (index + 1 < tokens.Length && tokens[index + 1].Start == t.End && field.Text[t.End] is '%' or '\u00D7') return false;
        if (t.Kind == TokenKind.Number)
        {
            var dot = chars.IndexOf('.');
            if (chars.Contains(',')) return false;
            // A year names an edition: "CoNLL 2003", "WMT 2014", "ASVspoof 2019".
            if (chars.Length == 4 && dot < 0 && chars[0] is '1' or '2' && chars[1] is '9' or '0') return true;
            return dot < 0 ? chars.Length <= 2 : dot <= 2 && chars.Length - dot - 1 == 1;
        }
        if (t.Kind != TokenKind.Word || !char.IsDigit(chars[0]) || chars.Length > 5) return false;
        var last = chars[^1];
        return last is 'B' or 'M' or 'K' or 'b' && chars[..^1].IndexOfAnyExcept("0123456789.") < 0;
    }

    private static bool Adjacent(Token left, Token right) => right.Start - left.End <= 1;

    // "Demographic and Health Survey", "Low Power Computer Vision Challenge": a lower-case connector
    // between plain capitalised words. "and" needs two capitalised words after it, or it would join a
    // list ("Gemma and Mistral").
    private static bool IsConnectorBetweenCapitals(AnalyzedField field, int index, Sentence sentence, ExtractionCues cues)
    {
        var tokens = field.Tokens;
        var t = tokens[index];
        if (!t.IsWord || !t.Is(TokenShape.AllLower) || index + 1 >= sentence.EndToken || !field.Has(index, NameCueKind.Connector)) return false;
        if (!Adjacent(t, tokens[index + 1]) || !IsPlainCapitalized(tokens[index - 1]) || !IsPlainCapitalized(tokens[index + 1])) return false;
        if (!field.TokenEquals(index, "and")) return true;
        return index + 2 < sentence.EndToken && Adjacent(tokens[index + 1], tokens[index + 2]) && IsPlainCapitalized(tokens[index + 2]);
    }

    private static bool IsPlainCapitalized(Token t) =>
        t.IsWord && t.Is(TokenShape.Capitalized) && !t.Is(TokenShape.AllUpper) && !t.Is(TokenShape.HasDigit);

    /// <summary>
    /// "Earth observation data", "Alpha-divergence knowledge distillation": one plain capitalised word
    /// (not name-shaped) followed by a lower-case word modifies that word; it is no name.
    /// </summary>
    public static bool IsCapitalModifier(AnalyzedField field, int first, int end, Sentence sentence)
    {
        if (end != first + 1 || NameShape.IsNameShaped(field.Text, field.Tokens[first]) || end >= sentence.EndToken) return false;
        var next = field.Tokens[end];
        return next.IsWord && next.Is(TokenShape.AllLower) && !field.TokenEquals(end, "and") && !field.TokenEquals(end, "or");
    }
}
