using System.Net;
using System.Text;
using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A server that answers, but not as Neo4j does (an HTML error page, a bare HTTP status), is "not a Neo4j
/// server": the Unreachable failure and exit code 6, never the server error (8) that blames a statement.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class NotNeo4jServerTests : IDisposable
{
    private const string Password = "pw-not-a-neo4j-0815";
    private const string NotFoundPage = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>";
    private const string UnsupportedPage = "<html><body><h1>Error response</h1><p>Error code: 501</p><p>Message: Unsupported method ('POST').</p></body></html>";
    private static readonly Neo4jConnection Connection =
        new(new Uri("http://127.0.0.1:7999"), "neo4j", Password) { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(1) };

    private readonly string folder = CliProcess.BuildFolder(SyntheticGraph.Generate(10, seed: 3).Graph, GraphAnalysis.None);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ConnectAsync_DiscoveryAnswered404Html_NotANeo4jServerWithoutProbing()
    {
        var handler = new FakeNeo4jHandler((_, _, _) => Html(NotFoundPage, HttpStatusCode.NotFound));
        using var client = new Neo4jHttpClient(Connection, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Equal("not a Neo4j server at http://127.0.0.1:7999/ (GET / answered HTTP 404 with text/html)", e.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ConnectAsync_HtmlPageThen501ToEveryPost_NotANeo4jServerAfterBothLayouts()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.Method == HttpMethod.Get
            ? Html("<html><body>Directory listing for /</body></html>", HttpStatusCode.OK)
            : Html(UnsupportedPage, HttpStatusCode.NotImplemented));
        using var client = new Neo4jHttpClient(Connection, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Equal("not a Neo4j server at http://127.0.0.1:7999/ (POST /db/data/transaction/commit answered HTTP 501 with text/html)", e.Message);
        Assert.Equal(["GET /", "POST /db/neo4j/tx/commit", "POST /db/data/transaction/commit"], handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ConnectAsync_OtherJsonApi_NotANeo4jServer()
    {
        var handler = new FakeNeo4jHandler((r, _, _) => r.Method == HttpMethod.Get
            ? FakeNeo4jHandler.Json("""{"status":"ok","service":"search"}""")
            : r.RequestUri!.AbsolutePath.StartsWith("/db/data/", StringComparison.Ordinal)
                ? FakeNeo4jHandler.Json("""{"accepted":true}""")
                : FakeNeo4jHandler.Json("""{"error":"internal"}""", HttpStatusCode.InternalServerError));
        using var client = new Neo4jHttpClient(Connection, handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync(default));

        Assert.Equal(Neo4jFailure.Unreachable, e.Failure);
        Assert.Equal("not a Neo4j server at http://127.0.0.1:7999/ (POST /db/data/transaction/commit answered JSON without Neo4j's results)", e.Message);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_Neo4jAnswered500WithoutBody_StillAServerError()
    {
        var handler = new FakeNeo4jHandler((r, _, count) => r.Method == HttpMethod.Get
            ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Neo5Discovery)
            : count == 2
                ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Components("5.26.0"))
                : Html("<html><body>Internal error</body></html>", HttpStatusCode.InternalServerError));
        using var client = new Neo4jHttpClient(Connection with { MaxRetries = 0 }, handler);
        await client.ConnectAsync(default);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync([new CypherStatement("RETURN 1")], default));

        Assert.Equal(Neo4jFailure.ServerError, e.Failure);
        Assert.Equal("Neo4j at http://127.0.0.1:7999/ answered HTTP 500", e.Message);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(501)]
    public async Task Load_HttpServerAnsweringHtmlErrors_ExitUnreachableNotAServerError(int status)
    {
        using var server = new FakeNeo4jServer((path, _) => path == "/" && status == 501
            ? (200, "<html><body>It works!</body></html>")
            : (status, status == 404 ? NotFoundPage : UnsupportedPage), "text/html");

        var (exit, output, error) = await CliProcess.RunAsync(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Password },
            "load", "neo4j", "--from", folder, "--url", server.Url);

        Assert.True(exit == 6, error);
        Assert.StartsWith($"papergraph: error: not a Neo4j server at {server.Url}/ (", error);
        Assert.Contains($"answered HTTP {status} with text/html)", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain(Password, output + error);
    }

    private static HttpResponseMessage Html(string page, HttpStatusCode status) =>
        new(status) { Content = new StringContent(page, Encoding.UTF8, "text/html") };
}
