using PaperGraph.Graph;

namespace PaperGraph.Queries;

/// <summary>
/// Which methods are evaluated on the same datasets and benchmarks (EVALUATED_ON edges): for one
/// method, the others ranked by how many they share; without a method, the pairs that share most.
/// The same questions are cypher/shared-benchmarks.cypher and cypher/shared-benchmarks-top-pairs.cypher.
/// </summary>
public static class SharedBenchmarks
{
    public static SharedBenchmarksAnswer Find(KnowledgeGraph graph, SharedBenchmarksRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MinShared, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Top, 1);
        var index = new EvaluationIndex(graph);
        if (request.Method is null) return new SharedBenchmarksAnswer(null, TopPairs(index, request), null);

        var (method, unknown) = new EntityLookup(graph, "method", EntityType.Method).Find(request.Method);
        if (method is null) return new SharedBenchmarksAnswer(null, [], unknown);
        var m = index.MethodIndex[method.Id.Value];
        var counts = new Dictionary<int, int>();
        foreach (var (t, _) in index.Targets[m])
        {
            foreach (var other in index.Evaluated[t])
            {
                if (other != m) counts[other] = counts.GetValueOrDefault(other) + 1;
            }
        }
        var rows = counts.Where(kv => kv.Value >= request.MinShared)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(request.Top)
            .Select(kv => index.Row(m, kv.Key))
            .ToList();
        return new SharedBenchmarksAnswer(EntityLookup.Ref(method), rows, null);
    }

    /// <summary>
    /// Row by row over methods in id order, counting shared targets into a dense array for the
    /// methods after it, keeping the best pairs in a bounded heap: no pair dictionary, even when a
    /// popular benchmark links thousands of methods.
    /// </summary>
    private static List<SharedBenchmarksRow> TopPairs(EvaluationIndex index, SharedBenchmarksRequest request)
    {
        var n = index.Methods.Count;
        var counts = new int[n];
        var touched = new List<int>();
        // The heap's minimum is the worst pair kept: fewest shared, then the largest ids.
        var best = new PriorityQueue<(int A, int B, int Count), (int Count, int NegA, int NegB)>();
        for (var a = 0; a < n; a++)
        {
            foreach (var (t, _) in index.Targets[a])
            {
                foreach (var b in index.Evaluated[t])
                {
                    if (b <= a) continue;
                    if (counts[b]++ == 0) touched.Add(b);
                }
            }
            foreach (var b in touched)
            {
                var c = counts[b];
                counts[b] = 0;
                if (c < request.MinShared) continue;
                var priority = (c, -a, -b);
                if (best.Count < request.Top) best.Enqueue((a, b, c), priority);
                else if (best.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0) best.EnqueueDequeue((a, b, c), priority);
            }
            touched.Clear();
        }
        return best.UnorderedItems.Select(x => x.Element)
            .OrderByDescending(p => p.Count).ThenBy(p => p.A).ThenBy(p => p.B)
            .Select(p => index.Row(p.A, p.B))
            .ToList();
    }

    /// <summary>Methods (in id order) and the targets each is evaluated on, both ways, with the supporting papers.</summary>
    private sealed class EvaluationIndex
    {
        public readonly List<EntityNode> Methods;
        public readonly Dictionary<string, int> MethodIndex;
        public readonly List<EntityNode> TargetNodes;
        /// <summary>Per method: (target, papers) sorted by target id.</summary>
        public readonly List<(int Target, string[] Papers)>[] Targets;
        /// <summary>Per target: the methods evaluated on it, ascending.</summary>
        public readonly List<int>[] Evaluated;

        public EvaluationIndex(KnowledgeGraph graph)
        {
            Methods = graph.Entities.Where(e => e.Type == EntityType.Method).OrderBy(e => e.Id).ToList();
            MethodIndex = Methods.Select((e, i) => (e.Id.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
            TargetNodes = graph.Entities.Where(e => e.Type.IsEvaluationTarget()).OrderBy(e => e.Id).ToList();
            var targetIndex = TargetNodes.Select((e, i) => (e.Id.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
            Targets = Methods.Select(_ => new List<(int, string[])>()).ToArray();
            Evaluated = TargetNodes.Select(_ => new List<int>()).ToArray();
            var seen = new HashSet<(int, int)>();
            foreach (var e in graph.Edges)
            {
                if (e.Kind != EdgeKind.EvaluatedOn || !MethodIndex.TryGetValue(e.Source, out var m) || !targetIndex.TryGetValue(e.Target, out var t)) continue;
                if (!seen.Add((m, t))) continue;
                Targets[m].Add((t, e.Evidence.Select(x => x.Paper.Value).Distinct().Order(StringComparer.Ordinal).ToArray()));
                Evaluated[t].Add(m);
            }
            foreach (var list in Targets) list.Sort((x, y) => x.Item1.CompareTo(y.Item1));
            foreach (var list in Evaluated) list.Sort();
        }

        public SharedBenchmarksRow Row(int a, int b)
        {
            var other = Targets[b].ToDictionary(x => x.Target, x => x.Papers);
            var shared = Targets[a]
                .Where(x => other.ContainsKey(x.Target))
                .Select(x => new SharedBenchmark(EntityLookup.Ref(TargetNodes[x.Target]), x.Papers, other[x.Target]))
                .ToList();
            return new SharedBenchmarksRow(EntityLookup.Ref(Methods[a]), EntityLookup.Ref(Methods[b]), shared);
        }
    }
}
