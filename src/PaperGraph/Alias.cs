namespace PaperGraph;

/// <summary>Another name of an entity and why it was merged.</summary>
public sealed record Alias(string Name, MergeReason Reason);
