using System.Net;
using System.Net.Sockets;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>Wrong password, nothing listening, a failing statement, an interrupted load, hostile names: against the real server.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jFaultIntegrationTests
{
    private const string WrongPassword = "not-the-password-Zq81";

    [Neo4jFact]
    public async Task ConnectAsync_WrongPassword_AuthFailedWithoutThePassword()
    {
        var connection = Neo4jTestServer.Connection() with { Password = WrongPassword };
        using var client = new Neo4jHttpClient(connection);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.AuthFailed, e.Failure);
        Assert.Contains("refused the credentials", e.Message);
        Assert.DoesNotContain(WrongPassword, e.ToString());
    }

    [Neo4jFact]
    public async Task ConnectAsync_ClosedLocalPort_Unreachable()
    {
        var connection = Neo4jTestServer.Connection() with { Url = new Uri($"http://127.0.0.1:{ClosedPort()}"), MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(10) };
        using var client = new Neo4jHttpClient(connection);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Contains("cannot reach Neo4j at http://127.0.0.1:", e.Message);
    }

    [Neo4jFact]
    public async Task ConnectAsync_OtherDatabaseOn31_DatabaseNotFound()
    {
        using var client = new Neo4jHttpClient(Neo4jTestServer.Connection() with { Database = "papers" });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.DatabaseNotFound, e.Failure);
        Assert.Contains("database 'papers' needs Neo4j 4.0 or later", e.Message);
    }

    [Neo4jFact]
    public async Task RunAsync_FailingStatement_ServerErrorWithNeo4jCodeAndMessage()
    {
        using var client = new Neo4jHttpClient(Neo4jTestServer.Connection());
        await client.ConnectAsync(default);

        var syntax = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync([new CypherStatement("RETURN 1 +")], default));
        var v5OnV3 = await Assert.ThrowsAsync<Neo4jException>(() =>
            client.RunAsync([new CypherStatement(Neo4jDialect.V5.CreateIdConstraint("Paper"))], default));

        Assert.Equal(Neo4jFailure.ServerError, syntax.Failure);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);
        Assert.StartsWith("Neo4j error Neo.ClientError.Statement.SyntaxError: ", syntax.Message);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", v5OnV3.Code);
    }

    [Neo4jFact]
    public async Task LoadAsync_CancelledMidwayThenRunAgain_SameCountsAsACleanLoad()
    {
        var (graph, analysis) = SyntheticGraph.Generate(300, seed: 5);
        var expected = GraphRows.Plan(graph, analysis, "test");
        var connection = Neo4jTestServer.Connection();
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Phase == "relationships" && p.Done >= 600) cts.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Neo4jLoader.LoadAsync(graph, analysis, connection,
            new Neo4jLoadOptions { Wipe = true, BatchSize = 300, IndexSettle = TimeSpan.Zero }, progress, cts.Token));
        var partial = await Neo4jLoader.CountAsync(connection, default);
        var rerun = await Neo4jLoader.LoadAsync(graph, analysis, connection, new Neo4jLoadOptions { BatchSize = 300 }, null, default);
        var counts = await Neo4jLoader.CountAsync(connection, default);

        Assert.True(partial.Relationships < expected.RelationshipRows, "the first load was not interrupted");
        Assert.Equal(expected.RelationshipRows - partial.Relationships, rerun.Relationships.Created);
        Neo4jLoaderIntegrationTests.AssertCounts(expected, counts);
    }

    [Neo4jFact]
    public async Task LoadAsync_HostileNames_ArriveAsPlainPropertyValues()
    {
        var (graph, analysis) = SyntheticGraph.Generate(120, seed: 3, hostile: true);
        var expected = GraphRows.Plan(graph, analysis, "test");
        var connection = Neo4jTestServer.Connection();

        await Neo4jLoader.LoadAsync(graph, analysis, connection, new Neo4jLoadOptions { Wipe = true, IndexSettle = TimeSpan.Zero }, null, default);
        using var client = new Neo4jHttpClient(connection);
        await client.ConnectAsync(default);
        var hostile = graph.Entities.Where(e => SyntheticGraph.HostileNames.Any(h => e.Name.StartsWith(h, StringComparison.Ordinal))).ToList();
        var stored = await client.RunAsync([new CypherStatement(
            "UNWIND $ids AS id MATCH (n {id: id}) RETURN n.id, n.name ORDER BY n.id",
            new Dictionary<string, object?> { ["ids"] = hostile.Select(e => e.Id.Value).ToArray() })], default);

        Assert.True(hostile.Count >= SyntheticGraph.HostileNames.Length);
        Assert.Equal(hostile.OrderBy(e => e.Id).Select(e => e.Name), stored[0].Rows.Select(r => r[1].GetString()));
        Neo4jLoaderIntegrationTests.AssertCounts(expected, await Neo4jLoader.CountAsync(connection, default));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Reports on the caller's thread, so cancelling happens before the next batch is sent.</summary>
    private sealed class SyncProgress(Action<Neo4jLoadProgress> report) : IProgress<Neo4jLoadProgress>
    {
        public void Report(Neo4jLoadProgress value) => report(value);
    }
}
