namespace PaperGraph.Graph;

/// <summary>A community of the hierarchy as written to communities.json and loaded as :Community nodes.</summary>
public sealed record CommunitySummary(
    int Id,
    int Level,
    int? Parent,
    string Label,
    int Size,
    IReadOnlyList<string> TopMembers,
    double Modularity);
