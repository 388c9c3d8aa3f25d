namespace PaperGraph.Survey;

/// <summary>
/// A section of the outline, made from a community (Community is null for a section of papers outside
/// every community). Years and PaperCount are of the section's papers in scope. A section with
/// subsections keeps its overview (tasks, representative papers) and leaves the details to them.
/// </summary>
public sealed record SurveySection(
    string Title,
    int? Community,
    string Label,
    int PaperCount,
    int? FirstYear,
    int? LastYear,
    IReadOnlyList<CitedEntity> Tasks,
    string MethodsHeading,
    IReadOnlyList<MethodBullet> Methods,
    IReadOnlyList<TargetBullet> Targets,
    IReadOnlyList<CitedEntity> Metrics,
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<PaperBullet> Papers,
    IReadOnlyList<SurveySection> Subsections);
