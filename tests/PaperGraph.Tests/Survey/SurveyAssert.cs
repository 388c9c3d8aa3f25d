using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Survey;

namespace PaperGraph.Tests.Survey;

/// <summary>
/// Checks that an outline states nothing its papers do not support: every citation is a reference whose
/// paper has the cited entity in its evidence (for a relation: supports both ends and is in the edge's
/// evidence; for a result: reported that result), and the reference list is exactly the cited papers.
/// </summary>
internal static partial class SurveyAssert
{
    public static void EveryCitationSupported(SurveyOutline outline, KnowledgeGraph graph, GraphAnalysis analysis)
    {
        var papers = outline.References.ToDictionary(r => r.Number, r => new PaperId(r.PaperId));
        var entities = graph.Entities.ToDictionary(e => e.Id.Value);
        var cited = new HashSet<int>();

        PaperId Paper(int number)
        {
            Assert.True(papers.ContainsKey(number), $"[{number}] is not in the reference list");
            cited.Add(number);
            return papers[number];
        }

        void Supports(int number, string entityId, string statement)
        {
            var paper = Paper(number);
            Assert.True(entities[entityId].Evidence.Any(x => x.Paper == paper), $"{statement}: [{number}] {paper} has no evidence for {entityId}");
        }

        void Entity(CitedEntity e, string where)
        {
            Assert.NotEmpty(e.Citations);
            Assert.True(e.PaperCount >= e.Citations.Count, $"{where}: {e.Entity.Id} counts {e.PaperCount} papers but cites {e.Citations.Count}");
            foreach (var n in e.Citations) Supports(n, e.Entity.Id, where);
        }

        void Link(string source, string target, IReadOnlyList<int> citations, EdgeKind kind, string where)
        {
            Assert.NotEmpty(citations);
            var edge = graph.Edges.Single(x => x.Kind == kind && x.Source == source && x.Target == target);
            foreach (var n in citations)
            {
                Supports(n, source, where);
                Supports(n, target, where);
                Assert.Contains(papers[n], edge.Evidence.Select(x => x.Paper));
            }
        }

        void Section(SurveySection s)
        {
            foreach (var t in s.Tasks) Entity(t, $"{s.Title}: task");
            foreach (var m in s.Methods)
            {
                Entity(m.Method, $"{s.Title}: method");
                foreach (var n in m.ProposedIn)
                {
                    Supports(n, m.Method.Entity.Id, $"{s.Title}: proposal");
                    Assert.Contains(papers[n], entities[m.Method.Entity.Id].ProposedBy);
                }
                foreach (var b in m.BuildsOn) Link(m.Method.Entity.Id, b.Entity.Id, b.Citations, EdgeKind.BuildsOn, $"{s.Title}: builds on");
            }
            foreach (var t in s.Targets)
            {
                Entity(t.Target, $"{s.Title}: target");
                foreach (var m in t.EvaluatedMethods) Link(m.Entity.Id, t.Target.Entity.Id, m.Citations, EdgeKind.EvaluatedOn, $"{s.Title}: evaluated on");
            }
            foreach (var m in s.Metrics) Entity(m, $"{s.Title}: metric");
            foreach (var r in s.Results)
            {
                var paper = Paper(r.Citation);
                Assert.Contains(graph.Results, x => x.Paper == paper && x.Metric.Value == r.Metric.Id && x.Target?.Value == r.Target.Id && x.Method?.Value == r.Method?.Id && !x.Value.IsDelta);
            }
            foreach (var p in s.Papers)
            {
                var paper = Paper(p.Citation);
                Assert.Equal(graph.Papers.Single(x => x.Id == paper).Title, p.Title);
                if (s.Community is int c) Assert.Contains(c, analysis.Nodes[paper.Value].CommunityPath);
                foreach (var e in p.Proposes) Assert.Contains(paper, entities[e.Id].ProposedBy);
            }
            foreach (var sub in s.Subsections) Section(sub);
        }

        foreach (var t in outline.Scope.Tasks) Entity(t, "scope: task");
        foreach (var s in outline.Sections) Section(s);
        foreach (var t in outline.OtherTopics)
        {
            foreach (var n in t.Citations)
            {
                var paper = Paper(n);
                if (t.Community is int c) Assert.Contains(c, analysis.Nodes[paper.Value].CommunityPath);
            }
        }
        Assert.Equal(Enumerable.Range(1, outline.References.Count), outline.References.Select(r => r.Number));
        Assert.Equal(outline.References.Count, cited.Count);
        Assert.Equal(outline.References.Count, outline.References.Select(r => r.PaperId).Distinct().Count());
    }

    /// <summary>Every "[n]" of the text names a reference, and references are numbered in order of first citation.</summary>
    public static void CitationsInTextMatchReferences(string markdown, SurveyOutline outline)
    {
        var body = markdown[..markdown.IndexOf("\n## References\n", StringComparison.Ordinal)];
        var order = new List<int>();
        foreach (Match m in Citation().Matches(body))
        {
            var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(n, 1, outline.References.Count);
            if (!order.Contains(n)) order.Add(n);
        }
        Assert.Equal(Enumerable.Range(1, outline.References.Count), order);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();
}
