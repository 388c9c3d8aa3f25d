namespace PaperGraph.Graph;

/// <summary>
/// What a build changed since the build before it in the same folder (changes.json, docs/scaling.md):
/// nodes (papers with their results, entities), relationships and communities added, changed or removed,
/// and the nodes whose community path changed. <see cref="Full"/> means "load everything": there was no
/// usable previous build, or so much changed that a full load is the cheaper way.
/// </summary>
public sealed record ChangeSet(string? From, string To)
{
    public bool Full { get; init; }

    /// <summary>Why the change set is full, for the build summary; null when it is not.</summary>
    public string? FullReason { get; init; }

    public IReadOnlyList<string> NodesAdded { get; init; } = [];
    public IReadOnlyList<string> NodesChanged { get; init; } = [];
    public IReadOnlyList<string> NodesRemoved { get; init; } = [];
    public IReadOnlyList<ChangedRelationship> RelationshipsAdded { get; init; } = [];
    public IReadOnlyList<ChangedRelationship> RelationshipsChanged { get; init; } = [];
    public IReadOnlyList<ChangedRelationship> RelationshipsRemoved { get; init; } = [];
    public IReadOnlyList<int> CommunitiesAdded { get; init; } = [];
    public IReadOnlyList<int> CommunitiesChanged { get; init; } = [];
    public IReadOnlyList<int> CommunitiesRemoved { get; init; } = [];

    /// <summary>Nodes (old or new) whose community path differs: their IN_COMMUNITY relationships are redone.</summary>
    public IReadOnlyList<string> MembershipChanged { get; init; } = [];

    public int Count =>
        NodesAdded.Count + NodesChanged.Count + NodesRemoved.Count
        + RelationshipsAdded.Count + RelationshipsChanged.Count + RelationshipsRemoved.Count
        + CommunitiesAdded.Count + CommunitiesChanged.Count + CommunitiesRemoved.Count;
}
