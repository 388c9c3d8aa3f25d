using System.Collections.Immutable;

namespace PaperGraph.Analytics.Communities;

/// <summary>
/// A partition found by Leiden. Communities are numbered 0..CommunityCount-1 by decreasing size (ties:
/// smallest node first); every community is connected. Quality is the objective's value, computed by
/// Leiden's own bookkeeping (<see cref="Modularity"/> recomputes it independently).
/// </summary>
public sealed record LeidenResult(
    ImmutableArray<int> Membership,
    int CommunityCount,
    double Quality,
    QualityObjective Objective,
    double Resolution,
    int Iterations)
{
    public ImmutableArray<int> Sizes
    {
        get
        {
            var sizes = new int[CommunityCount];
            foreach (var c in Membership) sizes[c]++;
            return [.. sizes];
        }
    }
}
