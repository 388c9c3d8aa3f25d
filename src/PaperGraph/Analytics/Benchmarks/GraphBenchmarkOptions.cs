using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Generators;

namespace PaperGraph.Analytics.Benchmarks;

/// <summary>
/// What <see cref="GraphBenchmark"/> runs: the large planted-partition graph (Leiden, PageRank) and the
/// LFR-style graph (exact betweenness, Leiden), both generated from <see cref="Seed"/>.
/// </summary>
public sealed record GraphBenchmarkOptions
{
    /// <summary>Nodes of the large graph (1,000,000 in the issue); edges scale with it. 0 skips it.</summary>
    public int Nodes
    {
        get;
        init => field = value == 0 || value >= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(Nodes), value, "Nodes must be 0 or at least 1000.");
    } = 1_000_000;

    /// <summary>Nodes of the LFR-style graph (10,000 in the issue). 0 skips it.</summary>
    public int LfrNodes
    {
        get;
        init => field = value == 0 || value >= 100 ? value : throw new ArgumentOutOfRangeException(nameof(LfrNodes), value, "LfrNodes must be 0 or at least 100.");
    } = 10_000;

    public long Seed { get; init; } = 1;

    public LeidenOptions Leiden { get; init; } = LeidenOptions.Default;

    /// <summary>PageRank runs until its L1 change is below this (the issue asks for 1e-9).</summary>
    public double PageRankTolerance { get; init; } = 1e-9;

    internal PlantedPartitionOptions LargeGraph => PlantedPartitionOptions.Large.WithNodes(Nodes) with { Seed = Seed };

    internal PlantedPartitionOptions LfrGraph => PlantedPartitionOptions.Lfr10K.WithNodes(LfrNodes) with { Seed = Seed };
}
