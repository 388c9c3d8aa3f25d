namespace PaperGraph.Survey;

/// <summary>
/// A section before it is written: its community (null for the papers of a graph without communities),
/// the papers in scope that fall in it (sorted by id) and its subsections.
/// </summary>
internal sealed record SectionPlan(int? Community, IReadOnlyList<PaperId> Papers, IReadOnlyList<SectionPlan> Subsections);
