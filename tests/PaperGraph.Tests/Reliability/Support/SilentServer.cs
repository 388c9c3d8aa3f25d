using System.Net;
using System.Net.Sockets;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// Accepts connections on 127.0.0.1 and reads what comes, but never answers (a server that hangs), or
/// answers bytes that are not HTTP and hangs up (a different service on the port).
/// </summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentServer(byte[]? reply = null)
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    lock (_clients) _clients.Add(client);
                    var buffer = new byte[4096];
                    if (await client.GetStream().ReadAsync(buffer, _stop.Token) > 0) RequestSeen.Set();
                    if (reply is null) continue;
                    await client.GetStream().WriteAsync(reply, _stop.Token);
                    client.Close();
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // Stopped by Dispose.
            }
        });
    }

    /// <summary>Set once the first request's bytes arrived.</summary>
    public ManualResetEventSlim RequestSeen { get; } = new();

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var client in _clients) client.Dispose();
        }
    }
}
