using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace PaperGraph.Neo4j;

/// <summary>
/// Neo4j's HTTP transaction API over HttpClient (the .NET driver is not available here). Detects
/// the server, then commits statements one request at a time. Transient errors and refused or
/// dropped connections are retried with exponential backoff; a failed request rolls back whole,
/// and the loader's statements are MERGEs, so a retry never duplicates anything.
/// </summary>
internal sealed class Neo4jHttpClient : IDisposable
{
    private readonly Neo4jConnection connection;
    private readonly HttpClient http;
    private readonly ResiliencePipeline retry;
    private readonly ResiliencePipeline connectRetry;
    private bool connecting;
    // Until the server has answered as Neo4j does, an answer of any other kind (an HTML error page, a bare
    // HTTP status) means there is no Neo4j at the URL, which is not the same as Neo4j rejecting a statement.
    private bool answeredAsNeo4j;
    private string? commitPath;

    public Neo4jHttpClient(Neo4jConnection connection, HttpMessageHandler? handler = null)
    {
        if (!string.IsNullOrEmpty(connection.Url.UserInfo))
            throw new ArgumentException("the Neo4j URL must not contain credentials: give them as user and password");
        if (connection.Url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"the Neo4j URL must be http:// or https://, not {connection.Url.Scheme}://");
        this.connection = connection;
        http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = connection.Url;
        http.Timeout = connection.RequestTimeout;
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        retry = Retry(connection.MaxRetries, connection.RetryDelay);
        // A server that is not there at all should say so in about a second, not after the load's full backoff.
        connectRetry = Retry(Math.Min(2, connection.MaxRetries), connection.RetryDelay);
    }

    public Neo4jServerInfo? Server { get; private set; }

    /// <summary>
    /// GET / without credentials tells the generation: 4.0+ answers neo4j_version and a transaction
    /// template, 3.x a "data" link. dbms.components() then checks the credentials and gives the edition;
    /// when GET / says neither (a proxy, say), it is tried on both endpoint layouts. A server that answers
    /// neither as Neo4j does is reported as not a Neo4j server (<see cref="Neo4jFailure.Unreachable"/>).
    /// </summary>
    public async Task<Neo4jServerInfo> ConnectAsync(CancellationToken ct)
    {
        connecting = true;
        try
        {
            return await DetectAsync(ct);
        }
        finally
        {
            connecting = false;
        }
    }

    private async Task<Neo4jServerInfo> DetectAsync(CancellationToken ct)
    {
        var discovery = await connectRetry.ExecuteAsync(async t => await GetJsonAsync("/", authenticate: false, t), ct);
        string? version = null;
        var candidates = new List<string>();
        if (discovery is { } d && d.TryGetProperty("neo4j_version", out var v) && d.TryGetProperty("transaction", out var tx))
        {
            answeredAsNeo4j = true;
            version = v.GetString();
            candidates.Add(TemplatePath(tx.GetString() ?? "/db/{databaseName}/tx"));
        }
        else if (discovery is { } d3 && d3.TryGetProperty("data", out _))
        {
            answeredAsNeo4j = true;
            RequireDefaultDatabase("3.x");
            var data = await connectRetry.ExecuteAsync(async t => await GetJsonAsync("/db/data/", authenticate: true, t), ct);
            if (data is { } dd && dd.TryGetProperty("neo4j_version", out var v3)) version = v3.GetString();
            candidates.Add("/db/data/transaction/commit");
        }
        else
        {
            candidates.Add(TemplatePath("/db/{databaseName}/tx"));
            candidates.Add("/db/data/transaction/commit");
        }

        Neo4jException? last = null;
        foreach (var path in candidates)
        {
            commitPath = path;
            try
            {
                var rows = (await RunAsync([new CypherStatement(CypherStatements.Components)], ct))[0].Rows;
                var kernel = rows.FirstOrDefault(r => r[0].GetString() == "Neo4j Kernel") ?? rows.FirstOrDefault();
                var edition = kernel?[2].GetString() ?? "unknown";
                version ??= kernel?[1].GetString() ?? "unknown";
                Server = new Neo4jServerInfo(version, edition, path);
                answeredAsNeo4j = true;
                if (Server.IsLegacy) RequireDefaultDatabase(version);
                return Server;
            }
            catch (Neo4jException e) when (e.Failure == Neo4jFailure.Unreachable && candidates.Count > 1)
            {
                last = e;
            }
        }
        throw last ?? NotNeo4j("no Neo4j HTTP API");
    }

