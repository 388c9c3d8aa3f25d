using System.Net;
using System.Text;

namespace PaperGraph.Tests.Neo4j;

/// <summary>An HttpMessageHandler that answers from a script and records what it was sent.</summary>
internal sealed class FakeNeo4jHandler(Func<HttpRequestMessage, string, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, string Body, string? Authorization)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body, request.Headers.Authorization?.ToString()));
        return answer(request, body, Requests.Count);
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public const string Neo5Discovery = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}""";

    public const string Neo3Discovery = """{"management":"http://127.0.0.1:7474/db/manage/","data":"http://127.0.0.1:7474/db/data/"}""";

    public static string Components(string version) =>
        $$"""{"results":[{"columns":["name","version","edition"],"data":[{"row":["Neo4j Kernel","{{version}}","community"],"meta":[null,null,null]}]}],"errors":[]}""";

    public static string Error(string code, string message) => $$"""{"results":[],"errors":[{"code":"{{code}}","message":"{{message}}"}]}""";

    public const string Empty = """{"results":[{"columns":[],"data":[],"stats":{"nodes_created":0}}],"errors":[]}""";
}
