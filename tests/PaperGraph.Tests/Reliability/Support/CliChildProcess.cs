using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// The built `papergraph` (PaperGraph.Cli.dll beside the tests) running as a child process, for what only a
/// process can show: signals, a heap limit, being killed. Standard error is collected as it comes.
/// </summary>
internal sealed class CliChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private CliChildProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_gate) _error.Append(e.Data).Append('\n');
        };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_gate) _output.Append(e.Data).Append('\n');
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        _process.StandardInput.Close();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Error
    {
        get { lock (_gate) return _error.ToString(); }
    }

    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "PaperGraph.Cli.dll");

    public static CliChildProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        // A test host started in the background by a non-interactive shell ignores SIGINT, and a child
        // inherits that; `env --default-signal` gives the CLI the default disposition back.
        var wrap = OperatingSystem.IsLinux() && IgnoresSigInt();
        var start = new ProcessStartInfo(wrap ? "env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (wrap)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "NEO4J_USER", "NEO4J_PASSWORD", "PAPERGRAPH_DEBUG" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new CliChildProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns exit code and both outputs.</summary>
    public static CliRun Run(IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        using var child = Start(environment, args);
        return child.WaitForExit(timeout);
    }

    /// <summary>Sends a signal the way a user or a service manager does: `kill -SIGNAL pid`.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{name} {Id} failed");
    }

    /// <summary>Kills the process at once (SIGKILL): no handler runs, nothing is flushed.</summary>
    public void KillNow()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public CliRun WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"papergraph did not end within {timeout.TotalSeconds:0} s; stderr so far:\n{Error}");
        }
        _process.WaitForExit(); // drains the asynchronous readers
        lock (_gate) return new CliRun(_process.ExitCode, _error.ToString()) { Output = _output.ToString() };
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static bool IgnoresSigInt()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (ulong.Parse(line[7..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0x2) != 0;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
