using PaperGraph.Graph;
using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>
/// Writes the content of one section from its papers, citing as it goes so that reference numbers follow
/// reading order: tasks, methods, datasets and benchmarks, metrics, results, representative papers, then
/// the subsections. Every citation is a paper in the evidence of what it is cited for; counts are numbers
/// of the section's papers whose evidence names the entity.
/// </summary>
internal sealed class SectionWriter(SurveyIndex index, SurveyRequest request, CitationList citations)
{
    /// <summary>Tasks named in a section's opening line; the scope lists more (<see cref="SurveyRequest.MaxTasks"/>).</summary>
    private const int SectionTasks = 4;

    /// <summary>Proposals named after a representative paper.</summary>
    private const int PaperProposals = 3;

    public SurveySection Write(SectionPlan plan, SectionTitle title)
    {
        var papers = plan.Papers;
        var inSection = papers.ToHashSet();
        var counts = Tally(papers);
        var (first, last) = Years(papers);
        var label = plan.Community is int c && index.Communities.TryGetValue(c, out var summary) ? summary.Label : "";
        var tasks = Cited(Ranked(counts, byCount: true, EntityType.Task).Take(Math.Min(SectionTasks, request.MaxTasks)), counts, inSection);
        var leaf = plan.Subsections.Count == 0;
        var methods = leaf ? Methods(plan, counts, inSection) : [];
        var targets = leaf ? Targets(counts, inSection) : [];
        var metrics = leaf ? Cited(Ranked(counts, byCount: true, EntityType.Metric).Take(request.MaxMetrics), counts, inSection) : [];
        var results = leaf ? Results(papers) : [];
        var representative = Representative(papers);
        var titles = SectionTitles.Distinct(index, plan.Subsections.Select(s => s.Community).ToList());
        var subsections = plan.Subsections.Select((s, i) => Write(s, titles[i])).ToList();
        return new SurveySection(title.Title, plan.Community, label, papers.Count, first, last, tasks, title.MethodsHeading,
            methods, targets, metrics, results, representative, subsections);
    }

    /// <summary>The scope's tasks: those the most papers in scope address.</summary>
    public IReadOnlyList<CitedEntity> Tasks(IReadOnlyList<PaperId> papers)
    {
        var counts = Tally(papers);
        return Cited(Ranked(counts, byCount: true, EntityType.Task).Take(request.MaxTasks), counts, papers.ToHashSet());
    }

    public MinorTopic Minor(SectionPlan plan, SectionTitle title)
    {
        var cited = citations.Cite(ByCentrality(plan.Papers).Take(Math.Min(2, request.MaxCitations)));
        return new MinorTopic(title.Title, plan.Community, plan.Papers.Count, cited);
    }

    public (int? First, int? Last) Years(IEnumerable<PaperId> papers)
    {
        int? first = null, last = null;
        foreach (var p in papers)
        {
            if (index.Papers[p].Year is not int y) continue;
            if (first is null || y < first) first = y;
            if (last is null || y > last) last = y;
        }
        return (first, last);
    }

    /// <summary>Key methods: the community's own methods that its papers mention, by centrality.</summary>
    private List<MethodBullet> Methods(SectionPlan plan, int[] counts, HashSet<PaperId> inSection)
    {
        var members = plan.Community is int c ? index.MembersOf(c).ToHashSet(StringComparer.Ordinal) : null;
        var chosen = new List<int>(request.MaxMethods);
        var soleSources = new HashSet<PaperId>();
        foreach (var e in Ranked(counts, byCount: true, EntityType.Method))
        {
            if (chosen.Count >= request.MaxMethods) break;
            if (members is not null && !members.Contains(index.Entity(e).Id.Value)) continue;
            // One paper naming three of its own components should not fill the list: one method per sole source.
            if (counts[e] == 1 && !soleSources.Add(index.PapersOf(e).First(inSection.Contains))) continue;
            chosen.Add(e);
        }
        var bullets = new List<MethodBullet>(chosen.Count);
        foreach (var e in chosen)
        {
            var method = index.Entity(e);
            var cited = Cite(e, counts, inSection);
            var proposedIn = citations.Cite(method.ProposedBy
                .Where(p => index.Supports(p, method.Id))
                .OrderBy(p => index.Papers[p].Year ?? int.MaxValue).ThenBy(p => p)
                .Take(request.MaxCitations));
            var buildsOn = Related(index.BuildsOn(method.Id), edge => edge.Target, inSection);
            bullets.Add(new MethodBullet(cited, proposedIn, buildsOn));
        }
        return bullets;
    }

