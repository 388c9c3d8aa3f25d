namespace PaperGraph.Analytics.Communities;

/// <summary>
/// The graph Leiden works on at one level: the input graph at level 0, then graphs whose nodes are
/// sub-communities. Self loops are not kept: moving a node never changes the weight inside itself, so
/// only the weights between nodes and each node's weight (strength for modularity, size for CPM) count.
/// </summary>
internal sealed class WorkGraph(int[] offsets, int[] targets, double[] weights, double[] nodeWeights)
{
    public readonly int[] Offsets = offsets;
    public readonly int[] Targets = targets;
    public readonly double[] Weights = weights;
    public readonly double[] NodeWeights = nodeWeights;

    public int NodeCount => NodeWeights.Length;

    public static WorkGraph From(CsrGraph graph, QualityObjective objective)
    {
        double[] nodeWeights;
        if (objective == QualityObjective.Modularity) nodeWeights = graph.StrengthArray;
        else
        {
            nodeWeights = new double[graph.NodeCount];
            Array.Fill(nodeWeights, 1.0);
        }
        return new WorkGraph(graph.OffsetArray, graph.TargetArray, graph.WeightArray, nodeWeights);
    }
}
