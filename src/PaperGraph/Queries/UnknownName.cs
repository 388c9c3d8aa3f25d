namespace PaperGraph.Queries;

/// <summary>A name that matched nothing, with the closest names the graph does hold.</summary>
public sealed record UnknownName(string Kind, string Name, IReadOnlyList<string> Closest)
{
    public string Message =>
        $"no {Kind} named \"{Name}\"" + (Closest.Count > 0 ? "; closest: " + string.Join(", ", Closest) : "");
}