    /// <summary>Datasets and benchmarks by how many of the section's papers use them, each with the methods evaluated there.</summary>
    private List<TargetBullet> Targets(int[] counts, HashSet<PaperId> inSection) =>
        Ranked(counts, byCount: true, EntityType.Dataset, EntityType.Benchmark).Take(request.MaxTargets)
            .Select(t => new TargetBullet(Cite(t, counts, inSection), Related(index.EvaluatedOn(index.Entity(t).Id), edge => edge.Source, inSection)))
            .ToList();

    /// <summary>
    /// The other ends of a method's BUILDS_ON edges or a target's EVALUATED_ON edges as the section's papers
    /// report them: most supporting papers first, then centrality; each cited with papers whose text links the two.
    /// </summary>
    private List<CitedEntity> Related(IReadOnlyList<GraphEdge> edges, Func<GraphEdge, string> other, HashSet<PaperId> inSection)
    {
        var candidates = new List<(EntityNode Entity, double Rank, List<PaperId> Papers)>();
        foreach (var edge in edges)
        {
            if (!index.TryGetNumber(new EntityId(other(edge)), out var n)) continue;
            var papers = SupportingPapers(edge);
            papers.RemoveAll(p => !inSection.Contains(p));
            if (papers.Count > 0) candidates.Add((index.Entity(n), index.PageRank(n), papers));
        }
        return candidates
            .OrderByDescending(x => x.Papers.Count).ThenByDescending(x => x.Rank).ThenBy(x => x.Entity.Id)
            .Take(request.MaxRelated)
            .Select(x => new CitedEntity(EntityLookup.Ref(x.Entity), x.Papers.Count, citations.Cite(ByCentrality(x.Papers).Take(request.MaxCitations))))
            .ToList();
    }

    /// <summary>
    /// Levels reported on a named benchmark (changes such as "+1.3%" are not levels), grouped by benchmark
    /// (most reported first), then metric; rows that name their method first, each best first when the
    /// metric's direction is known.
    /// </summary>
    private List<ResultRow> Results(IReadOnlyList<PaperId> papers)
    {
        var rows = new List<(ReportedResult Result, EntityNode Target, EntityNode Metric, EntityNode? Method, MetricDirection Direction)>();
        foreach (var r in papers.SelectMany(index.ResultsOf))
        {
            if (r.Value.IsDelta || r.Target is not { } t || !index.TryGetNumber(t, out var target) || !index.TryGetNumber(r.Metric, out var metric)) continue;
            var method = -1;
            if (r.Method is { } m && !index.TryGetNumber(m, out method)) continue;
            var metricNode = index.Entity(metric);
            rows.Add((r, index.Entity(target), metricNode, method >= 0 ? index.Entity(method) : null, MetricDirections.Of(metricNode)));
        }
        var perTarget = rows.GroupBy(x => x.Target.Id).ToDictionary(g => g.Key, g => g.Count());
        return rows
            .OrderByDescending(x => perTarget[x.Target.Id]).ThenBy(x => x.Target.Id)
            .ThenBy(x => x.Metric.Id)
            .ThenBy(x => x.Method is null)
            .ThenBy(x => x.Direction switch { MetricDirection.LowerIsBetter => x.Result.Value.Value, MetricDirection.HigherIsBetter => -x.Result.Value.Value, _ => 0 })
            .ThenBy(x => x.Result.Paper).ThenBy(x => x.Method?.Id.Value ?? "", StringComparer.Ordinal).ThenBy(x => x.Result.Value.Text, StringComparer.Ordinal)
            .Take(request.MaxResults)
            .Select(x => new ResultRow(x.Method is null ? null : EntityLookup.Ref(x.Method), EntityLookup.Ref(x.Target), EntityLookup.Ref(x.Metric),
                x.Direction, Value(x.Result.Value), citations.Cite(x.Result.Paper)))
            .ToList();
    }

