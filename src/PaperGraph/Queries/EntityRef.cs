namespace PaperGraph.Queries;

/// <summary>An entity as an answer names it: id, canonical name, type.</summary>
public sealed record EntityRef(string Id, string Name, EntityType Type);
