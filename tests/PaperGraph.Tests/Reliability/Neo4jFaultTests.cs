using System.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Neo4j;
using PaperGraph.Tests.Reliability.Support;

namespace PaperGraph.Tests.Reliability;

/// <summary>
/// `papergraph load neo4j` against the real test server through faults the Neo4j tests do not cover: a
/// database that does not exist, a request that hangs past the timeout, transient errors (retried with
/// backoff, or beyond the retry budget), the CLI killed with SIGKILL mid-load, and the hostile corpus
/// arriving as plain values. After each fault the same load is run again and must give a clean load's
/// counts: nothing duplicated, nothing missing. The password is never in any output.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jFaultTests(HostileBuild hostile) : IClassFixture<HostileBuild>, IDisposable
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly (KnowledgeGraph Graph, GraphAnalysis Analysis) _synthetic = SyntheticGraph.Generate(150, seed: 21);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "papergraph-faults-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Neo4jFact]
    public void Load_DatabaseThatDoesNotExist_ExitNotFoundInOneLineWithoutThePassword()
    {
        var run = Load(Neo4jTestServer.Url!, "--database", "papers");

        Assert.True(run.Exit == 5, run.ToString());
        Assert.Contains("database 'papers'", Assert.Single(run.ErrorLines));
        AssertNothingLeaked(run);
    }

    [Fact]
    public void Load_DatabaseThatDoesNotExistOnNeo4j5_ExitNotFoundWithNeo4jsCode()
    {
        using var server = new FakeNeo4jServer((path, _) => path == "/"
            ? (200, FakeNeo4jHandler.Neo5Discovery)
            : (404, FakeNeo4jHandler.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'papers'.")));

        var run = CliChildProcess.Run(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "pw-not-for-printing" }, Patience,
            "load", "neo4j", "--from", Folder(), "--url", server.Url, "--database", "papers");

        Assert.True(run.Exit == 5, run.ToString());
        Assert.Equal("papergraph: error: Neo4j error Neo.ClientError.Database.DatabaseNotFound: Database does not exist. Database name: 'papers'.", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("pw-not-for-printing", run.Error + run.Output);
        run.AssertNoCrashText();
    }

    [Theory]
    [InlineData("an HTML page")]
    [InlineData("a binary protocol")]
    public void Load_SomethingElseOnThePort_ExitUnreachableInOneLine(string other)
    {
        using var html = new FakeNeo4jServer((_, _) => (200, "<!DOCTYPE html><html><body>Welcome to nginx!</body></html>"));
        using var binary = new SilentServer([0x00, 0x00, 0x00, 0x01, 0x60, 0x60, 0xB0, 0x17, 0xFF, 0x00]);

        var run = CliChildProcess.Run(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "pw-not-for-printing" }, Patience,
            "load", "neo4j", "--from", Folder(), "--url", other == "an HTML page" ? html.Url : binary.Url);

        Assert.True(run.Exit == 6, run.ToString());
        Assert.StartsWith("papergraph: error: ", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("pw-not-for-printing", run.Error + run.Output);
        run.AssertNoCrashText();
    }

    [Neo4jFact]
    public async Task Load_RequestHangsPastTheTimeout_ExitUnreachableThenTheRerunGivesCleanCounts()
    {
        var batches = 0;
        using (var proxy = new Neo4jFaultProxy(new Uri(Neo4jTestServer.Url!), r => IsNodeBatch(r) && ++batches == 2 ? new ProxyFault.Hang(TimeSpan.FromSeconds(5)) : null))
        {
            var clock = Stopwatch.StartNew();
            var run = Load(proxy.Url, "--wipe", "--batch-size", "200", "--timeout", "1");

            Assert.True(run.Exit == 6, run.ToString());
            Assert.Contains("did not answer within 1 s", Assert.Single(run.ErrorLines));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"giving up took {clock.Elapsed.TotalSeconds:F0} s");
            AssertNothingLeaked(run);
        }

        await AssertRerunGivesCleanCounts();
    }

    [Neo4jFact]
    public async Task Load_TransientErrorsThenSuccess_RetriedWithBackoffAndCountsAreClean()
    {
        var batches = 0;
        using var proxy = new Neo4jFaultProxy(new Uri(Neo4jTestServer.Url!),
            r => IsNodeBatch(r) && ++batches is >= 2 and <= 4 ? new ProxyFault.Neo4jError(Deadlock, "deadlock under test") : null);

        var run = Load(proxy.Url, "--wipe", "--batch-size", "200");

        Assert.True(run.Exit == 0, run.ToString());
        AssertNothingLeaked(run);
        var attempts = proxy.Requests.Where(IsNodeBatch).Skip(1).Take(4).ToList();
        Assert.All(attempts, a => Assert.Equal(attempts[0].Body, a.Body));
        Assert.Equal([true, true, true, false], attempts.Select(a => a.Fault is not null));
        var waits = attempts.Zip(attempts.Skip(1), (a, b) => b.At - a.At).ToList();
        // Polly's exponential backoff with jitter from a 500 ms base: three waits add up to at least
        // f(2)/1.4 × 500 ms ≈ 1.4 s (f(t) = 2^t·tanh√(4t)), however the jitter falls; no backoff would be ~0.
        Assert.True(waits.Sum(w => w.TotalSeconds) >= 1.3, "waits between attempts: " + string.Join(", ", waits.Select(w => $"{w.TotalMilliseconds:F0} ms")));
        Neo4jLoaderIntegrationTests.AssertCounts(GraphRows.Plan(_synthetic.Graph, _synthetic.Analysis, "test"), await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default));
    }

    [Neo4jFact]
    public async Task LoadAsync_TransientErrorsBeyondTheRetryBudget_ServerErrorWithNeo4jsCodeThenTheRerunGivesCleanCounts()
    {
        var (graph, analysis) = _synthetic;
        using (var proxy = new Neo4jFaultProxy(new Uri(Neo4jTestServer.Url!),
            r => IsRelationshipBatch(r) ? new ProxyFault.Neo4jError(Deadlock, "deadlock under test") : null))
        {
            var connection = Neo4jTestServer.Connection() with { Url = new Uri(proxy.Url), MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(20) };

            var e = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(graph, analysis, connection,
                new Neo4jLoadOptions { Wipe = true, BatchSize = 200, IndexSettle = TimeSpan.Zero }, null, default));

            Assert.Equal(Neo4jFailure.ServerError, e.Failure);
            Assert.Equal(Deadlock, e.Code);
            Assert.Equal($"Neo4j error {Deadlock}: deadlock under test", e.Message);
            Assert.Equal(3, proxy.Requests.Count(c => c.Fault is not null));
        }

        await AssertRerunGivesCleanCounts();
    }

    [Neo4jFact]
    public async Task Load_CliKilledWithSigkillMidway_TheRerunGivesCleanCounts()
    {
        var plan = GraphRows.Plan(_synthetic.Graph, _synthetic.Analysis, "test");
        using (var proxy = new Neo4jFaultProxy(new Uri(Neo4jTestServer.Url!), _ => null))
        {
            using var child = CliChildProcess.Start(Environment(), "load", "neo4j", "--from", Folder(), "--url", proxy.Url, "--wipe", "--batch-size", "50");
            var clock = Stopwatch.StartNew();
            while (proxy.Requests.Count(IsRelationshipBatch) < 3)
            {
                Assert.False(child.HasExited || clock.Elapsed > Patience, "the load ended before it could be killed: " + child.Error);
                Thread.Sleep(5);
            }
            child.KillNow();
        }
        var partial = await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default);
        Assert.True(partial.Relationships < plan.RelationshipRows, $"the load was not cut short: {partial.Relationships} of {plan.RelationshipRows} relationships");

        await AssertRerunGivesCleanCounts();
    }

    [Neo4jFact]
    public async Task Load_HostileCorpusThroughThePipeline_TitlesAndAuthorsArriveAsPlainValues()
    {
        var graph = GraphStore.Open(hostile.Folder).Graph;

        var run = CliChildProcess.Run(Environment(), Patience, "load", "neo4j", "--from", hostile.Folder, "--url", Neo4jTestServer.Url!, "--wipe");

        Assert.True(run.Exit == 0, run.ToString());
        AssertNothingLeaked(run);
        using var client = new Neo4jHttpClient(Neo4jTestServer.Connection());
        await client.ConnectAsync(default);
        var stored = (await client.RunAsync([new CypherStatement("MATCH (p:Paper) RETURN p.id, p.title, p.authors ORDER BY p.id")], default))[0].Rows;
        var expected = graph.Papers.OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(p => p.Id.Value), stored.Select(r => r[0].GetString()));
        Assert.Equal(expected.Select(p => p.Title), stored.Select(r => r[1].GetString()));
        Assert.Equal(expected.Select(p => string.Join("|", p.Authors)),
            stored.Select(r => r[2].ValueKind == System.Text.Json.JsonValueKind.Array ? string.Join("|", r[2].EnumerateArray().Select(a => a.GetString())) : ""));
        Assert.Superset(HostileBuild.ExpectedTitles.ToHashSet(), stored.Select(r => r[1].GetString()!).ToHashSet());
        Neo4jLoaderIntegrationTests.AssertCounts(GraphRows.Plan(graph, GraphStore.Open(hostile.Folder).Analysis, "test"), await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default));
    }

    /// <summary>The same load, run again straight against the server, ends with exactly the counts of a clean load.</summary>
    private async Task AssertRerunGivesCleanCounts()
    {
        var rerun = Load(Neo4jTestServer.Url!, "--batch-size", "200");

        Assert.True(rerun.Exit == 0, rerun.ToString());
        var plan = GraphRows.Plan(_synthetic.Graph, _synthetic.Analysis, "test");
        var counts = await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default);
        Neo4jLoaderIntegrationTests.AssertCounts(plan, counts);
        Assert.Equal(plan.NodeRows, counts.Nodes);
        Assert.Equal(plan.RelationshipRows, counts.Relationships);
    }

    private CliRun Load(string url, params string[] options) =>
        CliChildProcess.Run(Environment(), Patience, ["load", "neo4j", "--from", Folder(), "--url", url, .. options]);

    private string Folder()
    {
        if (!File.Exists(Path.Combine(_folder, GraphStore.FileName)))
        {
            Directory.CreateDirectory(_folder);
            GraphStore.Save(_synthetic.Graph, _synthetic.Analysis, Path.Combine(_folder, GraphStore.FileName));
        }
        return _folder;
    }

    // Faults go to the loading phases only: a wipe cut short would leave the previous test's nodes behind.
    private static bool IsNodeBatch(ProxiedRequest r) => r.IsCommit && r.Body.Contains("MERGE (n:", StringComparison.Ordinal);

    private static bool IsRelationshipBatch(ProxiedRequest r) => r.IsCommit && r.Body.Contains("MERGE (a)-[", StringComparison.Ordinal);

    private static Dictionary<string, string> Environment() => new()
    {
        ["NEO4J_PASSWORD"] = Neo4jTestServer.Password,
        ["NEO4J_USER"] = Neo4jTestServer.User,
    };

    private static void AssertNothingLeaked(CliRun run)
    {
        run.AssertNoCrashText();
        if (Neo4jTestServer.Password.Length > 0) Assert.DoesNotContain(Neo4jTestServer.Password, run.Error + run.Output);
    }
}
