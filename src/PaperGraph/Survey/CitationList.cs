namespace PaperGraph.Survey;

/// <summary>
/// Numbers papers in the order the outline first cites them, as a survey's reference list does. The
/// outline is assembled in reading order, so the numbers read 1, 2, 3... from the top.
/// </summary>
internal sealed class CitationList
{
    private readonly Dictionary<PaperId, int> numbers = [];
    private readonly List<PaperId> papers = [];

    public IReadOnlyList<PaperId> Papers => papers;

    public int Cite(PaperId paper)
    {
        if (numbers.TryGetValue(paper, out var n)) return n;
        papers.Add(paper);
        return numbers[paper] = papers.Count;
    }

    public IReadOnlyList<int> Cite(IEnumerable<PaperId> cited) => cited.Select(Cite).ToList();
}
