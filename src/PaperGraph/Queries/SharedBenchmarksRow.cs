namespace PaperGraph.Queries;

/// <summary>Two methods and the benchmarks they share, sorted by target id.</summary>
public sealed record SharedBenchmarksRow(EntityRef Method, EntityRef Other, IReadOnlyList<SharedBenchmark> Shared)
{
    public int SharedCount => Shared.Count;
}
