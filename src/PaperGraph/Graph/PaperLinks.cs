namespace PaperGraph.Graph;

/// <summary>
/// One paper's entities sorted by the part they play in entity-to-entity edges, each with its first
/// evidence in the paper; reused from paper to paper.
/// </summary>
internal sealed class PaperLinks
{
    public List<(int Entity, Evidence First)> Proposed { get; } = [];

    public List<(int Entity, Evidence First)> Used { get; } = [];

    public List<(int Entity, Evidence First)> Targets { get; } = [];

    /// <summary>(method, target) pairs a result of this paper already links.</summary>
    public HashSet<(int Method, int Target)> Measured { get; } = [];

    public void Add(int entity, EntityType type, bool proposed, Evidence first)
    {
        if (type == EntityType.Method) (proposed ? Proposed : Used).Add((entity, first));
        else if (type.IsEvaluationTarget()) Targets.Add((entity, first));
    }

    public void Clear()
    {
        Proposed.Clear();
        Used.Clear();
        Targets.Clear();
        Measured.Clear();
    }
}
