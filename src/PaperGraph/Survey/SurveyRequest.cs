namespace PaperGraph.Survey;

/// <summary>
/// What a survey outline covers and how much it says. Without <see cref="Community"/> or <see cref="Topic"/>
/// the sections are the top-level communities of the whole corpus. The limits keep each section readable:
/// a survey writer wants the leading methods of a topic, not every name a paper ever used.
/// </summary>
public sealed record SurveyRequest
{
    /// <summary>A community id (any level): its sub-communities become the sections.</summary>
    public int? Community { get; init; }

    /// <summary>A task, method, dataset or benchmark (any alias), or free text matched against names and paper titles.</summary>
    public string? Topic { get; init; }

    /// <summary>Levels of the community hierarchy to write: 1 = sections, 2 = sections with subsections.</summary>
    public int Depth { get => depth; init => depth = AtLeast(value, 1, nameof(Depth)); }

    /// <summary>Sections written in full; smaller or further communities are listed under "Other topics".</summary>
    public int MaxSections { get => maxSections; init => maxSections = AtLeast(value, 1, nameof(MaxSections)); }

    /// <summary>Subsections written per section when <see cref="Depth"/> is 2 or more.</summary>
    public int MaxSubsections { get => maxSubsections; init => maxSubsections = AtLeast(value, 1, nameof(MaxSubsections)); }

    /// <summary>A community with fewer papers than this becomes a line under "Other topics", not a section.</summary>
    public int MinSectionPapers { get => minSectionPapers; init => minSectionPapers = AtLeast(value, 1, nameof(MinSectionPapers)); }

    /// <summary>Lines under "Other topics" before the rest are only counted.</summary>
    public int MaxMinorTopics { get => maxMinorTopics; init => maxMinorTopics = AtLeast(value, 0, nameof(MaxMinorTopics)); }

    public int MaxTasks { get => maxTasks; init => maxTasks = AtLeast(value, 0, nameof(MaxTasks)); }

    public int MaxMethods { get => maxMethods; init => maxMethods = AtLeast(value, 0, nameof(MaxMethods)); }

    /// <summary>Datasets and benchmarks per section.</summary>
    public int MaxTargets { get => maxTargets; init => maxTargets = AtLeast(value, 0, nameof(MaxTargets)); }

    public int MaxMetrics { get => maxMetrics; init => maxMetrics = AtLeast(value, 0, nameof(MaxMetrics)); }

    /// <summary>Rows of a section's results table.</summary>
    public int MaxResults { get => maxResults; init => maxResults = AtLeast(value, 0, nameof(MaxResults)); }

    /// <summary>Representative papers per section.</summary>
    public int MaxPapers { get => maxPapers; init => maxPapers = AtLeast(value, 0, nameof(MaxPapers)); }

    /// <summary>Related names in one bullet: what a method builds on, the methods evaluated on a benchmark.</summary>
    public int MaxRelated { get => maxRelated; init => maxRelated = AtLeast(value, 0, nameof(MaxRelated)); }

    /// <summary>Citations after one statement; the statement still says how many papers support it.</summary>
    public int MaxCitations { get => maxCitations; init => maxCitations = AtLeast(value, 1, nameof(MaxCitations)); }

    public static SurveyRequest Default { get; } = new();

    private readonly int depth = 1;
    private readonly int maxSections = 12;
    private readonly int maxSubsections = 5;
    private readonly int minSectionPapers = 3;
    private readonly int maxMinorTopics = 12;
    private readonly int maxTasks = 8;
    private readonly int maxMethods = 8;
    private readonly int maxTargets = 6;
    private readonly int maxMetrics = 5;
    private readonly int maxResults = 10;
    private readonly int maxPapers = 5;
    private readonly int maxRelated = 4;
    private readonly int maxCitations = 3;

    private static int AtLeast(int value, int minimum, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        return value;
    }
}
