namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Scratch arrays sized for the level-0 graph and reused by every phase at every level, so a Leiden
/// run allocates per level only what it keeps (memberships and the aggregated graph).
/// </summary>
internal sealed class LeidenWorkspace(int n)
{
    /// <summary>Weight from the current node to each community; zero outside the touched list.</summary>
    public readonly double[] NeighborWeight = new double[n];
    public readonly int[] Touched = new int[n];
    public readonly double[] CommunityWeight = new double[n];
    public readonly int[] CommunitySize = new int[n];
    public readonly int[] Queue = new int[n];
    public readonly bool[] Queued = new bool[n];
    public readonly int[] Empty = new int[n];
    public readonly double[] WeightToOwn = new double[n];
    public readonly double[] External = new double[n];
    public readonly double[] SubWeight = new double[n];
}
