namespace PaperGraph;

/// <summary>A paper as read from an input: title and abstract plus whatever metadata the input had.</summary>
public sealed record Paper(
    PaperId Id,
    string Title,
    string Abstract,
    SourceLocation Source)
{
    public int? Year { get; init; }
    public string? Date { get; init; }
    public string? Venue { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string Text(TextField field) => field == TextField.Title ? Title : Abstract;

    public string Slice(TextSpan span) => Text(span.Field)[span.Start..span.End];
}
