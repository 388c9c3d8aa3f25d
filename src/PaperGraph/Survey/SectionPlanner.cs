namespace PaperGraph.Survey;

/// <summary>
/// Turns the papers in scope into sections: the papers are grouped by their community at one level of
/// the hierarchy, the groups ordered by size (papers in scope, then members) and centrality (the summed
/// PageRank of their members), the largest written as sections and the rest kept as "other topics".
/// </summary>
internal sealed class SectionPlanner(SurveyIndex index, SurveyRequest request)
{
    public sealed record Plan(IReadOnlyList<SectionPlan> Sections, IReadOnlyList<SectionPlan> Minor);

    /// <summary>
    /// Sections from the communities at <paramref name="level"/>. When every sizeable group is one community
    /// (a topic that lives in one corner of the corpus) its sub-communities are the sections instead, so an
    /// outline never has a single section that says what the scope already said.
    /// </summary>
    public Plan Sections(IReadOnlyList<PaperId> papers, int level, int depth)
    {
        var groups = Group(papers, level);
        var major = groups.Where(g => g.Papers.Count >= request.MinSectionPapers).ToList();
        if (major.Count == 0) major = groups;
        if (major.Count == 1 && level + 1 < MaxLevels())
        {
            var inner = Group(major[0].Papers, level + 1);
            if (inner.Count(g => g.Papers.Count >= request.MinSectionPapers) >= 2) return Sections(major[0].Papers, level + 1, depth);
        }
        var sections = major.Take(request.MaxSections).Select(g => g with { Subsections = Subsections(g, level + 1, depth - 1) }).ToList();
        var minor = groups.Where(g => !sections.Any(s => s.Community == g.Community)).ToList();
        return new Plan(sections, minor);
    }

    /// <summary>All the papers as one section, for a graph without communities or a community without sub-communities.</summary>
    public SectionPlan Single(int? community, IReadOnlyList<PaperId> papers, int level, int depth) =>
        new(community, papers, Subsections(new SectionPlan(community, papers, []), level, depth - 1));

    private List<SectionPlan> Subsections(SectionPlan parent, int level, int depth)
    {
        if (depth < 1 || parent.Community is null) return [];
        var groups = Group(parent.Papers, level)
            .Where(g => g.Papers.Count >= request.MinSectionPapers)
            .Take(request.MaxSubsections)
            .Select(g => g with { Subsections = Subsections(g, level + 1, depth - 1) })
            .ToList();
        return groups.Count >= 2 ? groups : [];
    }

    /// <summary>Papers grouped by their community at a level (papers without one are left out), largest first.</summary>
    public List<SectionPlan> Group(IReadOnlyList<PaperId> papers, int level)
    {
        var groups = new Dictionary<int, List<PaperId>>();
        foreach (var p in papers)
        {
            var path = index.PathOf(p.Value);
            if (path.Count <= level) continue;
            if (!groups.TryGetValue(path[level], out var list)) groups[path[level]] = list = [];
            list.Add(p);
        }
        return groups
            .Select(g => (Community: g.Key, Papers: g.Value, Size: index.Communities.TryGetValue(g.Key, out var c) ? c.Size : 0))
            .OrderByDescending(g => g.Papers.Count)
            .ThenByDescending(g => g.Size)
            .ThenByDescending(g => Centrality(g.Community))
            .ThenBy(g => g.Community)
            .Select(g => new SectionPlan(g.Community, g.Papers, []))
            .ToList();
    }

    private double Centrality(int community) => index.MembersOf(community).Sum(index.PageRank);

    private int MaxLevels() => index.Analysis.Nodes.Count == 0 ? 0 : index.Analysis.Communities.Select(c => c.Level).DefaultIfEmpty(-1).Max() + 1;
}
