namespace PaperGraph.Graph;

/// <summary>
/// The sentences of one paper's title and abstract, found on first use, and the check that a span
/// from the extractor really lies inside its field before it becomes evidence.
/// </summary>
internal sealed class PaperSentences(Paper paper)
{
    private SentenceBounds? title;
    private SentenceBounds? @abstract;

    /// <summary>The span with its sentence, or null when the span does not fit its field.</summary>
    public MentionSpan? Locate(TextSpan span)
    {
        var text = paper.Text(span.Field);
        if (span.Start < 0 || span.End > text.Length || span.Start > span.End) return null;
        var bounds = span.Field == TextField.Title
            ? title ??= SentenceBounds.Of(text)
            : @abstract ??= SentenceBounds.Of(text);
        var (start, end) = bounds.Around(span.Start, span.End);
        return new MentionSpan(span, start, end);
    }

    /// <summary>Where a name is written inside a span, ignoring case, or the whole span when it is not.</summary>
    public MentionSpan? Find(string name, MentionSpan within)
    {
        var text = paper.Text(within.Span.Field);
        var at = name.Length == 0 ? -1 : text.IndexOf(name, within.Span.Start, within.Span.Length, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? within : Locate(new TextSpan(within.Span.Field, at, at + name.Length));
    }
}
