using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph.Loading;

/// <summary>Field-by-field comparison of two opened graphs (records compare lists by reference, so they are walked here).</summary>
internal static class QueryGraphAssert
{
    public static void Equal((KnowledgeGraph Graph, GraphAnalysis Analysis) expected, (KnowledgeGraph Graph, GraphAnalysis Analysis) actual)
    {
        var (a, b) = (expected.Graph, actual.Graph);
        Assert.Equal(a.Papers.Select(Paper), b.Papers.Select(Paper));
        Assert.Equal(a.Entities.Select(Entity), b.Entities.Select(Entity));
        Assert.Equal(a.Edges.Select(Edge), b.Edges.Select(Edge));
        Assert.Equal(a.Results.Select(Result), b.Results.Select(Result));
        Analysis(expected.Analysis, actual.Analysis);
    }

    public static void Analysis(GraphAnalysis expected, GraphAnalysis actual)
    {
        Assert.Equal(expected.Modularity, actual.Modularity);
        Assert.Equal(expected.Nodes.Keys.Order(StringComparer.Ordinal), actual.Nodes.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, m) in expected.Nodes)
        {
            var n = actual.Nodes[id];
            Assert.Equal((m.PageRank, m.Betweenness, m.Degree, m.Closeness, Join(m.CommunityPath)), (n.PageRank, n.Betweenness, n.Degree, n.Closeness, Join(n.CommunityPath)));
        }
        Assert.Equal(expected.Communities.Select(Community), actual.Communities.Select(Community));
    }

    /// <summary>The papers an evidence list cites, once each, in order of first appearance.</summary>
    public static string Cited(IEnumerable<Evidence> evidence) => Join(evidence.Select(e => e.Paper.Value).Distinct());

    private static string Paper(PaperNode p) => $"{p.Id}|{p.Title}|{p.Abstract}|{p.Year}|{p.Date}|{p.Venue}|{p.Url}|{Join(p.Authors)}";

    private static string Entity(EntityNode e) =>
        $"{e.Id}|{e.Type}|{e.Name}|{Join(e.Aliases.Select(a => $"{a.Name}:{a.Reason}"))}|{e.PaperCount}|{e.MentionCount}|{Join(e.ProposedBy)}|{Join(e.Evidence)}";

    private static string Edge(GraphEdge e) => $"{e.Source}|{e.Kind}|{e.Target}|{e.Weight}|{Join(e.Evidence)}";

    private static string Result(ReportedResult r) =>
        $"{r.Paper}|{r.Metric}|{r.Target}|{r.Method}|{r.Value.Value}|{r.Value.Unit}|{r.Value.Text}|{r.Value.PlusMinus}|{r.Value.IsDelta}|{r.Value.From}|{r.Evidence}|{r.Text}";

    private static string Community(CommunitySummary c) => $"{c.Id}|{c.Level}|{c.Parent}|{c.Label}|{c.Size}|{Join(c.TopMembers)}|{c.Modularity}";

    private static string Join<T>(IEnumerable<T> values) => string.Join(";", values);
}
