using PaperGraph.Analytics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;

namespace PaperGraph.Graph;

/// <summary>
/// Analytics of a knowledge graph: PageRank, betweenness, weighted degree and harmonic closeness of every
/// paper and entity on the whole graph (<see cref="GraphProjection.Heterogeneous"/>), and a community
/// hierarchy found on the chosen projection (entity co-occurrence by default) with a label, size, top
/// members and modularity for each community. Nodes outside the projection (papers, for the entity
/// projections) join, level by level, the community most of their entities are in. Deterministic for a seed.
/// A cancelled token stops it within one iteration or sweep of the running algorithm (an
/// <see cref="OperationCanceledException"/>); nothing is kept.
/// </summary>
public static partial class GraphAnalyzer
{
    public static GraphAnalysis Analyze(KnowledgeGraph graph, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= AnalysisOptions.Default;
        if (graph.Papers.Count == 0 && graph.Entities.Count == 0) return GraphAnalysis.None;

        var whole = GraphProjection.Heterogeneous(graph);
        var centrality = Centralities(whole, options, cancellationToken);
        var projected = options.Projection == CommunityProjection.Heterogeneous
            ? whole
            : GraphProjection.Project(graph, options.Projection, options.Weighting);
        var hierarchy = CommunityHierarchy.Build(projected.Graph, options.Hierarchy, cancellationToken);

        var paths = CommunityPaths(graph, projected, hierarchy, out var communityIds);
        var nodes = new Dictionary<string, NodeMetrics>(StringComparer.Ordinal);
        for (var v = 0; v < whole.Graph.NodeCount; v++)
        {
            var id = whole.Index[v];
            nodes[id] = new NodeMetrics(centrality.PageRank[v], centrality.Betweenness[v], centrality.Degree[v],
                centrality.Closeness[v], paths.TryGetValue(id, out var path) ? path : []);
        }
        var summaries = Summaries(graph, nodes, hierarchy, communityIds, options);
        return new GraphAnalysis(nodes, summaries, hierarchy.Levels[0].Quality);
    }

    /// <summary>The entities of one type ranked by PageRank (then betweenness, then id): "most central datasets".</summary>
    public static IReadOnlyList<RankedEntity> MostCentral(KnowledgeGraph graph, GraphAnalysis analysis, EntityType type, int count = 10) =>
        graph.Entities
            .Where(e => e.Type == type && analysis.Nodes.ContainsKey(e.Id.Value))
            .Select(e => new RankedEntity(e, analysis.Nodes[e.Id.Value]))
            .OrderByDescending(r => r.Metrics.PageRank)
            .ThenByDescending(r => r.Metrics.Betweenness)
            .ThenBy(r => r.Entity.Id.Value, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    private static (double[] PageRank, double[] Betweenness, double[] Degree, double[] Closeness) Centralities(ProjectedGraph whole,
        AnalysisOptions options, CancellationToken cancellationToken)
    {
        var g = whole.Graph;
        var pageRank = PageRank.Compute(g, cancellationToken: cancellationToken).Scores.ToArray();
        var paths = PathCentrality.Compute(g, options.Paths, cancellationToken);
        var betweenness = paths.Betweenness.Scores.ToArray();
        var closeness = paths.Closeness.Scores.ToArray();
        // Harmonic closeness over n − 1 lies in [0, 1] (1: adjacent to every other node), comparable across corpora.
        if (g.NodeCount > 1)
            for (var v = 0; v < closeness.Length; v++) closeness[v] /= g.NodeCount - 1;
        var degree = new double[g.NodeCount];
        for (var v = 0; v < degree.Length; v++) degree[v] = g.Strength(v);
        return (pageRank, betweenness, degree, closeness);
    }
}
