namespace PaperGraph.Tests.Reliability.Support;

/// <summary>Tests that measure this process's allocations run alone, after the parallel ones, so nothing else allocates meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityMemoryCollection
{
    public const string Name = "Reliability: memory";
}
