namespace PaperGraph.Graph;

/// <summary>
/// The outcome of <see cref="EntityResolver.Resolve"/>: the entities, sorted by id, and for every
/// observed key node the index of the entity it resolved to.
/// </summary>
internal sealed record EntityResolution(IReadOnlyList<ResolvedEntity> Entities, int[] EntityOfKey);
