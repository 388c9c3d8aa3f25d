using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Tests.Browser;

/// <summary>
/// A Chrome DevTools Protocol client over one WebSocket: commands are JSON messages with an id
/// answered by a message with the same id; everything else is an event, handed to <see cref="Event"/>.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int nextId;

    /// <summary>Raised on the receive loop for every event: method, params, session id (null for the browser).</summary>
    public event Action<string, JsonElement, string?>? Event;

    public async Task ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(endpoint, ct);
        receiving = Task.Run(ReceiveLoopAsync);
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null, CancellationToken ct = default)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            sendLock.Release();
        }
        using var registration = ct.Register(() => answer.TrySetCanceled(ct));
        return await answer.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open && !closing.IsCancellationRequested)
            {
                var read = await socket.ReceiveAsync(buffer, closing.Token);
                if (read.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, read.Count);
                if (!read.EndOfMessage) continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing: fail whatever still waits for an answer.
        }
        foreach (var waiting in pending.Values) waiting.TrySetException(new IOException("the DevTools connection closed"));
    }

    private void Dispatch(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement.Clone();
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!pending.TryRemove(idElement.GetInt32(), out var answer)) return;
            if (root.TryGetProperty("error", out var error)) answer.TrySetException(new InvalidOperationException("DevTools error: " + error.GetRawText()));
            else answer.TrySetResult(root.GetProperty("result"));
            return;
        }
        var method = root.GetProperty("method").GetString() ?? "";
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        Event?.Invoke(method, parameters, session);
    }

    public async ValueTask DisposeAsync()
    {
        closing.Cancel();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closing a connection the browser already dropped.
        }
        if (receiving is not null) await receiving.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        socket.Dispose();
        sendLock.Dispose();
        closing.Dispose();
    }
}
