namespace PaperGraph.Graph;

/// <summary>
/// A typed, directed edge between two node ids (a paper id or an entity id), with the papers and
/// spans that support it. Weight is the number of distinct supporting papers.
/// </summary>
public sealed record GraphEdge(string Source, string Target, EdgeKind Kind, IReadOnlyList<Evidence> Evidence)
{
    public int Weight => Evidence.Select(e => e.Paper).Distinct().Count();
}
