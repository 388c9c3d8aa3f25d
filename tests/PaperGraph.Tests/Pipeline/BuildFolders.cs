using PaperGraph.Graph;

namespace PaperGraph.Tests.Pipeline;

/// <summary>Reads what builds wrote, for comparing two builds.</summary>
internal static class BuildFolders
{
    /// <summary>
    /// graph.json with community ids renumbered canonically (by level, then by sorted member ids), so that two
    /// builds that found the same communities compare equal byte for byte whatever ids they gave them.
    /// </summary>
    public static byte[] GraphJsonWithCanonicalCommunityIds(string folder)
    {
        var (graph, analysis) = GraphStore.Open(folder);
        var members = new Dictionary<int, List<string>>();
        foreach (var (id, metrics) in analysis.Nodes)
            foreach (var c in metrics.CommunityPath)
            {
                if (!members.TryGetValue(c, out var list)) members[c] = list = [];
                list.Add(id);
            }
        var order = analysis.Communities
            .OrderBy(c => c.Level)
            .ThenBy(c => string.Join("\n", (members.GetValueOrDefault(c.Id) ?? []).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select((c, index) => (c.Id, index))
            .ToDictionary(x => x.Id, x => x.index);
        var path = Path.Combine(folder, "canonical-graph.json");
        GraphStore.Save(graph, CommunityIdMatcher.Renumber(analysis, order), path);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    public static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path.Combine(folder, file));
}
