using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Queries;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// Every query of cypher/ run on the test server (3.1) and compared with the embedded answer to the
/// same question, on a loaded graph: the sample pages' real output, and a larger synthetic graph.
/// </summary>
public abstract class CypherQueryPackIntegrationTests(LoadedGraphFixture fixture)
{
    protected LoadedGraphFixture Fixture => fixture;

    private static readonly CypherFile SharedFile = CypherFile.Read("shared-benchmarks.cypher");
    private static readonly CypherFile PairsFile = CypherFile.Read("shared-benchmarks-top-pairs.cypher");
    private static readonly CypherFile LeaderboardFile = CypherFile.Read("leaderboard.cypher");

    [Neo4jFact]
    public async Task SharedBenchmarks_SeveralMethods_SameAsEmbedded()
    {
        var methods = MethodsByEvaluations().Take(6).Append(MethodsByEvaluations().Last()).Distinct().ToList();
        var compared = 0;
        foreach (var method in methods)
        {
            var embedded = SharedBenchmarks.Find(fixture.Graph, new SharedBenchmarksRequest(method, MinShared: 1, Top: 15));
            var rows = await fixture.RunAsync(SharedFile, ("method", method), ("minShared", 1), ("top", 15));

            var expected = embedded.Rows.Select(r => $"{r.Other.Id} {r.SharedCount} [{string.Join(",", r.Shared.Select(s => s.Target.Id))}]");
            var actual = rows.Select(r => $"{r[1].GetString()} {r[3].GetInt32()} [{string.Join(",", r[4].EnumerateArray().Select(x => x.GetString()))}]");
            Assert.Equal(expected, actual);
            compared += rows.Count;
        }
        Assert.True(compared >= methods.Count, $"only {compared} rows compared");
    }

    [Neo4jTheory]
    [InlineData(1, 20)]
    [InlineData(2, 10)]
    public async Task SharedBenchmarksTopPairs_SameAsEmbedded(int minShared, int top)
    {
        var embedded = SharedBenchmarks.Find(fixture.Graph, new SharedBenchmarksRequest(null, minShared, top));

        var rows = await fixture.RunAsync(PairsFile, ("minShared", minShared), ("top", top));

        Assert.NotEmpty(embedded.Rows);
        Assert.Equal(
            embedded.Rows.Select(r => $"{r.Method.Id} {r.Other.Id} {r.SharedCount} [{string.Join(",", r.Shared.Select(s => s.Target.Id))}]"),
            rows.Select(r => $"{r[0].GetString()} {r[2].GetString()} {r[4].GetInt32()} [{string.Join(",", r[5].EnumerateArray().Select(x => x.GetString()))}]"));
    }

    [Neo4jFact]
    public async Task Leaderboard_BusiestTargetsEveryMetric_SameAsEmbedded()
    {
        var targets = fixture.Graph.Results.Where(r => r.Target is not null && !r.Value.IsDelta)
            .GroupBy(r => r.Target!.Value.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key);
        var compared = 0;
        foreach (var target in targets)
        {
            var answer = Leaderboard.Find(fixture.Graph, new LeaderboardRequest(target));
            foreach (var section in answer.Sections)
            {
                bool? lower = section.Direction switch { MetricDirection.LowerIsBetter => true, MetricDirection.HigherIsBetter => false, _ => null };
                var rows = await fixture.RunAsync(LeaderboardFile, ("benchmark", target), ("metric", section.Metric.Id), ("lowerIsBetter", lower));

                Assert.Equal(
                    section.Entries.Select(e => $"{section.Metric.Id} {e.Method?.Id ?? ""} {e.Value} {e.Paper}"),
                    rows.Select(r => $"{r[0].GetString()} {r[1].GetString()} {r[3].GetDouble()} {r[5].GetString()}"));
                compared += rows.Count;
            }
        }
        Assert.True(compared > 0, "no leaderboard row compared");
    }

    [Neo4jFact]
    public async Task Leaderboard_KnownDirections_BestFirstInNeo4j()
    {
        var target = fixture.Graph.Results.First(r => r.Target is not null && !r.Value.IsDelta).Target!.Value.Value;
        var metric = fixture.Graph.Results.First(r => r.Target?.Value == target && !r.Value.IsDelta).Metric.Value;

        var lower = await fixture.RunAsync(LeaderboardFile, ("benchmark", target), ("metric", metric), ("lowerIsBetter", true));
        var higher = await fixture.RunAsync(LeaderboardFile, ("benchmark", target), ("metric", metric), ("lowerIsBetter", false));

        var lowerValues = lower.Select(r => r[3].GetDouble()).ToList();
        var higherValues = higher.Select(r => r[3].GetDouble()).ToList();
        Assert.Equal(lowerValues.Order(), lowerValues);
        Assert.Equal(higherValues.OrderDescending(), higherValues);
    }

