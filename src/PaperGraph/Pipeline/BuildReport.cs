using PaperGraph.Graph;

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
    IReadOnlyList<string> FilesWritten)
{
    /// <summary>The id of this build (the hash of its manifest), as changes.json and cache/build.json name it.</summary>
    public string BuildId { get; init; } = "";

    /// <summary>Papers whose extraction came from the cache, a previous build or a record file.</summary>
    public long Reused { get; init; }

    /// <summary>Papers extracted in this run.</summary>
    public long Extracted { get; init; }

    /// <summary>After an update: communities that kept a previous id, and those given a new one.</summary>
    public int? CommunitiesKept { get; init; }
    public int? CommunitiesFresh { get; init; }

    public ChangeSet? Changes { get; init; }

    /// <summary>Things the user should know that are not errors (a cache that could not be used, a missing shard).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Where a stage's time went: wall clock, CPU of the whole process during the stage (on a busy machine the
/// better measure of the work), what it allocated, and the managed heap when it ended.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    public TimeSpan Cpu { get; init; }

    public long AllocatedBytes { get; init; }

    public long HeapBytes { get; init; }
}
