using System.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// Runs the real `papergraph` (PaperGraph.Cli.dll beside the tests) in its own process, with its own
/// environment and no terminal, and returns its exit code and both outputs.
/// </summary>
internal static class CliProcess
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PaperGraph.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in new[] { "NEO4J_USER", "NEO4J_PASSWORD", "PAPERGRAPH_DEBUG" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A build folder holding graph.json for the graph.</summary>
    public static string BuildFolder(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        var dir = Path.Combine(Path.GetTempPath(), "papergraph-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        GraphStore.Save(graph, analysis, Path.Combine(dir, GraphStore.FileName));
        return dir;
    }
}
