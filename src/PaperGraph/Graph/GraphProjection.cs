using PaperGraph.Analytics;

namespace PaperGraph.Graph;

/// <summary>
/// Projects a <see cref="KnowledgeGraph"/> onto a <see cref="CsrGraph"/> for the analytics. Node order
/// is the graph's own order (papers, then entities, both sorted by id), so projections are deterministic.
/// </summary>
public static class GraphProjection
{
    public static ProjectedGraph Project(KnowledgeGraph graph, CommunityProjection projection,
        CoOccurrenceWeighting weighting = CoOccurrenceWeighting.AssociationStrength) => projection switch
    {
        CommunityProjection.CoOccurrence => CoOccurrence(graph, weighting),
        CommunityProjection.SharedBenchmarks => SharedBenchmarks(graph),
        _ => Heterogeneous(graph),
    };

    /// <summary>
    /// Methods linked by the datasets and benchmarks both are evaluated on (EVALUATED_ON edges); weight =
    /// the number shared, and the shared ones listed per edge. Every method is a node, even one with no
    /// shared target.
    /// </summary>
    public static ProjectedGraph SharedBenchmarks(KnowledgeGraph graph)
    {
        var index = new NodeIndex();
        foreach (var entity in graph.Entities)
            if (entity.Type == EntityType.Method) index.GetOrAdd(entity.Id.Value);

        var methodsByTarget = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (edge.Kind != EdgeKind.EvaluatedOn || !index.TryGetNode(edge.Source, out var method)) continue;
            if (!methodsByTarget.TryGetValue(edge.Target, out var methods)) methodsByTarget[edge.Target] = methods = [];
            methods.Add(method);
        }

        var shared = new Dictionary<(int, int), List<EntityId>>();
        foreach (var (target, methods) in methodsByTarget)
        {
            var list = methods.ToArray();
            for (var i = 0; i < list.Length; i++)
                for (var j = i + 1; j < list.Length; j++)
                {
                    if (!shared.TryGetValue((list[i], list[j]), out var targets)) shared[(list[i], list[j])] = targets = [];
                    targets.Add(new EntityId(target));
                }
        }

        var builder = new CsrGraphBuilder(index.Count);
        foreach (var ((u, v), targets) in shared) builder.AddEdge(u, v, targets.Count);
        return new ProjectedGraph(builder.Build(), index,
            shared.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<EntityId>)kv.Value));
    }

    /// <summary>
    /// Entities linked when they occur in the same paper (any paper → entity relationship). With
    /// <see cref="CoOccurrenceWeighting.Counts"/> the weight is the number of such papers c_ij; with
    /// association strength it is c_ij / (o_i o_j), o_i the papers mentioning i.
    /// </summary>
    public static ProjectedGraph CoOccurrence(KnowledgeGraph graph, CoOccurrenceWeighting weighting = CoOccurrenceWeighting.AssociationStrength)
    {
        var index = new NodeIndex();
        foreach (var entity in graph.Entities) index.GetOrAdd(entity.Id.Value);
        var entitiesOf = PaperEntities(graph, index);
        var occurrences = new int[index.Count];
        var counts = new CsrGraphBuilder(index.Count);
        foreach (var entities in entitiesOf.Values)
        {
            foreach (var e in entities) occurrences[e]++;
            for (var i = 0; i < entities.Length; i++)
                for (var j = i + 1; j < entities.Length; j++) counts.AddEdge(entities[i], entities[j]);
        }
        var raw = counts.Build();
        if (weighting == CoOccurrenceWeighting.Counts) return new ProjectedGraph(raw, index, Empty);

        var builder = new CsrGraphBuilder(index.Count, raw.EdgeCount);
        for (var u = 0; u < raw.NodeCount; u++)
        {
            var neighbors = raw.Neighbors(u);
            var weights = raw.NeighborWeights(u);
            for (var i = 0; i < neighbors.Length; i++)
                if (neighbors[i] > u) builder.AddEdge(u, neighbors[i], weights[i] / ((double)occurrences[u] * occurrences[neighbors[i]]));
        }
        return new ProjectedGraph(builder.Build(), index, Empty);
    }

    /// <summary>
    /// Every paper and entity a node, every relationship an undirected edge weighted by its number of
    /// supporting papers; relationships of different kinds between the same two nodes add up.
    /// </summary>
    public static ProjectedGraph Heterogeneous(KnowledgeGraph graph)
    {
        var index = new NodeIndex();
        foreach (var paper in graph.Papers) index.GetOrAdd(paper.Id.Value);
        foreach (var entity in graph.Entities) index.GetOrAdd(entity.Id.Value);
        var builder = new CsrGraphBuilder(index.Count);
        foreach (var edge in graph.Edges)
        {
            if (index.TryGetNode(edge.Source, out var u) && index.TryGetNode(edge.Target, out var v))
                builder.AddEdge(u, v, Math.Max(1, edge.Weight));
        }
        return new ProjectedGraph(builder.Build(), index, Empty);
    }

    /// <summary>The distinct entities (dense numbers, ascending) each paper relates to, by paper id.</summary>
    internal static SortedDictionary<string, int[]> PaperEntities(KnowledgeGraph graph, NodeIndex entityIndex)
    {
        var sets = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var paper in graph.Papers) sets[paper.Id.Value] = [];
        foreach (var edge in graph.Edges)
        {
            if (!IsPaperToEntity(edge.Kind) || !sets.TryGetValue(edge.Source, out var set)) continue;
            if (entityIndex.TryGetNode(edge.Target, out var entity)) set.Add(entity);
        }
        var result = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (paper, set) in sets) result[paper] = [.. set];
        return result;
    }

    private static bool IsPaperToEntity(EdgeKind kind) =>
        kind is EdgeKind.Proposes or EdgeKind.Uses or EdgeKind.EvaluatesOn or EdgeKind.Measures or EdgeKind.Addresses;

    private static readonly IReadOnlyDictionary<(int, int), IReadOnlyList<EntityId>> Empty = new Dictionary<(int, int), IReadOnlyList<EntityId>>();
}
