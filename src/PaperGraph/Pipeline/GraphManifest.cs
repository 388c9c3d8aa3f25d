using System.Globalization;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// The manifest of a build: every node, relationship and community with the hash of what a loader
/// writes for it, sorted, so that two builds are compared by one merge of their manifests
/// (<see cref="ChangeDetector"/>). A paper's hash covers its properties and its results (a loader
/// replaces a paper's :Result nodes with the paper); an entity's its name, aliases, counts, proposers
/// and evidence; a relationship's its evidence; a community's its summary. Analytics values (PageRank,
/// betweenness, ...) are not hashed: nearly all of them move a little whenever papers are added, so
/// a load after an update refreshes them for every node. Community paths are kept beside the hash.
/// </summary>
internal static class GraphManifest
{
    public static IReadOnlyList<ManifestLine> Lines(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        var results = ResultsByPaper(graph);
        var papers = HashAll(graph.Papers.Count, (i, h) => HashPaper(h, graph.Papers[i], graph, results));
        var entities = HashAll(graph.Entities.Count, (i, h) => HashEntity(h, graph.Entities[i]));
        var edges = HashAll(graph.Edges.Count, (i, h) => HashEdge(h, graph.Edges[i]));

        var lines = new List<ManifestLine>(papers.Length + entities.Length + edges.Length + analysis.Communities.Count);
        // Papers and entities are each sorted by id: merged, they give the nodes in order without a sort.
        int p = 0, e = 0;
        while (p < papers.Length || e < entities.Length)
        {
            var takePaper = e == entities.Length
                || (p < papers.Length && string.CompareOrdinal(graph.Papers[p].Id.Value, graph.Entities[e].Id.Value) < 0);
            var id = takePaper ? graph.Papers[p].Id.Value : graph.Entities[e].Id.Value;
            var hash = takePaper ? papers[p++] : entities[e++];
            lines.Add(new ManifestLine(ManifestLine.Node, id, hash, Path(analysis, id)));
        }
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = graph.Edges[i];
            lines.Add(new ManifestLine(ManifestLine.Edge, EdgeKey(edge.Source, edge.Kind, edge.Target), edges[i], ""));
        }
        var hasher = new ContentHasher();
        foreach (var c in analysis.Communities)
        {
            hasher.Add(c.Id).Add(c.Level).Add(c.Parent ?? -1).Add(c.Label).Add(c.Size).Add(c.Modularity).Add(c.TopMembers.Count);
            foreach (var member in c.TopMembers) hasher.Add(member);
            lines.Add(new ManifestLine(ManifestLine.Community, ManifestLine.CommunityKey(c.Id), hasher.Hash(), ""));
        }
        // The comparison of two manifests is a merge: it needs one total order. The graph's lists are
        // sorted already, so this is a check; the sort only runs if a list ever comes out of order.
        if (!IsSorted(lines)) lines.Sort(ManifestLine.Compare);
        return lines;
    }

    private static bool IsSorted(List<ManifestLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (ManifestLine.Compare(lines[i - 1], lines[i]) >= 0) return false;
        }
        return true;
    }

    public static string EdgeKey(string source, EdgeKind kind, string target) =>
        string.Concat(source, "\t", ((int)kind).ToString(CultureInfo.InvariantCulture), "\t", target);

    public static (string Source, EdgeKind Kind, string Target) ParseEdgeKey(string key)
    {
        var first = key.IndexOf('\t');
        var second = key.IndexOf('\t', first + 1);
        return (key[..first], (EdgeKind)int.Parse(key.AsSpan(first + 1, second - first - 1), CultureInfo.InvariantCulture), key[(second + 1)..]);
    }

    private static string Path(GraphAnalysis analysis, string id) =>
        analysis.Nodes.TryGetValue(id, out var metrics) && metrics.CommunityPath.Count > 0
            ? string.Join(',', metrics.CommunityPath.Select(c => c.ToString(CultureInfo.InvariantCulture)))
            : "";

    private static UInt128[] HashAll(int count, Func<int, ContentHasher, UInt128> hash)
    {
        var hashes = new UInt128[count];
        Parallel.For(0, count, () => new ContentHasher(), (i, _, hasher) =>
        {
            hashes[i] = hash(i, hasher);
            return hasher;
        }, _ => { });
        return hashes;
    }

    private static Dictionary<PaperId, List<ReportedResult>> ResultsByPaper(KnowledgeGraph graph)
    {
        var byPaper = new Dictionary<PaperId, List<ReportedResult>>();
        foreach (var result in graph.Results)
        {
            if (!byPaper.TryGetValue(result.Paper, out var list)) byPaper[result.Paper] = list = [];
            list.Add(result);
        }
        return byPaper;
    }

    private static UInt128 HashPaper(ContentHasher h, PaperNode paper, KnowledgeGraph graph, Dictionary<PaperId, List<ReportedResult>> results)
    {
        h.Add(paper.Id.Value).Add(paper.Title).Add(paper.Abstract).Add(paper.Year ?? int.MinValue).Add(paper.Date)
            .Add(paper.Venue).Add(paper.Url).Add(paper.Authors.Count);
        foreach (var author in paper.Authors) h.Add(author);
        var own = results.GetValueOrDefault(paper.Id);
        h.Add(own?.Count ?? 0);
        if (own is null) return h.Hash();
        foreach (var r in own)
        {
            h.Add(r.Metric.Value).Add(r.Target?.Value).Add(r.Method?.Value).Add(r.Text)
                .Add(r.Value.Value).Add((int)r.Value.Unit).Add(r.Value.Text).Add(r.Value.PlusMinus).Add(r.Value.IsDelta ? 1 : 0).Add(r.Value.From);
            Add(h, r.Evidence);
        }
        return h.Hash();
    }

    private static UInt128 HashEntity(ContentHasher h, EntityNode entity)
    {
        h.Add(entity.Id.Value).Add((int)entity.Type).Add(entity.Name).Add(entity.PaperCount).Add(entity.MentionCount).Add(entity.Aliases.Count);
        foreach (var alias in entity.Aliases) h.Add(alias.Name).Add((int)alias.Reason);
        h.Add(entity.ProposedBy.Count);
        foreach (var paper in entity.ProposedBy) h.Add(paper.Value);
        h.Add(entity.Evidence.Count);
        foreach (var evidence in entity.Evidence) Add(h, evidence);
        return h.Hash();
    }

    private static UInt128 HashEdge(ContentHasher h, GraphEdge edge)
    {
        h.Add(edge.Source).Add((int)edge.Kind).Add(edge.Target).Add(edge.Evidence.Count);
        foreach (var evidence in edge.Evidence) Add(h, evidence);
        return h.Hash();
    }

    private static void Add(ContentHasher h, Evidence evidence) => h.Add(evidence.Paper.Value).Add(evidence.Span).Add(evidence.Sentence);
}
