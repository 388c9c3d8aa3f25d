namespace PaperGraph.Graph;

/// <summary>
/// Evidence reduced to the papers it cites (<see cref="GraphStore.OpenForQueries(string)"/>): one shared record per paper
/// (its spans empty), so a graph's half a million evidence lists share fifty thousand records, and one
/// shared list for the many lists of a single paper (every paper-to-entity edge).
/// </summary>
internal sealed class PaperCitations(int capacity = 0)
{
    // Keyed by the id's string: the runtime ships compiled code for string-keyed maps, so a short-lived
    // query process does not spend its first milliseconds compiling one for PaperId.
    private readonly Dictionary<string, Evidence[]> single = new(capacity, StringComparer.Ordinal);
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>The record that says "this paper supports it", with the empty span at the start of the title.</summary>
    public Evidence For(PaperId paper) => Only(paper)[0];

    /// <summary>The list that holds only <see cref="For"/>; shared, never to be changed.</summary>
    public Evidence[] Only(PaperId paper)
    {
        if (!single.TryGetValue(paper.Value, out var list)) single[paper.Value] = list = [new Evidence(paper, default, default)];
        return list;
    }

    /// <summary>One record per distinct paper of the list, in order of first appearance.</summary>
    public IReadOnlyList<Evidence> Of(IReadOnlyList<PaperId> papers)
    {
        if (papers.Count == 0) return [];
        if (papers.Count == 1) return Only(papers[0]);
        seen.Clear();
        var cited = new List<Evidence>(Math.Min(papers.Count, 16));
        foreach (var paper in papers)
        {
            if (seen.Add(paper.Value)) cited.Add(For(paper));
        }
        return cited.Count == 1 ? Only(cited[0].Paper) : [.. cited];
    }
}
