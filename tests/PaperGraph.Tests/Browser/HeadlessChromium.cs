using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PaperGraph.Tests.Browser;

/// <summary>
/// Debian's Chromium started headless with a fresh profile and driven through the DevTools protocol
/// (no npm package or driver binary needed). The flags keep it off the network this machine does not have.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-port=0", "--window-size=1400,900",
    ];

    private readonly Process process;
    private readonly DirectoryInfo profile;
    private readonly CdpConnection connection;

    private HeadlessChromium(Process process, DirectoryInfo profile, CdpConnection connection)
    {
        this.process = process;
        this.profile = profile;
        this.connection = connection;
    }

    public static bool Installed => File.Exists(ExecutablePath);

    public static async Task<HeadlessChromium> StartAsync(CancellationToken ct = default)
    {
        if (!Installed) throw new InvalidOperationException($"{ExecutablePath} is missing: apt-get install -y chromium");
        var profile = Directory.CreateTempSubdirectory("papergraph-chromium-");
        var start = new ProcessStartInfo(ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var flag in Flags) start.ArgumentList.Add(flag);
        start.ArgumentList.Add("--user-data-dir=" + profile.FullName);
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
        // Drain its GPU and network chatter so a full pipe never blocks it.
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var connection = new CdpConnection();
        try
        {
            var endpoint = await WaitForEndpointAsync(profile.FullName, process, ct);
            await connection.ConnectAsync(endpoint, ct);
            return new HeadlessChromium(process, profile, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>A new tab with its own DevTools session, its events recorded.</summary>
    public async Task<ChromiumPage> OpenPageAsync(CancellationToken ct = default)
    {
        var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, ct: ct);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, ct: ct);
        var page = new ChromiumPage(connection, targetId, attached.GetProperty("sessionId").GetString()!);
        await page.InitialiseAsync(ct);
        return page;
    }

    /// <summary>Chromium writes the port and browser path into DevToolsActivePort once it listens.</summary>
    private static async Task<Uri> WaitForEndpointAsync(string profile, Process process, CancellationToken ct)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before listening");
            if (File.Exists(file))
            {
                var lines = (await File.ReadAllLinesAsync(file, ct)).Where(l => l.Length > 0).ToArray();
                if (lines.Length >= 2) return new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}");
            }
            await Task.Delay(50, ct);
        }
        throw new TimeoutException("Chromium did not open its DevTools port within 30 s");
    }

    private static void Stop(Process process, DirectoryInfo profile)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A renderer may still hold a file for a moment; the temp folder is cleaned later.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await connection.SendAsync("Browser.close", ct: timeout.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // Killed below anyway.
        }
        await connection.DisposeAsync();
        Stop(process, profile);
    }
}
