using System.Globalization;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using PaperGraph.Export;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

public sealed partial class PaperPipeline
{
    /// <summary>
    /// The one path every build, update and merge takes: papers → workers (parse, look up or extract) →
    /// graph builder and cache, in order → graph → analytics (→ community ids carried over) → outputs,
    /// written in parallel → manifest, build record and changes.json.
    /// </summary>
    private BuildReport Run(RunPlan plan, BuildFolder folder, InputCounters counters, List<string> notes,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var stages = new StageClock();
        var started = DateTime.UtcNow;

        var builder = new GraphBuilder();
        long done = 0, reused = 0;
        // The cache is written as the graph is fed, in the same order, and replaces the old one only once
        // complete. The old changes.json is removed just before: from then on the folder changes, and a
        // list of changes must never sit beside outputs it was not written for.
        AtomicFile.Write(folder.CacheFile, stream =>
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            using var cache = new ExtractionRecordWriter(gzip, new ExtractionRecordHeader(plan.ExtractorVersion));
            foreach (var paper in OrderedParallel.Map(plan.Papers, p => Process(p, plan.Cache), Options.Parallelism, cancellationToken: cancellationToken))
            {
                builder.Add(paper.Extraction);
                cache.Write(new ExtractionRecord(paper.Extraction, paper.Content, done));
                if (paper.Reused) reused++;
                if (++done % 1_000 == 0) progress?.Report(new PipelineProgress("extract", done));
            }
            cache.Flush();
            folder.ForgetChanges();
        });
        progress?.Report(new PipelineProgress("extract", done));
        stages.End("read + extract");

        progress?.Report(new PipelineProgress("graph", done));
        var graph = builder.Build();
        builder = null;
        stages.End("graph");

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("analytics", done));
        var analysis = GraphAnalyzer.Analyze(graph, plan.Analysis, cancellationToken);
        CommunityMatch? match = null;
        if (plan.MatchCommunities)
        {
            match = MatchCommunities(analysis, new ManifestFile(folder.ManifestFile), notes);
            if (match is not null) analysis = match.Analysis;
        }
        stages.End("analytics");

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("write", done));
        WriteOutputs(graph, analysis, new OutputFolder(folder.Path), cancellationToken);
        stages.End("write");

        var lines = GraphManifest.Lines(graph, analysis);
        var changes = ChangeDetector.Compare(new ManifestFile(folder.ManifestFile), lines, "");
        var buildId = ManifestFile.Write(folder.ManifestFile, lines);
        changes = changes with { To = buildId };
        new BuildInfo(buildId, plan.ExtractorVersion, plan.Inputs, plan.Analysis.Resolution, plan.Analysis.Seed, graph.Papers.Count).Write(folder.InfoFile);
        ChangesJsonWriter.Write(changes, folder.ChangesFile);
        stages.End("manifest");

        return new BuildReport(
            counters,
            graph.Papers.Count,
            graph.Entities.Count,
            graph.Edges.Count,
            graph.Results.Count,
            analysis.Communities.Count,
            stages.Stages,
            FilesWrittenSince(folder.Path, started))
        {
            BuildId = buildId,
            Reused = reused,
            Extracted = done - reused,
            CommunitiesKept = match?.Kept,
            CommunitiesFresh = match?.Fresh,
            Changes = changes,
            Notes = notes,
        };
    }

    /// <summary>The writers are independent (one file or folder each), so they share the cores.</summary>
    private void WriteOutputs(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.ForEach(GraphWriters.Standard,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.Parallelism), CancellationToken = cancellationToken },
                writer => writer.Write(graph, analysis, folder));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers map IOException and friends to clear messages; an AggregateException would hide them.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Carries community ids over from the previous build's manifest; without a usable one, ids stay fresh.</summary>
    private static CommunityMatch? MatchCommunities(GraphAnalysis analysis, ManifestFile previous, List<string> notes)
    {
        if (!previous.Exists)
        {
            notes.Add("no manifest of the previous build: community ids are numbered afresh");
            return null;
        }
        try
        {
            var paths = new List<(string Node, IReadOnlyList<int> Path)>();
            var maxId = -1;
            foreach (var line in previous.Lines())
            {
                if (line.Section == ManifestLine.Community) maxId = Math.Max(maxId, int.Parse(line.Key, CultureInfo.InvariantCulture));
                else if (line.Section == ManifestLine.Node && line.Path.Length > 0)
                {
                    paths.Add((line.Key, [.. line.Path.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))]));
                }
            }
            return CommunityIdMatcher.Match(analysis, paths, maxId);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
        {
            notes.Add($"the previous manifest is unusable ({e.Message}): community ids are numbered afresh");
            return null;
        }
    }

    private static List<string> FilesWrittenSince(string folder, DateTime startedUtc) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) >= startedUtc.AddSeconds(-1))
            .Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
