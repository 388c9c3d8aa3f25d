namespace PaperGraph.Graph;

/// <summary>
/// Keeps community ids stable across builds of a growing corpus (docs/scaling.md, "Community ids").
/// Community detection numbers communities afresh on every run, so after an update the same topic
/// could get another id. Each new community is matched to a previous one of the same level by the
/// Jaccard overlap of their members (papers and entities): greedily, best overlap first (ties: more
/// shared members, then smaller ids), one to one, and only when the overlap reaches
/// <see cref="DefaultMinJaccard"/>. A matched community takes the previous id; every other community
/// gets a fresh id above the previous maximum, so no id ever names two different communities.
/// Parents follow their communities. An unchanged community always keeps its id (its overlap is 1).
/// </summary>
public static class CommunityIdMatcher
{
    /// <summary>Below this overlap a community is taken to be a new one rather than a changed old one.</summary>
    public const double DefaultMinJaccard = 0.3;

    /// <param name="current">The analysis of this build, numbered by <see cref="GraphAnalyzer"/>.</param>
    /// <param name="previous">Every node's community path in the previous build.</param>
    /// <param name="previousMaxId">The largest community id the previous build used (−1 if none).</param>
    public static CommunityMatch Match(
        GraphAnalysis current, IEnumerable<(string Node, IReadOnlyList<int> Path)> previous, int previousMaxId,
        double minJaccard = DefaultMinJaccard)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var previousSize = new Dictionary<int, int>();
        var overlap = new Dictionary<(int Previous, int Current), int>();
        var maxId = previousMaxId;
        foreach (var (node, path) in previous)
        {
            foreach (var p in path)
            {
                previousSize[p] = previousSize.GetValueOrDefault(p) + 1;
                maxId = Math.Max(maxId, p);
            }
            if (!current.Nodes.TryGetValue(node, out var metrics)) continue;
            var now = metrics.CommunityPath;
            // Position in the path is the level, so only communities of one level are ever paired.
            for (var level = 0; level < Math.Min(path.Count, now.Count); level++)
            {
                var key = (path[level], now[level]);
                overlap[key] = overlap.GetValueOrDefault(key) + 1;
            }
        }

        var currentSize = new Dictionary<int, int>();
        foreach (var metrics in current.Nodes.Values)
            foreach (var c in metrics.CommunityPath) currentSize[c] = currentSize.GetValueOrDefault(c) + 1;

        var candidates = new List<(double Jaccard, int Shared, int Current, int Previous)>();
        foreach (var ((p, c), shared) in overlap)
        {
            var jaccard = shared / (double)(previousSize[p] + currentSize[c] - shared);
            if (jaccard >= minJaccard) candidates.Add((jaccard, shared, c, p));
        }
        candidates.Sort((a, b) =>
        {
            var order = b.Jaccard.CompareTo(a.Jaccard);
            if (order == 0) order = b.Shared.CompareTo(a.Shared);
            if (order == 0) order = a.Current.CompareTo(b.Current);
            return order != 0 ? order : a.Previous.CompareTo(b.Previous);
        });

        var map = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        foreach (var (_, _, c, p) in candidates)
        {
            if (map.ContainsKey(c) || taken.Contains(p)) continue;
            map[c] = p;
            taken.Add(p);
        }
        var kept = map.Count;

        var next = maxId + 1;
        var unmatched = current.Communities.Select(s => (s.Level, s.Id))
            .Concat(currentSize.Keys.Select(id => (Level: int.MaxValue, Id: id)))
            .Where(x => !map.ContainsKey(x.Id))
            .OrderBy(x => x.Level).ThenBy(x => x.Id);
        foreach (var (_, id) in unmatched)
        {
            if (!map.ContainsKey(id)) map[id] = next++;
        }
        return new CommunityMatch(Renumber(current, map), kept, map.Count - kept);
    }

    /// <summary>
    /// Renames community ids everywhere they occur: node paths, summary ids and parents. Summaries come
    /// out ordered by level, then id. Ids missing from the map are kept.
    /// </summary>
    public static GraphAnalysis Renumber(GraphAnalysis analysis, IReadOnlyDictionary<int, int> map)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(map);
        int Map(int id) => map.TryGetValue(id, out var to) ? to : id;
        var nodes = new Dictionary<string, NodeMetrics>(analysis.Nodes.Count, StringComparer.Ordinal);
        foreach (var (id, metrics) in analysis.Nodes)
        {
            nodes[id] = metrics.CommunityPath.Count == 0 ? metrics : metrics with { CommunityPath = [.. metrics.CommunityPath.Select(Map)] };
        }
        var communities = analysis.Communities
            .Select(c => c with { Id = Map(c.Id), Parent = c.Parent is { } parent ? Map(parent) : null })
            .OrderBy(c => c.Level).ThenBy(c => c.Id)
            .ToList();
        return analysis with { Nodes = nodes, Communities = communities };
    }
}
