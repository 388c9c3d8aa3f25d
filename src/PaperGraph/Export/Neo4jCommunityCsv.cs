using PaperGraph.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Communities as :Community nodes, every node's membership at each level of its path (IN_COMMUNITY
/// with the level), and each community's link to the one above it (PARENT). Header-only files when
/// the analysis found no communities, so the import command is always the same.
/// </summary>
internal static class Neo4jCommunityCsv
{
    public static void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder)
    {
        var communities = analysis.Communities.ToDictionary(c => c.Id);
        folder.WriteText("communities.csv", w =>
        {
            var row = new Neo4jCsvRow(w);
            row.Header(["id:ID", ":LABEL", "communityId:int", "label", "level:int", "size:int", "parent:int", "topMembers:string[]", "modularity:double"]);
            foreach (var c in analysis.Communities)
            {
                row.Text(Neo4jSchema.CommunityId(c.Id)).Texts([Neo4jSchema.Community]).Int(c.Id).Text(c.Label).Int(c.Level).Int(c.Size)
                    .Int(c.Parent).Texts(c.TopMembers).Double(c.Modularity);
                row.End();
            }
        });
        folder.WriteText(Neo4jImportCsvWriter.FileOf(Neo4jSchema.InCommunity), w =>
        {
            var row = new Neo4jCsvRow(w);
            row.Header([":START_ID", ":END_ID", ":TYPE", "level:int"]);
            foreach (var id in graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)))
            {
                if (!analysis.Nodes.TryGetValue(id, out var metrics)) continue;
                foreach (var community in metrics.CommunityPath.Distinct())
                {
                    if (!communities.TryGetValue(community, out var summary)) continue;
                    row.Text(id).Text(Neo4jSchema.CommunityId(community)).Text(Neo4jSchema.InCommunity).Int(summary.Level);
                    row.End();
                }
            }
        });
        folder.WriteText(Neo4jImportCsvWriter.FileOf(Neo4jSchema.Parent), w =>
        {
            var row = new Neo4jCsvRow(w);
            row.Header([":START_ID", ":END_ID", ":TYPE"]);
            foreach (var c in analysis.Communities)
            {
                if (c.Parent is not { } parent || !communities.ContainsKey(parent)) continue;
                row.Text(Neo4jSchema.CommunityId(c.Id)).Text(Neo4jSchema.CommunityId(parent)).Text(Neo4jSchema.Parent);
                row.End();
            }
        });
    }
}
