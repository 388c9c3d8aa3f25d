using System.Globalization;
using PaperGraph.Graph;

namespace PaperGraph.Queries;

/// <summary>
/// The communities of the analysis: the top-level overview, or one community's members at any
/// level of the hierarchy. The same questions are cypher/communities.cypher and cypher/community-members.cypher.
/// </summary>
public static class CommunityView
{
    public static CommunityOverview Overview(GraphAnalysis analysis)
    {
        var children = ChildCounts(analysis);
        var top = analysis.Communities
            .Where(c => c.Parent is null)
            .OrderByDescending(c => c.Size).ThenBy(c => c.Id)
            .Select(c => Info(c, children))
            .ToList();
        return new CommunityOverview(top, analysis.Modularity);
    }

    public static CommunityMembers Members(KnowledgeGraph graph, GraphAnalysis analysis, int communityId, int top = int.MaxValue)
    {
        var community = analysis.Communities.FirstOrDefault(c => c.Id == communityId);
        if (community is null)
        {
            var closest = analysis.Communities
                .OrderBy(c => Math.Abs(c.Id - communityId)).ThenBy(c => c.Id)
                .Take(5).Select(c => $"{c.Id} ({c.Label})").ToList();
            return new CommunityMembers(null, [], 0, new UnknownName("community", communityId.ToString(CultureInfo.InvariantCulture), closest));
        }
        var names = graph.Papers.Select(p => (p.Id.Value, Name: p.Title, Type: "Paper"))
            .Concat(graph.Entities.Select(e => (e.Id.Value, Name: e.Name, Type: e.Type.ToString())))
            .ToDictionary(x => x.Value, x => (x.Name, x.Type), StringComparer.Ordinal);
        var members = analysis.Nodes
            .Where(kv => kv.Value.CommunityPath.Contains(communityId) && names.ContainsKey(kv.Key))
            .Select(kv => new CommunityMember(kv.Key, names[kv.Key].Name, names[kv.Key].Type, kv.Value.PageRank, kv.Value.Betweenness, kv.Value.Degree))
            .OrderByDescending(m => m.PageRank).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        return new CommunityMembers(Info(community, ChildCounts(analysis)), members.Take(top).ToList(), members.Count, null);
    }

    private static Dictionary<int, int> ChildCounts(GraphAnalysis analysis) =>
        analysis.Communities.Where(c => c.Parent is not null).GroupBy(c => c.Parent!.Value).ToDictionary(g => g.Key, g => g.Count());

    private static CommunityInfo Info(CommunitySummary c, Dictionary<int, int> children) =>
        new(c.Id, c.Level, c.Parent, c.Label, c.Size, c.TopMembers, children.GetValueOrDefault(c.Id));
}
