namespace PaperGraph.Graph;

/// <summary>
/// An entity merged across papers: canonical name, every alias with the reason it was merged,
/// how many papers and mentions support it, and those mentions' evidence.
/// </summary>
public sealed record EntityNode(EntityId Id, EntityType Type, string Name)
{
    public IReadOnlyList<Alias> Aliases { get; init; } = [];
    public int PaperCount { get; init; }
    public int MentionCount { get; init; }
    /// <summary>Papers that propose it (role "proposed"), sorted.</summary>
    public IReadOnlyList<PaperId> ProposedBy { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