    /// <summary>Runs the statements in one transaction (one request) and returns their results in order.</summary>
    public Task<IReadOnlyList<StatementResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var path = commitPath ?? throw new InvalidOperationException("ConnectAsync first");
        var body = TransactionJson.WriteRequest(statements, includeStats: true);
        return (connecting ? connectRetry : retry).ExecuteAsync(async t => await PostAsync(path, body, t), ct).AsTask();
    }

    private static ResiliencePipeline Retry(int retries, TimeSpan delay) => retries < 1
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(IsRetryable),
            MaxRetryAttempts = retries,
            Delay = delay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        }).Build();

    public void Dispose() => http.Dispose();

    private static bool IsRetryable(Neo4jException e) => e.IsTransient || e.InnerException is HttpRequestException { StatusCode: null } || e.Code == "HTTP 503";

    private async Task<IReadOnlyList<StatementResult>> PostAsync(string path, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = BasicAuth();
        using var response = await SendAsync(request, ct);
        using var document = await ReadJsonAsync(response, ct);
        if (document is null) throw StatusFailure(request, response, null);
        if (!response.IsSuccessStatusCode) throw StatusFailure(request, response, TransactionJson.ReadError(document.RootElement));
        try
        {
            return TransactionJson.ReadResponse(document);
        }
        catch (Neo4jException e) when (!answeredAsNeo4j && e.Code is null)
        {
            throw NotNeo4j($"{Describe(request)} answered JSON without Neo4j's results", e);
        }
    }

    private async Task<JsonElement?> GetJsonAsync(string path, bool authenticate, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authenticate) request.Headers.Authorization = BasicAuth();
        using var response = await SendAsync(request, ct);
        using var document = await ReadJsonAsync(response, ct);
        if (!response.IsSuccessStatusCode)
            throw StatusFailure(request, response, document is null ? null : TransactionJson.ReadError(document.RootElement));
        return document?.RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Neo4jFailure.Unreachable, $"cannot reach Neo4j at {connection.Url}: {e.Message}", inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jFailure.Unreachable,
                $"Neo4j at {connection.Url} did not answer within {connection.RequestTimeout.TotalSeconds:0} s", inner: e);
        }
    }

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (HttpRequestException e)
        {
            // The connection dropped while the answer was streaming in: the server went away mid-request.
            throw new Neo4jException(Neo4jFailure.Unreachable, $"connection to Neo4j at {response.RequestMessage?.RequestUri?.GetLeftPart(UriPartial.Authority)} was lost: {e.Message}", inner: e);
        }
        catch (IOException e)
        {
            throw new Neo4jException(Neo4jFailure.Unreachable, "connection to Neo4j was lost: " + e.Message,
                inner: new HttpRequestException(e.Message, e));
        }
    }

    private Neo4jException StatusFailure(HttpRequestMessage request, HttpResponseMessage response, Neo4jException? fromBody) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Neo4jException(Neo4jFailure.AuthFailed,
            $"Neo4j at {connection.Url} refused the credentials of user '{connection.User}'"
            + (fromBody is null ? "" : $" ({fromBody.Message})"), fromBody?.Code),
        _ when fromBody is not null => fromBody,
        // Retried: Neo4j answers 503 while it starts.
        HttpStatusCode.ServiceUnavailable => new Neo4jException(Neo4jFailure.Unreachable,
            $"Neo4j at {connection.Url} is unavailable (HTTP 503)", "HTTP 503"),
        var status when !answeredAsNeo4j => NotNeo4j($"{Describe(request)} answered HTTP {(int)status}{MediaTypeOf(response)}"),
        HttpStatusCode.NotFound => new Neo4jException(Neo4jFailure.Unreachable,
            $"{connection.Url} answered 404: no Neo4j HTTP API there (or no database '{connection.Database}')", "HTTP 404"),
        var status when (int)status >= 200 && (int)status < 300 => new Neo4jException(Neo4jFailure.Unreachable,
            $"{connection.Url} did not answer JSON: not a Neo4j HTTP API"),
        var status => new Neo4jException(Neo4jFailure.ServerError, $"Neo4j at {connection.Url} answered HTTP {(int)status}", $"HTTP {(int)status}"),
    };

    /// <summary>Something answered at the URL, but not Neo4j: Unreachable, where ServerError would blame a statement.</summary>
    private Neo4jException NotNeo4j(string answer, Exception? inner = null) =>
        new(Neo4jFailure.Unreachable, $"not a Neo4j server at {connection.Url} ({answer})", inner: inner);

    private static string Describe(HttpRequestMessage request) => request.RequestUri switch
    {
        { IsAbsoluteUri: true } uri => $"{request.Method} {uri.AbsolutePath}",
        var uri => $"{request.Method} {uri?.OriginalString}",
    };

    private static string MediaTypeOf(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type ? $" with {type}" : "";

    private AuthenticationHeaderValue BasicAuth() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(connection.User + ":" + connection.Password)));

    private string TemplatePath(string template)
    {
        var path = Uri.TryCreate(template, UriKind.Absolute, out var absolute) ? Uri.UnescapeDataString(absolute.AbsolutePath) : template;
        return path.Replace("{databaseName}", Uri.EscapeDataString(connection.Database), StringComparison.Ordinal).TrimEnd('/') + "/commit";
    }

    private void RequireDefaultDatabase(string version)
    {
        if (connection.Database != Neo4jConnection.DefaultDatabase)
            throw new Neo4jException(Neo4jFailure.DatabaseNotFound,
                $"Neo4j {version} has a single database; database '{connection.Database}' needs Neo4j 4.0 or later");
    }
}
