namespace PaperGraph.Graph;

/// <summary>A relationship named by its ends and type, as listed in changes.json.</summary>
public sealed record ChangedRelationship(string Source, EdgeKind Kind, string Target);