    [Neo4jFact]
    public async Task Communities_Overview_SameAsEmbedded()
    {
        var embedded = CommunityView.Overview(fixture.Analysis);

        var rows = await fixture.RunAsync(CypherFile.Read("communities.cypher"));

        Assert.Equal(
            embedded.Communities.Select(c => $"{c.Id} {c.Label} {c.Size} {c.Subcommunities} [{string.Join(",", c.TopMembers)}]"),
            rows.Select(r => $"{r[0].GetInt32()} {r[1].GetString()} {r[2].GetInt32()} {r[4].GetInt32()} [{string.Join(",", r[3].EnumerateArray().Select(x => x.GetString()))}]"));
    }

    [Neo4jFact]
    public async Task CommunityMembers_TopAndSubCommunities_SameAsEmbedded()
    {
        var file = CypherFile.Read("community-members.cypher");
        var ids = fixture.Analysis.Communities.Where(c => c.Parent is null).Take(2)
            .Concat(fixture.Analysis.Communities.Where(c => c.Parent is not null).Take(2)).Select(c => c.Id);
        foreach (var id in ids)
        {
            var embedded = CommunityView.Members(fixture.Graph, fixture.Analysis, id, top: 40);

            var rows = await fixture.RunAsync(file, ("community", id), ("top", 40));

            Assert.NotEmpty(rows);
            Assert.Equal(
                embedded.Members.Select(m => $"{m.Id} {m.Type} {m.PageRank} {m.Name}"),
                rows.Select(r => $"{r[0].GetString()} {r[2].GetString()} {r[3].GetDouble()} {r[1].GetString()}"));
        }
    }

    [Neo4jFact]
    public async Task CommunitySubgraphAndMap_DrawOnlyMembersOfTheCommunities()
    {
        var community = fixture.Analysis.Communities.First(c => c.Parent is null).Id;
        var members = fixture.Analysis.Nodes.Where(kv => kv.Value.CommunityPath.Contains(community)).Select(kv => kv.Key).ToHashSet();

        var subgraph = await fixture.RunAsync(CypherFile.Read("community-subgraph.cypher"), ("community", community), ("limit", 100));
        var map = await fixture.RunAsync(CypherFile.Read("community-map.cypher"), ("communities", 5), ("perCommunity", 8));

        Assert.NotEmpty(subgraph);
        Assert.All(subgraph, r => Assert.True(members.Contains(r[0].GetProperty("id").GetString()!) && members.Contains(r[2].GetProperty("id").GetString()!)));
        Assert.NotEmpty(map);
        var largest = fixture.Analysis.Communities.Where(c => c.Parent is null).OrderByDescending(c => c.Size).ThenBy(c => c.Id).Take(5).Select(c => c.Id).ToHashSet();
        Assert.All(map, r => Assert.False(r[0].TryGetProperty("abstract", out _)));
        Assert.All(map, r => Assert.Contains(r[0].GetProperty("community").GetInt32(), largest));
    }

    [Neo4jFact]
    public async Task MethodNeighbourhood_SameEdgesAsTheGraph()
    {
        var method = fixture.Graph.Entities.First(e => e.Type == EntityType.Method && e.ProposedBy.Count > 0);
        var names = fixture.Graph.Entities.ToDictionary(e => e.Id.Value, e => e.Name);

        var row = Assert.Single(await fixture.RunAsync(CypherFile.Read("method-neighbourhood.cypher"), ("method", method.Id.Value)));

        Assert.Equal(method.ProposedBy.Select(p => p.Value), row[3].EnumerateArray().Select(x => x.GetString()));
        var buildsOn = fixture.Graph.Edges.Where(e => e.Kind == EdgeKind.BuildsOn && e.Source == method.Id.Value).Select(e => e.Target).Order(StringComparer.Ordinal).Select(t => names[t]);
        Assert.Equal(buildsOn, row[4].EnumerateArray().Select(x => x.GetString()));
        var evaluated = fixture.Graph.Edges.Where(e => e.Kind == EdgeKind.EvaluatedOn && e.Source == method.Id.Value).Select(e => names[e.Target]).Order();
        Assert.Equal(evaluated, row[6].EnumerateArray().Select(x => x.GetString()!).Order());
    }

