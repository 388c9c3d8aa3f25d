using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// An HTTP proxy on 127.0.0.1 in front of the real Neo4j test server, which can make chosen requests slow,
/// hang or fail with a Neo4j error before the server sees them, and records every request, so that a
/// test can drive the loader through faults the server does not produce on demand and still check the
/// result in the real database.
/// </summary>
internal sealed class Neo4jFaultProxy : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _upstream = new() { Timeout = TimeSpan.FromMinutes(2) };
    private readonly Uri _server;
    private readonly Func<ProxiedRequest, ProxyFault?> _fault;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly List<ProxiedRequest> _requests = [];
    private readonly Task _loop;

    /// <param name="server">The real server.</param>
    /// <param name="fault">What to do to a request, given it and the requests before it; null forwards it.</param>
    public Neo4jFaultProxy(Uri server, Func<ProxiedRequest, ProxyFault?> fault)
    {
        _server = server;
        _fault = fault;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                _ = Task.Run(() => Serve(context));
            }
        });
    }

    public string Url { get; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ProxiedRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
        _upstream.Dispose();
    }

    private async Task Serve(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            ProxiedRequest request;
            ProxyFault? fault;
            lock (_gate)
            {
                request = new ProxiedRequest(_requests.Count, context.Request.HttpMethod, context.Request.Url!.AbsolutePath, body, _clock.Elapsed);
                fault = _fault(request);
                _requests.Add(request with { Fault = fault });
            }
            switch (fault)
            {
                case ProxyFault.Hang hang:
                    await Task.Delay(hang.For);
                    context.Response.Abort();
                    return;
                case ProxyFault.Neo4jError error:
                    await Answer(context, 200, $$"""{"results":[],"errors":[{"code":"{{error.Code}}","message":"{{error.Message}}"}]}""");
                    return;
                case ProxyFault.Slow slow:
                    await Task.Delay(slow.By);
                    break;
            }
            await Forward(context, body);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or HttpRequestException or InvalidOperationException)
        {
            // The client went away (it timed out or was killed): nothing to answer.
        }
    }

    private async Task Forward(HttpListenerContext context, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), new Uri(_server, context.Request.Url!.PathAndQuery));
        if (context.Request.Headers["Authorization"] is { } auth) request.Headers.Authorization = AuthenticationHeaderValue.Parse(auth);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (context.Request.HttpMethod != "GET") request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _upstream.SendAsync(request);
        await Answer(context, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task Answer(HttpListenerContext context, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
