namespace PaperGraph.Ingest;

/// <summary>Input text quoted inside an issue message: one line, short, whatever the input held.</summary>
internal static class IssueText
{
    private const int MaxChars = 60;

    public static string Quote(string text) => OneLine(text, MaxChars);

    /// <summary>A message from a parser, which may quote the input at length, as one line of bounded length.</summary>
    public static string OneLine(string text, int maxChars = 200)
    {
        var collapsed = TextNormalizer.Collapse(text);
        return collapsed.Length > maxChars ? collapsed[..maxChars] + "..." : collapsed;
    }

    public static string List(IEnumerable<string> items, int max = 12) => string.Join(", ", items.Take(max).Select(Quote));
}
