namespace PaperGraph.Analytics.IO;

/// <summary>
/// A graph read from an edge list, its node ids, and what reading did: edge lines read, self loops and
/// zero-weight lines that added nodes but no edge, and lines that repeated a pair already seen (summed).
/// </summary>
public sealed record EdgeListGraph(CsrGraph Graph, NodeIndex Index, long EdgeLines, long SelfLoops, long ZeroWeights)
{
    public long RepeatedPairs => EdgeLines - SelfLoops - ZeroWeights - Graph.EdgeCount;
}
