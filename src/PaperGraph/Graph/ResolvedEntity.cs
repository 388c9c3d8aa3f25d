namespace PaperGraph.Graph;

/// <summary>One entity after cross-paper resolution: its id, display name and merged aliases.</summary>
internal sealed record ResolvedEntity(EntityId Id, EntityType Type, string Name, IReadOnlyList<Alias> Aliases);
