namespace PaperGraph.Survey;

/// <summary>A cited paper: its number in the outline, its BibTeX key, and what is known to find it.</summary>
public sealed record SurveyReference(
    int Number,
    string Key,
    string PaperId,
    string Title,
    int? Year,
    string? Venue,
    string? Url,
    IReadOnlyList<string> Authors);
