namespace PaperGraph.Extraction.Results;

/// <summary>A tokenised sentence with its mentions and quantities: what every binder reads.</summary>
internal readonly ref struct ResultSentence
{
    public ResultSentence(string text, TextField field, ReadOnlySpan<SentenceToken> tokens, ReadOnlySpan<NamedSpan> mentions,
        ReadOnlySpan<QuantityMatch> quantities)
    {
        Text = text;
        Field = field;
        Tokens = tokens;
        Mentions = mentions;
        Quantities = quantities;
    }

    public string Text { get; }
    public TextField Field { get; }
    public ReadOnlySpan<SentenceToken> Tokens { get; }
    public ReadOnlySpan<NamedSpan> Mentions { get; }
    public ReadOnlySpan<QuantityMatch> Quantities { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> TextOf(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].End - Tokens[t].Start);

    public WordClass ClassOf(int t) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind is TokenKind.Word or TokenKind.Punct ? ResultWords.Of(TextOf(t)) : WordClass.None;

    public bool Has(int t, WordClass wordClass) => (ClassOf(t) & wordClass) != 0;

    public bool IsWord(int t, string word) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Word && TextOf(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPlainWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Word;

    public bool IsPunct(int t, char c) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Punct && Text[Tokens[t].Start] == c;

    public bool IsMention(int t, EntityType type) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Mention && Mentions[Tokens[t].Ref].Type == type;

    public bool IsTarget(int t) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Mention && Mentions[Tokens[t].Ref].Type.IsEvaluationTarget();

    public bool IsQuantity(int t) => t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Quantity;

    public NamedSpan MentionAt(int t) => Mentions[Tokens[t].Ref];

    public QuantityMatch QuantityAt(int t) => Quantities[Tokens[t].Ref];

    /// <summary>A metric the recogniser names itself, spanning tokens first..last.</summary>
    public NamedSpan Synthetic(string name, int first, int last) =>
        new(EntityType.Metric, name, new TextSpan(Field, Tokens[first].Start, Tokens[last].End));

    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];
}
