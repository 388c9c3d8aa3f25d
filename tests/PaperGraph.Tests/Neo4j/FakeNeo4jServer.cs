using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A local HTTP server on 127.0.0.1 that answers like Neo4j 5 from a script, for driving the CLI
/// through failures a real server does not produce on demand (or, with another content type, like a
/// server that is not Neo4j at all). Stops when disposed.
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeNeo4jServer(Func<string, string, (int Status, string Json)> answer, string contentType = "application/json")
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                if (context.Request.Headers["Authorization"] is { } auth) Authorizations.Add(auth);
                var (status, json) = answer(context.Request.Url!.AbsolutePath, body);
                var bytes = Encoding.UTF8.GetBytes(json);
                context.Response.StatusCode = status;
                context.Response.ContentType = contentType;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public List<string> Authorizations { get; } = [];

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
