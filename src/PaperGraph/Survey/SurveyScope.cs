namespace PaperGraph.Survey;

/// <summary>
/// What the outline covers: how it was chosen (<see cref="Basis"/>: the whole corpus, a community or a
/// topic), how many papers over which years, and the tasks those papers address most.
/// </summary>
public sealed record SurveyScope(
    string Basis,
    int PaperCount,
    int? FirstYear,
    int? LastYear,
    IReadOnlyList<CitedEntity> Tasks);
