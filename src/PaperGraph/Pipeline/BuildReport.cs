namespace PaperGraph.Pipeline;

/// <summary>What a build did: counts, where the time went, and the files it wrote.</summary>
public sealed record BuildReport(
    InputCounters Input,
    int Papers,
    int Entities,
    int Edges,
    int Results,
    int Communities,
    IReadOnlyList<StageTiming> Stages,
    IReadOnlyList<string> FilesWritten);

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
