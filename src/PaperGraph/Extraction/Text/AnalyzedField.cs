namespace PaperGraph.Extraction.Text;

/// <summary>
/// One field of a paper (title or abstract) with its tokens and sentences, computed once per paper.
/// Only the first <see cref="MaxAnalyzedLength"/> characters are read: an abstract is a few thousand;
/// a field far longer is a whole paper or junk, and recognisers that compare candidates pairwise must
/// not see millions of them.
/// </summary>
internal sealed class AnalyzedField
{
    public const int MaxAnalyzedLength = 16_384;

    public AnalyzedField(TextField field, string text, ExtractionCues cues)
    {
        Field = field;
        Text = text;
        Tokens = Tokenizer.Tokenize(text, AnalyzedLength(text));
        Length = Tokens.Length == 0 ? 0 : Tokens[^1].End;
        Sentences = SentenceSplitter.Split(text, Tokens);
        Tags = cues.Tag(text, Tokens);
        ProposalSentences = field == TextField.Title ? new bool[Sentences.Length] : FindProposalSentences(Sentences, Tags);
    }

    public TextField Field { get; }

    /// <summary>Where the analysed part of <see cref="Text"/> ends; text searches stop here too.</summary>
    public int Length { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>The word-list tags of each token, parallel to <see cref="Tokens"/>.</summary>
    public TokenTag[] Tags { get; }

    /// <summary>Per sentence: does it have a proposal verb and the authors as subject ("we propose")?</summary>
    public bool[] ProposalSentences { get; }

    public bool Has(int index, NameCueKind kind) => index >= 0 && index < Tags.Length && Tags[index].Has(kind);

    /// <summary>The type the token names as a head noun ("dataset", "benchmarks", "detection").</summary>
    public bool TryHead(int index, out EntityType type)
    {
        type = default;
        if (index < 0 || index >= Tags.Length || Tags[index].Head == 0) return false;
        type = (EntityType)(Tags[index].Head - 1);
        return true;
    }

    public bool IsNonName(int index) => index >= 0 && index < Tags.Length && Tags[index].NonName;

    public TextSpan SpanOf(int start, int end) => new(Field, start, end);

    public ReadOnlySpan<char> Chars(Token token) => Text.AsSpan(token.Start, token.Length);

    public bool TokenEquals(int index, string value) =>
        index >= 0 && index < Tokens.Length && Chars(Tokens[index]).SequenceEqual(value);

    public bool TokenEqualsIgnoreCase(int index, string value) =>
        index >= 0 && index < Tokens.Length && Chars(Tokens[index]).Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index of the sentence holding a token (binary search over token ranges).</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The index of the first token starting at or after a character offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // Up to the limit, cut at a white space so no token is split.
    private static int AnalyzedLength(string text)
    {
        if (text.Length <= MaxAnalyzedLength) return text.Length;
        var cut = text.LastIndexOf(' ', MaxAnalyzedLength);
        return cut > 0 ? cut : MaxAnalyzedLength;
    }

    private static bool[] FindProposalSentences(Sentence[] sentences, TokenTag[] tags)
    {
        var result = new bool[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            bool verb = false, subject = false;
            for (var i = sentences[s].FirstToken; i < sentences[s].EndToken; i++)
            {
                verb |= tags[i].Has(NameCueKind.ProposeVerb);
                subject |= tags[i].Has(NameCueKind.Subject);
            }
            result[s] = verb && subject;
        }
        return result;
    }
}
