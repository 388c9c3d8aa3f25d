namespace PaperGraph.Graph;

/// <summary>An entity-to-entity edge while its evidence is being gathered across papers.</summary>
internal readonly record struct RelationKey(int Source, int Target, EdgeKind Kind);