    [Neo4jFact]
    public async Task PapersByTaskOverTime_SameCountsAsTheGraph()
    {
        var task = fixture.Graph.Entities.Where(e => e.Type == EntityType.Task).OrderByDescending(e => e.PaperCount).First();
        var years = fixture.Graph.Papers.ToDictionary(p => p.Id.Value, p => p.Year);
        var expected = fixture.Graph.Edges.Where(e => e.Kind == EdgeKind.Addresses && e.Target == task.Id.Value && years[e.Source] is not null)
            .GroupBy(e => years[e.Source]!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");

        var rows = await fixture.RunAsync(CypherFile.Read("papers-by-task-over-time.cypher"), ("task", task.Id.Value));

        Assert.Equal(expected, rows.Select(r => $"{r[1].GetInt32()}:{r[2].GetInt32()}"));
    }

    [Neo4jFact]
    public async Task SchemaV3_RunTwiceOnTheTestServer_Succeeds()
    {
        var schema = CypherFile.Read("schema-v3.cypher");

        for (var round = 0; round < 2; round++)
        {
            foreach (var statement in schema.Statements)
                await fixture.Client!.RunAsync([new CypherStatement(statement)], default);
        }

        Assert.Equal(Neo4jSchema.KeyedLabels.Count, schema.Statements.Count);
    }

    [Neo4jFact]
    public void QueryPack_EveryFileIsCoveredByATest()
    {
        var covered = new[]
        {
            "communities.cypher", "community-map.cypher", "community-members.cypher", "community-subgraph.cypher", "leaderboard.cypher",
            "method-neighbourhood.cypher", "papers-by-task-over-time.cypher", "schema-v3.cypher", "schema-v5.cypher",
            "shared-benchmarks-top-pairs.cypher", "shared-benchmarks.cypher",
        };
        Assert.Equal(covered, CypherFile.AllNames());
    }

    protected IEnumerable<string> MethodsByEvaluations() =>
        fixture.Graph.Edges.Where(e => e.Kind == EdgeKind.EvaluatedOn).GroupBy(e => e.Source)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key);
}

[Collection(Neo4jCollection.Name)]
public sealed class CypherQueryPackOnSampleOutputTests(SampleOutputFixture fixture)
    : CypherQueryPackIntegrationTests(fixture), IClassFixture<SampleOutputFixture>
{
    [Neo4jFact]
    public async Task Load_SampleOutput_CountsEqualTheGraph()
    {
        var expected = GraphRows.Plan(Fixture.Graph, Fixture.Analysis, "test");

        var counts = await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default);

        Assert.True(Fixture.Graph.Papers.Count > 50, "the sample output is smaller than expected");
        Neo4jLoaderIntegrationTests.AssertCounts(expected, counts);
        await Neo4jLoaderIntegrationTests.AssertCommunityLabelsAsync(Neo4jTestServer.Connection(), Fixture.Analysis);
    }
}

[Collection(Neo4jCollection.Name)]
public sealed class CypherQueryPackOnSyntheticGraphTests(SyntheticGraphFixture fixture)
    : CypherQueryPackIntegrationTests(fixture), IClassFixture<SyntheticGraphFixture>
{
    [Neo4jFact]
    public async Task SharedBenchmarks_MethodByAliasInCypher_SameRowsAsById()
    {
        var method = Fixture.Graph.Entities.First(e => e.Type == EntityType.Method && e.Aliases.Count > 0 && MethodsByEvaluations().Contains(e.Id.Value));

        var byId = await Fixture.RunAsync(CypherFile.Read("shared-benchmarks.cypher"), ("method", method.Id.Value), ("minShared", 1), ("top", 10));
        var byAlias = await Fixture.RunAsync(CypherFile.Read("shared-benchmarks.cypher"), ("method", method.Aliases[0].Name.ToUpperInvariant()), ("minShared", 1), ("top", 10));

        Assert.NotEmpty(byId);
        Assert.Equal(byId.Select(r => r[1].GetString()), byAlias.Select(r => r[1].GetString()));
    }
}
