using System.Collections.Immutable;

namespace PaperGraph.Analytics.Components;

/// <summary>
/// Connected components: Membership[v] is v's component, numbered 0..Count-1 in order of each
/// component's smallest node; Sizes[c] is the number of nodes of component c.
/// </summary>
public sealed record ComponentsResult(ImmutableArray<int> Membership, int Count, ImmutableArray<int> Sizes)
{
    public int LargestSize => Sizes.IsEmpty ? 0 : Sizes.Max();
}