    /// <summary>The value as written, less the TeX escape some sources keep in abstracts ("89.45\%").</summary>
    private static string Value(Quantity value) => value.Text.Replace(@"\%", "%", StringComparison.Ordinal);

    private List<PaperBullet> Representative(IReadOnlyList<PaperId> papers) =>
        ByCentrality(papers).Take(request.MaxPapers)
            .Select(p => new PaperBullet(citations.Cite(p), index.Papers[p].Title, index.Papers[p].Year,
                index.ProposalsOf(p).OrderByDescending(index.PageRank).ThenBy(e => e).Take(PaperProposals).Select(e => EntityLookup.Ref(index.Entity(e))).ToList()))
            .ToList();

    /// <summary>How many of the given papers mention each entity, by entity number.</summary>
    private int[] Tally(IEnumerable<PaperId> papers)
    {
        var counts = new int[index.EntityCount];
        foreach (var p in papers)
        {
            foreach (var e in index.EntitiesOf(p)) counts[e]++;
        }
        return counts;
    }

    /// <summary>Entities of the types that the papers mention, by paper count then centrality, or by centrality then count; ties by id.</summary>
    private IEnumerable<int> Ranked(int[] counts, bool byCount, params EntityType[] types)
    {
        var candidates = new List<int>();
        for (var e = 0; e < counts.Length; e++)
        {
            if (counts[e] > 0 && types.Contains(index.Entity(e).Type)) candidates.Add(e);
        }
        var ordered = byCount
            ? candidates.OrderByDescending(e => counts[e]).ThenByDescending(index.PageRank)
            : candidates.OrderByDescending(index.PageRank).ThenByDescending(e => counts[e]);
        return ordered.ThenBy(e => index.Entity(e).Id);
    }

    private List<CitedEntity> Cited(IEnumerable<int> entities, int[] counts, HashSet<PaperId> inSection) =>
        entities.Select(e => Cite(e, counts, inSection)).ToList();

    /// <summary>An entity cited with the section's papers that propose it, then the most central that mention it.</summary>
    private CitedEntity Cite(int e, int[] counts, HashSet<PaperId> inSection)
    {
        var entity = index.Entity(e);
        var papers = index.PapersOf(e).Where(inSection.Contains)
            .OrderByDescending(p => entity.ProposedBy.Contains(p))
            .ThenByDescending(p => index.PageRank(p.Value))
            .ThenBy(p => p)
            .Take(request.MaxCitations);
        return new CitedEntity(EntityLookup.Ref(entity), counts[e], citations.Cite(papers));
    }

    /// <summary>The papers of an edge's evidence that also support both its ends: the papers whose text links them.</summary>
    private List<PaperId> SupportingPapers(GraphEdge edge)
    {
        var source = new EntityId(edge.Source);
        var target = new EntityId(edge.Target);
        return edge.Evidence.Select(x => x.Paper).Distinct()
            .Where(p => index.Supports(p, source) && index.Supports(p, target))
            .Order()
            .ToList();
    }

    private IEnumerable<PaperId> ByCentrality(IEnumerable<PaperId> papers) =>
        papers.OrderByDescending(p => index.PageRank(p.Value)).ThenBy(p => p);
}
