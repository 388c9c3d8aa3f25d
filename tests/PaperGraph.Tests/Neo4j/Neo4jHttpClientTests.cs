using System.Net;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class Neo4jHttpClientTests
{
    private const string Password = "s3cret-Pw-77";
    private static readonly Neo4jConnection Connection =
        new(new Uri("http://127.0.0.1:7999"), "neo4j", Password) { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(1) };

    [Fact]
    public async Task ConnectAsync_Neo4j5Discovery_UsesTheTransactionTemplateForTheDatabase()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.Method == HttpMethod.Get
            ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo5Discovery)
            : FakeNeo4jHandler.Json(FakeNeo4jHandler.Components("5.26.0")));
        using var client = new Neo4jHttpClient(Connection with { Database = "papers" }, handler);

        var server = await client.ConnectAsync(default);

        Assert.Equal("/db/papers/tx/commit", server.CommitPath);
        Assert.Equal(Neo4jDialect.V5, Neo4jDialect.For(server));
        Assert.Null(handler.Requests[0].Authorization);
        Assert.StartsWith("Basic ", handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task ConnectAsync_Neo4j3Discovery_UsesDbDataAndItsVersion()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.RequestUri!.AbsolutePath switch
        {
            "/" => FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo3Discovery),
            "/db/data/" => FakeNeo4jHandler.Json("""{"neo4j_version":"3.1.1"}"""),
            _ => FakeNeo4jHandler.Json(FakeNeo4jHandler.Components("3.1.1")),
        });
        using var client = new Neo4jHttpClient(Connection, handler);

        var server = await client.ConnectAsync(default);

        Assert.Equal("/db/data/transaction/commit", server.CommitPath);
        Assert.Equal("3.1.1", server.Version);
        Assert.Equal(Neo4jDialect.V3, Neo4jDialect.For(server));
    }

    [Fact]
    public async Task ConnectAsync_DiscoveryUnrecognised_FallsBackToDbmsComponentsOnTheLegacyPath()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.RequestUri!.AbsolutePath switch
        {
            "/" => FakeNeo4jHandler.Json("""{"hello":"proxy"}"""),
            "/db/data/transaction/commit" => FakeNeo4jHandler.Json(FakeNeo4jHandler.Components("3.5.35")),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = new Neo4jHttpClient(Connection, handler);

        var server = await client.ConnectAsync(default);

        Assert.Equal("3.5.35", server.Version);
        Assert.Equal("/db/data/transaction/commit", server.CommitPath);
    }

    [Fact]
    public async Task ConnectAsync_Unauthorized_AuthFailedAndThePasswordIsNowhere()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.Method == HttpMethod.Get
            ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo5Discovery)
            : FakeNeo4jHandler.Json(FakeNeo4jHandler.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password."), HttpStatusCode.Unauthorized));
        using var client = new Neo4jHttpClient(Connection, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.AuthFailed, e.Failure);
        Assert.Equal("Neo4j at http://127.0.0.1:7999/ refused the credentials of user 'neo4j' (Neo4j error Neo.ClientError.Security.Unauthorized: Invalid username or password.)", e.Message);
        Assert.DoesNotContain(Password, e.ToString());
        Assert.DoesNotContain(Password, Connection.ToString());
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ConnectAsync_Neo4j5UnknownDatabase_DatabaseNotFound()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.Method == HttpMethod.Get
            ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo5Discovery)
            : FakeNeo4jHandler.Json(FakeNeo4jHandler.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'papers'."), HttpStatusCode.NotFound));
        using var client = new Neo4jHttpClient(Connection with { Database = "papers" }, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.DatabaseNotFound, e.Failure);
        Assert.Equal("Neo4j error Neo.ClientError.Database.DatabaseNotFound: Database does not exist. Database name: 'papers'.", e.Message);
    }

    [Fact]
    public async Task RunAsync_Http200WithErrors_ServerErrorWithCodeAndFirstLineOfMessage()
    {
        using var client = await ConnectedAsync((_, _) => FakeNeo4jHandler.Json(
            FakeNeo4jHandler.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'x'\\n\\\"RETURN x\\\"\\n ^")));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.Client.RunAsync([new CypherStatement("RETURN x")], default));

        Assert.Equal(Neo4jFailure.ServerError, e.Failure);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Equal("Neo4j error Neo.ClientError.Statement.SyntaxError: Invalid input 'x'", e.Message);
        Assert.Equal(1, client.Posts);
    }

    [Fact]
    public async Task RunAsync_TransientErrorThenSuccess_Retried()
    {
        using var client = await ConnectedAsync((_, post) => FakeNeo4jHandler.Json(post == 1
            ? FakeNeo4jHandler.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : FakeNeo4jHandler.Empty));

        var results = await client.Client.RunAsync([new CypherStatement("RETURN 1")], default);

        Assert.Single(results);
        Assert.Equal(2, client.Posts);
    }

    [Fact]
    public async Task RunAsync_ConnectionRefusedEveryTime_UnreachableAfterRetries()
    {
        using var client = await ConnectedAsync((_, _) => throw new HttpRequestException("Connection refused (127.0.0.1:7999)"));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.Client.RunAsync([new CypherStatement("RETURN 1")], default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Equal(1 + Connection.MaxRetries, client.Posts);
        Assert.Equal("cannot reach Neo4j at http://127.0.0.1:7999/: Connection refused (127.0.0.1:7999)", e.Message);
    }

    [Fact]
    public async Task ConnectAsync_ConnectionRefused_GivesUpAfterTwoRetries()
    {
        var handler = new FakeNeo4jHandler((_, _, _) => throw new HttpRequestException("Connection refused (127.0.0.1:7999)"));
        using var client = new Neo4jHttpClient(Connection with { MaxRetries = 5 }, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_NoAnswerInTime_UnreachableTimeoutNotRetried()
    {
        using var client = await ConnectedAsync((_, _) => throw new TaskCanceledException("timeout"));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.Client.RunAsync([new CypherStatement("RETURN 1")], default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Contains("did not answer within", e.Message);
        Assert.Equal(1, client.Posts);
    }

    [Fact]
    public void Constructor_CredentialsInUrl_RefusedWithoutEchoingThem()
    {
        var e = Assert.Throws<ArgumentException>(() => new Neo4jHttpClient(Connection with { Url = new Uri($"http://neo4j:{Password}@localhost:7474") }));

        Assert.DoesNotContain(Password, e.ToString());
    }

    private static async Task<ConnectedClient> ConnectedAsync(Func<HttpRequestMessage, int, HttpResponseMessage> onPost)
    {
        var posts = 0;
        var connected = false;
        var handler = new FakeNeo4jHandler((r, _, _) =>
        {
            if (r.Method == HttpMethod.Get) return FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo5Discovery);
            if (!connected) { connected = true; return FakeNeo4jHandler.Json(FakeNeo4jHandler.Components("5.26.0")); }
            return onPost(r, ++posts);
        });
        var client = new Neo4jHttpClient(Connection, handler);
        await client.ConnectAsync(default);
        return new ConnectedClient(client, () => posts);
    }

    private sealed class ConnectedClient(Neo4jHttpClient client, Func<int> posts) : IDisposable
    {
        public Neo4jHttpClient Client => client;
        public int Posts => posts();
        public void Dispose() => client.Dispose();
    }
}
