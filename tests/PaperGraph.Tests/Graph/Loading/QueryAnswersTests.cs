using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Queries;
using PaperGraph.Survey;
using PaperGraph.Tests.Survey;

namespace PaperGraph.Tests.Graph.Loading;

/// <summary>
/// A real build of the sample pages: its graph.query.bin is used, and every query and survey answer from it
/// is the answer from the full graph.json.
/// </summary>
public sealed class QueryAnswersTests(SampleBuildFixture samples) : IClassFixture<SampleBuildFixture>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string folder = samples.Folder;

    [Fact]
    public void OpenForQueries_SampleBuild_ReadsTheCompanionTheBuildWrote()
    {
        var (graph, _) = GraphStore.OpenForQueries(folder, out var source);

        Assert.Equal(GraphStore.QueryFileName, source);
        Assert.Equal(GraphStore.Open(folder).Graph.Papers.Count, graph.Papers.Count);
    }

    [Fact]
    public void SaveForQueries_GraphOpenedFromTheBuildsGraphJson_WritesTheBytesTheBuildWrote()
    {
        var (graph, analysis) = GraphStore.Open(folder);
        var again = Path.Combine(Path.GetTempPath(), $"papergraph-{Guid.NewGuid():N}.query.bin");
        try
        {
            GraphStore.SaveForQueries(graph, analysis, again);

            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, GraphStore.QueryFileName)), File.ReadAllBytes(again));
        }
        finally
        {
            File.Delete(again);
        }
    }

    [Fact]
    public void Queries_SampleBuild_SameAnswersFromTheCompanionAsFromGraphJson()
    {
        var (full, fullAnalysis) = GraphStore.Open(folder);
        var (cited, citedAnalysis) = GraphStore.OpenForQueries(folder);
        var methods = full.Edges.Where(e => e.Kind == EdgeKind.EvaluatedOn).Select(e => e.Source).Distinct().ToList();
        var targets = full.Results.Where(r => r.Target is not null).Select(r => r.Target!.Value.Value).Distinct().ToList();
        Assert.NotEmpty(methods);
        Assert.NotEmpty(targets);
        Assert.NotEmpty(fullAnalysis.Communities);

        Same(SharedBenchmarks.Find(full, new SharedBenchmarksRequest(Top: 1000)), SharedBenchmarks.Find(cited, new SharedBenchmarksRequest(Top: 1000)));
        foreach (var method in methods)
        {
            Same(SharedBenchmarks.Find(full, new SharedBenchmarksRequest(method)), SharedBenchmarks.Find(cited, new SharedBenchmarksRequest(method)));
        }
        foreach (var target in targets)
        {
            Same(Leaderboard.Find(full, new LeaderboardRequest(target)), Leaderboard.Find(cited, new LeaderboardRequest(target)));
        }
        Same(CommunityView.Overview(fullAnalysis), CommunityView.Overview(citedAnalysis));
        foreach (var community in fullAnalysis.Communities)
        {
            Same(CommunityView.Members(full, fullAnalysis, community.Id), CommunityView.Members(cited, citedAnalysis, community.Id));
        }
    }

    [Fact]
    public void Survey_SampleBuild_SameOutlineFromTheCompanionAsFromGraphJson()
    {
        var (full, fullAnalysis) = GraphStore.Open(folder);
        var (cited, citedAnalysis) = GraphStore.OpenForQueries(folder);
        var requests = fullAnalysis.Communities.Where(c => c.Level == 0).Take(5)
            .Select(c => new SurveyRequest { Community = c.Id, Depth = 2 })
            .Prepend(new SurveyRequest { Depth = 2 })
            .Append(new SurveyRequest { Topic = full.Entities.OrderByDescending(e => e.PaperCount).First().Name });

        foreach (var request in requests)
        {
            Assert.Equal(Markdown(SurveyOutliner.Outline(full, fullAnalysis, request)), Markdown(SurveyOutliner.Outline(cited, citedAnalysis, request)));
        }
    }

    private static void Same<T>(T expected, T actual) => Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(actual, Json));

    private static string Markdown(SurveyOutline outline)
    {
        using var writer = new StringWriter();
        new MarkdownSurveyRenderer().Render(outline, writer);
        return writer.ToString();
    }
}
