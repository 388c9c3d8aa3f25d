using System.Diagnostics;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

public sealed partial class PaperPipeline
{
    /// <summary>
    /// Builds the graph of the inputs and writes every output to <paramref name="outputDirectory"/>.
    /// Each file is replaced atomically, so an interrupted build leaves the previous outputs intact.
    /// </summary>
    public BuildReport Build(
        IReadOnlyList<string> inputs,
        string outputDirectory,
        IProgress<PipelineProgress>? progress = null,
        Action<ReadIssue>? issues = null,
        Func<Stream>? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        var stages = new List<StageTiming>();
        var counters = new InputCounters();
        var clock = Stopwatch.StartNew();

        var builder = new GraphBuilder();
        long done = 0;
        foreach (var extraction in Extract(inputs, counters, issues, standardInput, cancellationToken))
        {
            builder.Add(extraction);
            if (++done % 1_000 == 0) progress?.Report(new PipelineProgress("extract", done));
        }
        progress?.Report(new PipelineProgress("extract", done));
        stages.Add(new StageTiming("read + extract", clock.Elapsed));

        clock.Restart();
        progress?.Report(new PipelineProgress("graph", done));
        var graph = builder.Build();
        stages.Add(new StageTiming("graph", clock.Elapsed));

        cancellationToken.ThrowIfCancellationRequested();
        clock.Restart();
        progress?.Report(new PipelineProgress("analytics", done));
        var analysis = GraphAnalyzer.Analyze(graph, Options.Analysis);
        stages.Add(new StageTiming("analytics", clock.Elapsed));

        cancellationToken.ThrowIfCancellationRequested();
        clock.Restart();
        progress?.Report(new PipelineProgress("write", done));
        var folder = new OutputFolder(outputDirectory);
        var started = DateTime.UtcNow;
        foreach (var writer in GraphWriters.Standard)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(graph, analysis, folder);
        }
        stages.Add(new StageTiming("write", clock.Elapsed));

        return new BuildReport(
            counters,
            graph.Papers.Count,
            graph.Entities.Count,
            graph.Edges.Count,
            graph.Results.Count,
            analysis.Communities.Count,
            stages,
            FilesWrittenSince(folder.Path, started));
    }

    private static List<string> FilesWrittenSince(string folder, DateTime startedUtc) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) >= startedUtc.AddSeconds(-1))
            .Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
