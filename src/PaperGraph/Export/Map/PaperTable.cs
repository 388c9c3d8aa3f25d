using PaperGraph.Graph;

namespace PaperGraph.Export.Map;

/// <summary>
/// The papers the page knows about: every drawn paper (its number is its node number) and, after
/// them, papers that are not drawn but that a drawn entity's evidence or result cites, numbered
/// as they are first cited.
/// </summary>
internal sealed class PaperTable
{
    private readonly Dictionary<PaperId, PaperNode> byId;
    private readonly Dictionary<PaperId, int> numbers = [];
    private readonly List<PaperNode> rows = [];

    public PaperTable(KnowledgeGraph graph, GraphAnalysis analysis, MapNodes nodes, int maxAbstractChars)
    {
        byId = new Dictionary<PaperId, PaperNode>(graph.Papers.Count);
        foreach (var paper in graph.Papers) byId.TryAdd(paper.Id, paper);
        foreach (var paper in nodes.Papers) NumberOf(paper.Id);
        DrawnCount = rows.Count;
        WithAbstract = AbstractsWithin(nodes.Papers, analysis, maxAbstractChars);
    }

    /// <summary>Rows [0, DrawnCount) are the drawn papers, in node order.</summary>
    public int DrawnCount { get; }

    /// <summary>The drawn papers whose abstract is embedded.</summary>
    public IReadOnlySet<PaperId> WithAbstract { get; }

    public IReadOnlyList<PaperNode> Rows => rows;

    public PaperNode? Find(PaperId id) => byId.GetValueOrDefault(id);

    /// <summary>The paper's number in the table, adding it on first use; -1 for a paper the graph does not hold.</summary>
    public int NumberOf(PaperId id)
    {
        if (numbers.TryGetValue(id, out var number)) return number;
        if (!byId.TryGetValue(id, out var paper)) return -1;
        numbers[id] = rows.Count;
        rows.Add(paper);
        return rows.Count - 1;
    }

    /// <summary>The most central papers first (ties by id), while their abstracts fit in the budget.</summary>
    private static HashSet<PaperId> AbstractsWithin(IReadOnlyList<PaperNode> papers, GraphAnalysis analysis, int budget)
    {
        var chosen = new HashSet<PaperId>();
        long used = 0;
        var byCentrality = papers.OrderByDescending(p => MapNodes.PageRankOf(analysis, p.Id.Value)).ThenBy(p => p.Id);
        foreach (var paper in byCentrality)
        {
            used += paper.Abstract.Length;
            if (used > budget) break;
            chosen.Add(paper.Id);
        }
        return chosen;
    }

    /// <summary>The sentence of a piece of evidence, or null when its span does not fit the paper's text.</summary>
    public string? SentenceOf(Evidence evidence)
    {
        if (Find(evidence.Paper) is not { } paper) return null;
        var text = paper.Text(evidence.Sentence.Field);
        var s = evidence.Sentence;
        return s.Start >= 0 && s.Start <= s.End && s.End <= text.Length ? text[s.Start..s.End] : null;
    }
}
