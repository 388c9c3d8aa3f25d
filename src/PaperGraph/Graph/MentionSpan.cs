namespace PaperGraph.Graph;

/// <summary>A mention's span and the sentence around it, kept as plain numbers until the graph is built.</summary>
internal readonly record struct MentionSpan(TextSpan Span, int SentenceStart, int SentenceEnd)
{
    public TextSpan Sentence => new(Span.Field, SentenceStart, SentenceEnd);
}
