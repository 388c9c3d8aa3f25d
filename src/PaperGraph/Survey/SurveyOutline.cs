namespace PaperGraph.Survey;

/// <summary>
/// A survey outline grounded in the papers: every statement carries the reference numbers of the papers
/// that support it, and <see cref="References"/> lists exactly the papers cited, numbered 1..n in order of
/// first citation (scope, then sections in order).
/// </summary>
public sealed record SurveyOutline(
    string Title,
    SurveyScope Scope,
    IReadOnlyList<SurveySection> Sections,
    IReadOnlyList<MinorTopic> OtherTopics,
    int OtherTopicsNotListed,
    IReadOnlyList<SurveyReference> References);
