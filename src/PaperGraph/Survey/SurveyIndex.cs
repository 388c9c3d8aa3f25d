using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// The lookups an outline needs, built once per graph in a few linear passes: which papers support each
/// entity (its evidence), what each paper mentions and proposes, the EVALUATED_ON and BUILDS_ON edges by
/// endpoint, results by paper, the members of every community and every node's PageRank. "Supports" always
/// means "has the entity in its evidence", so every citation the outline makes can be checked against the graph.
/// Entities are also numbered (their position in the graph's id-sorted list) so that tallies are arrays.
/// </summary>
internal sealed class SurveyIndex
{
    private static readonly IReadOnlyList<int> NoPath = [];

    private readonly Dictionary<EntityId, int> entityNumbers;
    private readonly PaperId[][] entityPapers;
    private readonly double[] entityRanks;
    private readonly Dictionary<PaperId, List<int>> paperEntities = [];
    private readonly Dictionary<PaperId, List<int>> paperProposals = [];
    private readonly Dictionary<EntityId, List<GraphEdge>> evaluatedOnByTarget = [];
    private readonly Dictionary<EntityId, List<GraphEdge>> buildsOnBySource = [];
    private readonly Dictionary<PaperId, List<ReportedResult>> resultsByPaper = [];
    private readonly Dictionary<int, List<string>> communityMembers = [];

    public SurveyIndex(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        Graph = graph;
        Analysis = analysis;
        Papers = new Dictionary<PaperId, PaperNode>(graph.Papers.Count);
        foreach (var p in graph.Papers) Papers.TryAdd(p.Id, p);
        Communities = analysis.Communities.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());

        var count = graph.Entities.Count;
        entityNumbers = new Dictionary<EntityId, int>(count);
        entityPapers = new PaperId[count][];
        entityRanks = new double[count];
        for (var i = 0; i < count; i++)
        {
            var e = graph.Entities[i];
            entityNumbers.TryAdd(e.Id, i);
            entityRanks[i] = PageRank(e.Id.Value);
            var papers = DistinctPapers(e.Evidence);
            entityPapers[i] = papers;
            foreach (var p in papers) Add(paperEntities, p, i);
            foreach (var p in e.ProposedBy)
            {
                if (Array.BinarySearch(papers, p) >= 0) Add(paperProposals, p, i);
            }
        }
        foreach (var edge in graph.Edges)
        {
            if (edge.Kind == EdgeKind.EvaluatedOn) Add(evaluatedOnByTarget, new EntityId(edge.Target), edge);
            else if (edge.Kind == EdgeKind.BuildsOn) Add(buildsOnBySource, new EntityId(edge.Source), edge);
        }
        foreach (var r in graph.Results) Add(resultsByPaper, r.Paper, r);
        foreach (var (id, metrics) in analysis.Nodes)
        {
            foreach (var c in metrics.CommunityPath) Add(communityMembers, c, id);
        }
        foreach (var list in communityMembers.Values) list.Sort(StringComparer.Ordinal);
    }

    public KnowledgeGraph Graph { get; }

    public GraphAnalysis Analysis { get; }

    public Dictionary<PaperId, PaperNode> Papers { get; }

    public Dictionary<int, CommunitySummary> Communities { get; }

    public int EntityCount => entityPapers.Length;

    public EntityNode Entity(int number) => Graph.Entities[number];

    public bool TryGetNumber(EntityId id, out int number) => entityNumbers.TryGetValue(id, out number);

    public bool TryGetEntity(string id, out EntityNode entity)
    {
        var found = entityNumbers.TryGetValue(new EntityId(id), out var n);
        entity = found ? Graph.Entities[n] : null!;
        return found;
    }

    public double PageRank(string nodeId) => Analysis.Nodes.TryGetValue(nodeId, out var m) ? m.PageRank : 0;

    public double PageRank(int entity) => entityRanks[entity];

    public IReadOnlyList<int> PathOf(string nodeId) => Analysis.Nodes.TryGetValue(nodeId, out var m) ? m.CommunityPath : NoPath;

    /// <summary>The distinct papers in an entity's evidence, sorted by id.</summary>
    public IReadOnlyList<PaperId> PapersOf(int entity) => entityPapers[entity];

    public bool Supports(PaperId paper, EntityId entity) =>
        entityNumbers.TryGetValue(entity, out var n) && Array.BinarySearch(entityPapers[n], paper) >= 0;

    /// <summary>The entities (numbers) a paper mentions in its evidence, ascending.</summary>
    public IReadOnlyList<int> EntitiesOf(PaperId paper) => paperEntities.TryGetValue(paper, out var e) ? e : [];

    /// <summary>The entities (numbers) a paper proposes, ascending.</summary>
    public IReadOnlyList<int> ProposalsOf(PaperId paper) => paperProposals.TryGetValue(paper, out var e) ? e : [];

    public IReadOnlyList<GraphEdge> EvaluatedOn(EntityId target) => evaluatedOnByTarget.TryGetValue(target, out var e) ? e : [];

    public IReadOnlyList<GraphEdge> BuildsOn(EntityId method) => buildsOnBySource.TryGetValue(method, out var e) ? e : [];

    public IReadOnlyList<ReportedResult> ResultsOf(PaperId paper) => resultsByPaper.TryGetValue(paper, out var r) ? r : [];

    /// <summary>Node ids (papers and entities) whose community path contains the community, sorted.</summary>
    public IReadOnlyList<string> MembersOf(int community) => communityMembers.TryGetValue(community, out var m) ? m : [];

    /// <summary>
    /// The papers of an evidence list, once each, sorted. Evidence comes sorted by paper, so this is one pass;
    /// a list that is not (a hand-made graph) is sorted here. Papers the graph does not hold are left out.
    /// </summary>
    private PaperId[] DistinctPapers(IReadOnlyList<Evidence> evidence)
    {
        var papers = new List<PaperId>(Math.Min(evidence.Count, 16));
        var sorted = true;
        foreach (var x in evidence)
        {
            if (papers.Count > 0)
            {
                var order = x.Paper.CompareTo(papers[^1]);
                if (order == 0) continue;
                sorted &= order > 0;
            }
            papers.Add(x.Paper);
        }
        IEnumerable<PaperId> result = sorted ? papers : papers.Distinct().Order();
        return result.Where(Papers.ContainsKey).ToArray();
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
