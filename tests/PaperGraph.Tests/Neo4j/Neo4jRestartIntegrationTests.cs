using System.Diagnostics;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// The test server stopped in the middle of a load (SIGTERM to its pid, as scripts/neo4j-test-server.sh
/// stop does) and started again: running the same load again must end with a clean load's counts.
/// SIGKILL is not used: Neo4j 3.1 can fail to recover a store whose log was cut mid-write, which
/// would break the tests after this one, and says nothing about PaperGraph.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jRestartIntegrationTests
{
    [Neo4jFact]
    public async Task LoadAsync_ServerKilledMidwayAndRestarted_RerunGivesCleanCounts()
    {
        var pidFile = PidFile();
        if (!File.Exists(pidFile))
        {
            Assert.False(Neo4jTestServer.InCi, $"CI=true but {pidFile} is missing: start the server with scripts/neo4j-test-server.sh");
            return; // a server started some other way cannot be restarted from here
        }
        var (graph, analysis) = SyntheticGraph.Generate(1500, seed: 12);
        var expected = GraphRows.Plan(graph, analysis, "test");
        var connection = Neo4jTestServer.Connection() with { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(100) };
        var killed = false;
        var progress = new InlineProgress(p =>
        {
            if (killed || p.Phase != "relationships" || p.Done < 3000) return;
            killed = true;
            RunScript("stop").GetAwaiter().GetResult();
        });

        var interrupted = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(graph, analysis, connection,
            new Neo4jLoadOptions { Wipe = true, BatchSize = 1000, IndexSettle = TimeSpan.Zero }, progress, default));
        await RunScript("start");
        var rerun = await Neo4jLoader.LoadAsync(graph, analysis, Neo4jTestServer.Connection(), new Neo4jLoadOptions { BatchSize = 1000 }, null, default);

        Assert.Equal(Neo4jFailure.Unreachable, interrupted.Failure);
        Assert.True(rerun.Relationships.Created > 0 && rerun.Relationships.Updated > 0, "the first load neither stopped midway nor kept its committed batches");
        Neo4jLoaderIntegrationTests.AssertCounts(expected, await Neo4jLoader.CountAsync(Neo4jTestServer.Connection(), default));
    }

    private static string PidFile()
    {
        var home = Environment.GetEnvironmentVariable("NEO4J_TEST_HOME") is { Length: > 0 } h ? h : Path.Combine(SharedData.RepositoryRoot, ".neo4j");
        return Path.Combine(home, "neo4j-community-3.1.1", "run", "neo4j.pid");
    }

    private static async Task RunScript(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(SharedData.RepositoryRoot, "scripts", "neo4j-test-server.sh"));
        start.ArgumentList.Add(command);
        start.Environment["NEO4J_TEST_PORT"] = new Uri(Neo4jTestServer.Url!).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NEO4J_TEST_PASSWORD"] = Neo4jTestServer.Password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        Assert.True(process.ExitCode == 0, $"scripts/neo4j-test-server.sh {command} failed: " + await error);
    }

    private sealed class InlineProgress(Action<Neo4jLoadProgress> report) : IProgress<Neo4jLoadProgress>
    {
        public void Report(Neo4jLoadProgress value) => report(value);
    }
}
