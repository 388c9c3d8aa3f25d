using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;

namespace PaperGraph.Graph;

public static partial class GraphAnalyzer
{
    /// <summary>
    /// Community paths of every node that has one. Level-0 communities of a single projected node are
    /// dropped (an entity never seen with another is no topic). Ids are unique across levels: the kept
    /// level-0 communities first, then level 1, ...; <paramref name="communityIds"/>[level][c] maps the
    /// hierarchy's ids to these (−1 when dropped).
    /// </summary>
    private static Dictionary<string, int[]> CommunityPaths(KnowledgeGraph graph, ProjectedGraph projected,
        CommunityHierarchyResult hierarchy, out int[][] communityIds)
    {
        var levels = hierarchy.Levels;
        communityIds = new int[levels.Count][];
        var next = 0;
        for (var level = 0; level < levels.Count; level++)
        {
            var sizes = new int[levels[level].CommunityCount];
            foreach (var c in levels[level].Membership) sizes[c]++;
            communityIds[level] = new int[sizes.Length];
            for (var c = 0; c < sizes.Length; c++)
            {
                var keep = level == 0 ? sizes[c] >= 2 : communityIds[level - 1][levels[level].Parents[c]] >= 0;
                communityIds[level][c] = keep ? next++ : -1;
            }
        }

        var paths = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var v = 0; v < projected.Graph.NodeCount; v++)
        {
            if (communityIds[0][levels[0].Membership[v]] < 0) continue;
            var path = new int[levels.Count];
            for (var level = 0; level < levels.Count; level++) path[level] = communityIds[level][levels[level].Membership[v]];
            paths[projected.Index[v]] = path;
        }
        AssignByMajority(graph, paths, levels.Count);
        return paths;
    }

    /// <summary>
    /// Gives a node outside the projection the community most of its neighbours are in, level by level
    /// within the chosen parent, ties to the smallest id, so its path is consistent with the hierarchy.
    /// </summary>
    private static void AssignByMajority(KnowledgeGraph graph, Dictionary<string, int[]> paths, int levels)
    {
        var neighbours = new Dictionary<string, List<int[]>>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            Link(edge.Source, edge.Target);
            Link(edge.Target, edge.Source);
        }
        foreach (var (node, known) in neighbours.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var candidates = known;
            var path = new int[levels];
            for (var level = 0; level < levels; level++)
            {
                var votes = candidates.GroupBy(p => p[level]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
                path[level] = votes.Key;
                candidates = votes.ToList();
            }
            paths[node] = path;
        }

        void Link(string from, string to)
        {
            if (paths.ContainsKey(from) || !paths.TryGetValue(to, out var path)) return;
            if (!neighbours.TryGetValue(from, out var list)) neighbours[from] = list = [];
            list.Add(path);
        }
    }

    private static List<CommunitySummary> Summaries(KnowledgeGraph graph, Dictionary<string, NodeMetrics> nodes,
        CommunityHierarchyResult hierarchy, int[][] communityIds, AnalysisOptions options)
    {
        var members = new Dictionary<int, List<string>>();
        foreach (var (id, metrics) in nodes)
            foreach (var c in metrics.CommunityPath)
            {
                if (!members.TryGetValue(c, out var list)) members[c] = list = [];
                list.Add(id);
            }

        var entityIndex = new NodeIndex();
        foreach (var entity in graph.Entities) entityIndex.GetOrAdd(entity.Id.Value);
        var paperEntities = GraphProjection.PaperEntities(graph, entityIndex);
        var corpusCount = new int[entityIndex.Count];
        foreach (var mentioned in paperEntities.Values)
            foreach (var e in mentioned) corpusCount[e]++;
        var names = graph.Papers.ToDictionary(p => p.Id.Value, p => p.Title, StringComparer.Ordinal);
        var entities = graph.Entities.ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        foreach (var entity in graph.Entities) names[entity.Id.Value] = entity.Name;

        var summaries = new List<CommunitySummary>();
        for (var level = 0; level < hierarchy.Levels.Count; level++)
        {
            var info = hierarchy.Levels[level];
            for (var c = 0; c < info.CommunityCount; c++)
            {
                var id = communityIds[level][c];
                if (id < 0) continue;
                var ids = members.GetValueOrDefault(id) ?? [];
                int? parent = level == 0 ? null : communityIds[level - 1][info.Parents[c]];
                var label = Label(ids, nodes, entities, paperEntities, corpusCount, entityIndex);
                var top = ids.OrderByDescending(m => nodes[m].PageRank).ThenBy(m => m, StringComparer.Ordinal)
                    .Take(options.TopMembers).Select(m => names.GetValueOrDefault(m, m)).ToList();
                summaries.Add(new CommunitySummary(id, level, parent, label, ids.Count, top, info.Contributions[c]));
            }
        }
        return summaries;
    }

    /// <summary>The labeler's view of one community: its member entities with paper counts inside it and in the corpus.</summary>
    private static string Label(List<string> ids, Dictionary<string, NodeMetrics> nodes, Dictionary<string, EntityNode> entities,
        SortedDictionary<string, int[]> paperEntities, int[] corpusCount, NodeIndex entityIndex)
    {
        var inCommunity = new Dictionary<int, int>();
        var papers = 0;
        foreach (var id in ids)
        {
            if (!paperEntities.TryGetValue(id, out var mentioned)) continue;
            papers++;
            foreach (var e in mentioned) inCommunity[e] = inCommunity.GetValueOrDefault(e) + 1;
        }
        var candidates = new List<LabelCandidate>();
        foreach (var id in ids)
        {
            if (!entities.TryGetValue(id, out var entity)) continue;
            var e = entityIndex.NodeOf(id);
            candidates.Add(new LabelCandidate(entity.Type, entity.Name, inCommunity.GetValueOrDefault(e), corpusCount[e], nodes[id].PageRank));
        }
        return CommunityLabeler.Label(candidates, papers, paperEntities.Count);
    }
}
