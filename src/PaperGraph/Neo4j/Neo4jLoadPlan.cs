namespace PaperGraph.Neo4j;

/// <summary>A row of the loader's UNWIND: a dictionary of parameters (id and props, or source, target and props).</summary>
internal sealed class Row : Dictionary<string, object?>
{
    public Row() : base(StringComparer.Ordinal) { }
}

/// <summary>Nodes of one label, loaded by one statement template.</summary>
internal sealed record NodeGroup(string Label, IReadOnlyList<Row> Rows)
{
    public string Statement => CypherStatements.MergeNodes(Label);
}

/// <summary>Relationships of one type between two labels, loaded by one statement template.</summary>
internal sealed record RelationshipGroup(string Type, string SourceLabel, string TargetLabel, IReadOnlyList<Row> Rows)
{
    public string Statement => CypherStatements.MergeRelationships(Type, SourceLabel, TargetLabel);
}

/// <summary>Everything a load sends, grouped by statement, in load order; sorted so that two plans of one graph are equal.</summary>
internal sealed record Neo4jLoadPlan(IReadOnlyList<NodeGroup> Nodes, IReadOnlyList<RelationshipGroup> Relationships)
{
    /// <summary>The top-level communities whose members get a Community_N label, ascending.</summary>
    public IReadOnlyList<int> LabelledCommunities { get; init; } = [];

    public long NodeRows => Nodes.Sum(g => (long)g.Rows.Count);

    public long RelationshipRows => Relationships.Sum(g => (long)g.Rows.Count);

    /// <summary>Node counts per label: what the database must hold after a clean load.</summary>
    public IReadOnlyDictionary<string, long> NodeCountsByLabel =>
        Nodes.GroupBy(g => g.Label).ToDictionary(g => g.Key, g => g.Sum(x => (long)x.Rows.Count), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> RelationshipCountsByType =>
        Relationships.GroupBy(g => g.Type).ToDictionary(g => g.Key, g => g.Sum(x => (long)x.Rows.Count), StringComparer.Ordinal);
}
