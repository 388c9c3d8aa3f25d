using System.Globalization;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// Builds the outline of a survey article from a graph and its analysis: scope, one section per community
/// (top-level, the sub-communities of a chosen one, or the communities a topic's papers fall in), and the
/// reference list of every paper cited. Deterministic: the same graph and request give the same outline.
/// </summary>
public static class SurveyOutliner
{
    /// <exception cref="SurveyScopeException">The graph is empty, the community does not exist, or the topic matches nothing.</exception>
    public static SurveyOutline Outline(KnowledgeGraph graph, GraphAnalysis analysis, SurveyRequest request)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Community is not null && request.Topic is not null)
            throw new ArgumentException("choose a community or a topic, not both", nameof(request));
        if (graph.Papers.Count == 0) throw new SurveyScopeException("the graph has no papers: there is nothing to survey");

        var index = new SurveyIndex(graph, analysis);
        var planner = new SectionPlanner(index, request);
        var citations = new CitationList();
        var writer = new SectionWriter(index, request, citations);

        var (basis, subject, papers, plan) = Scope(index, planner, request);
        var (first, last) = writer.Years(papers);
        var scope = new SurveyScope(basis, papers.Count, first, last, writer.Tasks(papers));
        var listed = plan.Minor.Take(request.MaxMinorTopics).ToList();
        var titles = SectionTitles.Distinct(index, plan.Sections.Concat(listed).Select(s => s.Community).ToList());
        var sections = plan.Sections.Select((s, i) => writer.Write(s, titles[i])).ToList();
        var minor = listed.Select((s, i) => writer.Minor(s, titles[plan.Sections.Count + i])).ToList();
        var title = Title(subject, sections);
        return new SurveyOutline(title, scope, sections, minor, plan.Minor.Count - listed.Count, References(index, citations));
    }

    /// <summary>What the request covers: how it was chosen, the subject for the title, the papers, and their sections.</summary>
    private static (string Basis, string Subject, IReadOnlyList<PaperId> Papers, SectionPlanner.Plan Plan) Scope(
        SurveyIndex index, SectionPlanner planner, SurveyRequest request)
    {
        if (request.Community is int id)
        {
            var community = FindCommunity(index, id);
            var members = index.MembersOf(id).Select(m => new PaperId(m)).Where(index.Papers.ContainsKey).ToList();
            if (members.Count == 0) throw new SurveyScopeException($"community {id} (\"{community.Label}\") has no papers");
            var sections = planner.Sections(members, community.Level + 1, request.Depth);
            if (sections.Sections.Count == 0) sections = new SectionPlanner.Plan([planner.Single(id, members, community.Level + 1, request.Depth)], []);
            return ($"community {id}, “{community.Label}”", SectionTitles.For(index, id).Title, members, sections);
        }
        if (request.Topic is { } topic)
        {
            var match = TopicMatcher.Match(index, topic);
            return (match.Basis, match.Name, match.Papers, FromTopLevel(match.Papers));
        }
        var all = index.Graph.Papers.Select(p => p.Id).Order().ToList();
        return ("the whole corpus", "", all, FromTopLevel(all));

        SectionPlanner.Plan FromTopLevel(IReadOnlyList<PaperId> papers)
        {
            var plan = planner.Sections(papers, 0, request.Depth);
            return plan.Sections.Count > 0 ? plan : new SectionPlanner.Plan([planner.Single(null, papers, 0, request.Depth)], []);
        }
    }

    private static CommunitySummary FindCommunity(SurveyIndex index, int id)
    {
        if (index.Communities.TryGetValue(id, out var community)) return community;
        if (index.Communities.Count == 0) throw new SurveyScopeException($"there is no community {id}: the graph has no communities (was it built with analysis off?)");
        var nearby = index.Communities.Values
            .OrderBy(c => Math.Abs((long)c.Id - id)).ThenBy(c => c.Id)
            .Take(5)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id} ({c.Label})"));
        throw new SurveyScopeException($"there is no community {id}; nearby ids: {string.Join(", ", nearby)} (papergraph query community lists them)");
    }

    /// <summary>"Survey outline: Object detection, Image generation, Reasoning, and more".</summary>
    private static string Title(string subject, IReadOnlyList<SurveySection> sections)
    {
        if (subject.Length > 0) return $"Survey outline: {SurveyText.Capitalised(subject)}";
        var named = sections.Select(s => s.Title).Take(3).ToList();
        if (sections.Count > named.Count) named.Add("more");
        // Not Humanizer's collection Humanize: its formatter registry needs cultures that invariant-globalization builds lack.
        return "Survey outline: " + (named.Count <= 2 ? string.Join(" and ", named) : string.Join(", ", named[..^1]) + ", and " + named[^1]);
    }

    private static List<SurveyReference> References(SurveyIndex index, CitationList citations)
    {
        var papers = citations.Papers.Select(p => index.Papers[p]).ToList();
        var keys = ReferenceKeys.For(papers);
        return papers.Select((p, i) => new SurveyReference(i + 1, keys[i], p.Id.Value, p.Title, p.Year, p.Venue, p.Url, p.Authors)).ToList();
    }
}
