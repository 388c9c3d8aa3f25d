namespace PaperGraph.Graph;

/// <summary>A paper in the graph, with the text its evidence spans point into.</summary>
public sealed record PaperNode(PaperId Id, string Title, string Abstract)
{
    public int? Year { get; init; }
    public string? Date { get; init; }
    public string? Venue { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    public string Text(TextField field) => field == TextField.Title ? Title : Abstract;

    public string Slice(TextSpan span) => Text(span.Field)[span.Start..span.End];
}
