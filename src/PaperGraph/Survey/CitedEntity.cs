using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>
/// An entity as a statement of the outline: PaperCount papers of the section (or scope) mention it, and
/// Citations are reference numbers of some of them, each a paper whose evidence supports the entity.
/// </summary>
public sealed record CitedEntity(EntityRef Entity, int PaperCount, IReadOnlyList<int> Citations);
