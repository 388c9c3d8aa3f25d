using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.Tests.Browser;

/// <summary>
/// One tab: navigation, script evaluation, real mouse and keyboard input, screenshots, and a record
/// of every console message, uncaught exception, log error and dialog (alert, confirm) it raised.
/// </summary>
internal sealed class ChromiumPage
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly CdpConnection connection;
    private readonly string sessionId;
    private readonly ConcurrentQueue<string> console = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> dialogs = new();

    public ChromiumPage(CdpConnection connection, string targetId, string sessionId)
    {
        this.connection = connection;
        this.sessionId = sessionId;
        TargetId = targetId;
        connection.Event += OnEvent;
    }

    public string TargetId { get; }

    /// <summary>Console calls as "type: text" (log, warning, error, ...).</summary>
    public IReadOnlyList<string> Console => [.. console];

    /// <summary>console.error calls, uncaught exceptions and browser log entries at level error.</summary>
    public IReadOnlyList<string> Errors => [.. errors];

    /// <summary>Messages of every alert, confirm or prompt the page opened (each dismissed at once).</summary>
    public IReadOnlyList<string> Dialogs => [.. dialogs];

    public async Task InitialiseAsync(CancellationToken ct)
    {
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable" }) await SendAsync(domain, null, ct);
        await SendAsync("Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = 1400, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, ct);
    }

    public Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, CancellationToken ct = default) =>
        connection.SendAsync(method, parameters, sessionId, ct);

    /// <summary>Opens a URL and waits until the document has loaded.</summary>
    public async Task NavigateAsync(Uri url, CancellationToken ct = default)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, ct);
        await WaitForAsync("document.readyState === 'complete' && location.href !== 'about:blank'", DefaultTimeout, ct);
    }

    /// <summary>Evaluates an expression (promises awaited) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken ct = default)
    {
        var answer = await SendAsync("Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, ct);
        if (answer.TryGetProperty("exceptionDetails", out var details))
        {
            throw new InvalidOperationException($"page script failed: {expression}\n{details.GetRawText()}");
        }
        var result = answer.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<T> EvaluateAsync<T>(string expression, CancellationToken ct = default) =>
        (await EvaluateAsync(expression, ct)).Deserialize<T>()!;

    /// <summary>Polls a boolean expression; returns how long it took to become true.</summary>
    public async Task<TimeSpan> WaitForAsync(string condition, TimeSpan timeout, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await EvaluateAsync($"!!({condition})", ct);
            if (value.ValueKind == JsonValueKind.True) return clock.Elapsed;
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"'{condition}' was still false after {timeout.TotalSeconds:0} s; errors: {string.Join(" | ", Errors)}");
            }
            await Task.Delay(25, ct);
        }
    }

    /// <summary>A real left click at page coordinates (CSS pixels), as a person's mouse would send it.</summary>
    public async Task ClickAsync(double x, double y, CancellationToken ct = default)
    {
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y }, ct);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent",
                new JsonObject { ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 }, ct);
        }
    }

    /// <summary>Types text into the focused element.</summary>
    public Task TypeAsync(string text, CancellationToken ct = default) =>
        SendAsync("Input.insertText", new JsonObject { ["text"] = text }, ct);

    public async Task<byte[]> ScreenshotAsync(CancellationToken ct = default)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, ct);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    public async Task CloseAsync()
    {
        connection.Event -= OnEvent;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await connection.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = TargetId }, ct: timeout.Token);
    }

    private void OnEvent(string method, JsonElement parameters, string? session)
    {
        if (session != sessionId) return;
        switch (method)
        {
            case "Runtime.consoleAPICalled":
                var type = parameters.GetProperty("type").GetString();
                var text = string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe));
                console.Enqueue($"{type}: {text}");
                if (type is "error" or "assert") errors.Enqueue("console." + type + ": " + text);
                break;
            case "Runtime.exceptionThrown":
                var details = parameters.GetProperty("exceptionDetails");
                var description = details.TryGetProperty("exception", out var exception) ? Describe(exception) : details.GetProperty("text").GetString();
                errors.Enqueue("uncaught: " + description);
                break;
            case "Log.entryAdded":
                var entry = parameters.GetProperty("entry");
                if (entry.GetProperty("level").GetString() == "error") errors.Enqueue("log: " + entry.GetProperty("text").GetString());
                break;
            case "Page.javascriptDialogOpening":
                dialogs.Enqueue(parameters.GetProperty("type").GetString() + ": " + parameters.GetProperty("message").GetString());
                // Answer from outside the receive loop, which must stay free to read the reply.
                _ = Task.Run(() => SendAsync("Page.handleJavaScriptDialog", new JsonObject { ["accept"] = false }));
                break;
        }
    }

    private static string Describe(JsonElement remoteObject)
    {
        if (remoteObject.TryGetProperty("value", out var value)) return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (remoteObject.TryGetProperty("description", out var description)) return description.GetString() ?? "";
        return remoteObject.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "";
    }
}
