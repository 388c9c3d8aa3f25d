namespace PaperGraph.Extraction.Results;

/// <summary>
/// Cuts a sentence into tokens in which every mention and every quantity is one token, so the
/// binders can step over "ImageNet top-1 accuracy" or "from 58.5% to 59.5%" as single units.
/// </summary>
internal static class SentenceTokenizer
{
    /// <param name="mentions">Sorted by start, inside [start, end).</param>
    /// <param name="quantities">Sorted by start, not overlapping the mentions.</param>
    public static int Tokenize(string text, int start, int end, ReadOnlySpan<NamedSpan> mentions,
        ReadOnlySpan<QuantityMatch> quantities, Span<SentenceToken> tokens)
    {
        var count = 0;
        var pos = start;
        var qi = 0;
        var mi = 0;
        while (pos < end && count < tokens.Length)
        {
            while (qi < quantities.Length && quantities[qi].Start < pos) qi++;
            while (mi < mentions.Length && mentions[mi].Span.Start < pos) mi++;
            if (qi < quantities.Length && quantities[qi].Start == pos)
            {
                tokens[count++] = new SentenceToken(TokenKind.Quantity, pos, quantities[qi].End, qi);
                pos = quantities[qi].End;
                continue;
            }
            if (mi < mentions.Length && mentions[mi].Span.Start == pos)
            {
                var longest = mi;
                for (var k = mi + 1; k < mentions.Length && mentions[k].Span.Start == pos; k++)
                {
                    if (mentions[k].Span.End > mentions[longest].Span.End) longest = k;
                }
                tokens[count++] = new SentenceToken(TokenKind.Mention, pos, mentions[longest].Span.End, longest);
                pos = mentions[longest].Span.End;
                continue;
            }
            var c = text[pos];
            if (QuantityGrammar.IsSpace(c))
            {
                pos++;
                continue;
            }
            var boundary = Math.Min(qi < quantities.Length ? quantities[qi].Start : end, mi < mentions.Length ? mentions[mi].Span.Start : end);
            if (char.IsLetterOrDigit(c))
            {
                var wordEnd = pos + 1;
                while (wordEnd < boundary && IsWordChar(text, wordEnd, boundary)) wordEnd++;
                tokens[count++] = new SentenceToken(TokenKind.Word, pos, wordEnd, -1);
                pos = wordEnd;
            }
            else
            {
                tokens[count++] = new SentenceToken(TokenKind.Punct, pos, pos + 1, -1);
                pos++;
            }
        }
        return count;
    }

    // Inner hyphens, apostrophes, dots and "@" keep "state-of-the-art", "w.r.t", "mR@50" whole.
    private static bool IsWordChar(string text, int k, int boundary)
    {
        var c = text[k];
        if (char.IsLetterOrDigit(c)) return true;
        return c is '-' or '\'' or '’' or '.' or '@' or '_' && k + 1 < boundary && char.IsLetterOrDigit(text[k + 1]);
    }
}
