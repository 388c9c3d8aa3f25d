namespace PaperGraph.Extraction.Text;

/// <summary>
/// Splits a tokenized field into sentences. Works on tokens, so periods inside decimals, version
/// numbers, URLs and dotted abbreviations ("e.g.", "et al.") are never candidates; a period ends a
/// sentence when what follows starts a new one (capital, digit, bracket or quote), also with the space
/// missing ("outcome.As a result"), but not after a single capital initial ("J. Smith").
/// </summary>
internal static class SentenceSplitter
{
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>(8);
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!EndsSentence(text, tokens, i)) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i + 1));
            first = i + 1;
        }
        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length));
        }
        return sentences.ToArray();
    }

    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (i + 1 == tokens.Length) return true;
        var next = tokens[i + 1];
        if (HasLineBreak(text, t.End, next.Start)) return true;
        var c = text[t.Start];
        if (t.Kind == TokenKind.Abbreviation)
        {
            return text[t.End - 1] == '.' && t.Length == 4 && text.AsSpan(t.Start, 4).SequenceEqual("etc.")
                && next.Start > t.End && StartsSentence(text, next);
        }
        if (t.Kind == TokenKind.Punctuation && IsCloser(c) && i > 0 && IsTerminator(text[tokens[i - 1].Start])
            && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].End == t.Start)
        {
            return next.Start > t.End && StartsSentence(text, next);
        }
        if (t.Kind != TokenKind.Punctuation || !IsTerminator(c)) return false;
        if (next.Start == t.End)
        {
            if (next.Kind == TokenKind.Punctuation && IsCloser(text[next.Start])) return false;
            // "outcome.As a result": a missing space after a lower-case word.
            return c == '.' && next.IsWord && next.Is(TokenShape.Capitalized) && i > 0
                && tokens[i - 1].End == t.Start && tokens[i - 1].IsWord && tokens[i - 1].Length >= 2
                && tokens[i - 1].Is(TokenShape.AllLower);
        }
        if (!StartsSentence(text, next)) return false;
        if (c == '.' && i > 0 && IsInitial(text, tokens[i - 1], t)) return false;
        return true;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019';

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '(' or '[' or '"' or '\u201C' or '\'';
    }

    private static bool IsInitial(string text, Token previous, Token period) =>
        previous.End == period.Start && previous.Length == 1 && char.IsUpper(text[previous.Start]);

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (text[k] == '\n') return true;
        return false;
    }
}
