using System.CommandLine;
using PaperGraph.Cli.Console;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>`papergraph build`: the main job, from papers to every output file in one folder; `--update DIR` adds papers to one.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (created if missing)" }.MustBeFolder();
        var update = new Option<string?>("--update") { Description = "Add the inputs to the build in this folder: only new papers are extracted; graph, analytics and outputs are refreshed" }.MustBeFolder();
        var noCache = new Option<bool>("--no-cache") { Description = "Extract every paper, even those the output folder's cache holds" };
        var resolution = new Option<double>("--resolution") { Description = "Leiden resolution: higher gives more, smaller communities", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed") { Description = "Seed for community detection (same seed, same communities)", DefaultValueFactory = _ => 1 };
        var command = new Command("build", "Build the knowledge graph of the inputs and write graph.json, GraphML, Neo4j CSVs, communities and the map");
        inputs.AddTo(command);
        command.Add(output);
        command.Add(update);
        command.Add(noCache);
        command.Add(resolution);
        command.Add(seed);
        command.Validators.Add(r =>
        {
            var hasOut = r.GetValue(output) is not null;
            var hasUpdate = r.GetValue(update) is not null;
            if (hasOut == hasUpdate) r.AddError("give either --out DIR (a new build) or --update DIR (add papers to a build)");
            if (hasUpdate && (r.GetResult(resolution) is { Implicit: false } || r.GetResult(seed) is { Implicit: false }))
            {
                r.AddError("--update keeps the --resolution and --seed of the build it updates (so it equals a full rebuild); run a full build to change them");
            }
            if (hasUpdate && r.GetValue(inputs.Shard) is not null) r.AddError("--shard goes with extract --records and merge, not with --update");
        });
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var options = inputs.ToPipelineOptions(parse) with
            {
                Analysis = new AnalysisOptions { Resolution = parse.GetValue(resolution), Seed = parse.GetValue(seed) },
                UseCache = !parse.GetValue(noCache),
            };
            var updateDirectory = parse.GetValue(update);
            return Run(inputs.GetInputs(parse), options, updateDirectory ?? parse.GetValue(output)!, CliOutput.Standard, ct, update: updateDirectory is not null);
        })));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, PipelineOptions options, string outputDirectory, CliOutput console, CancellationToken ct, bool update = false)
    {
        var pipeline = new PaperPipeline(Extractor.Default, options);
        var report = Guard(() => SpectreProgress.Run(update ? "Updating" : "Building", progress => update
            ? pipeline.Update(inputs, outputDirectory, progress, console.Issue, ExtractCommand.StandardInput, ct)
            : pipeline.Build(inputs, outputDirectory, progress, console.Issue, ExtractCommand.StandardInput, ct)));
        Render(report, outputDirectory, console);
        if (update && report.Input.AlreadyBuilt > 0) console.Info($"{report.Input.AlreadyBuilt:N0} paper(s) were already in the graph (kept as first built)");
        return ExtractCommand.Summarise(report.Input, console);
    }

    /// <summary>The summary every build, update and merge prints.</summary>
    internal static void Render(BuildReport report, string outputDirectory, CliOutput console)
    {
        foreach (var note in report.Notes) console.Warning(note);
        console.Info($"{report.Papers:N0} papers, {report.Entities:N0} entities, {report.Edges:N0} edges, {report.Results:N0} results, {report.Communities:N0} communities");
        console.Info($"{report.Extracted:N0} paper(s) extracted, {report.Reused:N0} reused from the cache or records");
        if (report.Input.Duplicates > 0) console.Info($"{report.Input.Duplicates:N0} duplicate paper(s) merged");
        if (report.CommunitiesKept is { } kept) console.Info($"communities: {kept:N0} kept their id, {report.CommunitiesFresh:N0} new");
        if (report.Changes is { } changes)
        {
            console.Info(changes.Full
                ? $"changes.json: full load ({changes.FullReason})"
                : $"changes.json: {changes.NodesAdded.Count:N0} nodes added, {changes.NodesChanged.Count:N0} changed, {changes.NodesRemoved.Count:N0} removed; "
                  + $"{changes.RelationshipsAdded.Count + changes.RelationshipsChanged.Count + changes.RelationshipsRemoved.Count:N0} relationship changes");
        }
        foreach (var stage in report.Stages) console.Info($"  {stage.Stage,-16} {stage.Elapsed.TotalSeconds,8:F2} s (CPU {stage.Cpu.TotalSeconds:F2} s)");
        console.Info($"wrote {report.FilesWritten.Count} files to {Path.GetFullPath(outputDirectory)} (build {report.BuildId})");
    }

    /// <summary>Turns the failures of a folder's state or of record files into one clear line and an exit code.</summary>
    internal static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (BuildStateException e)
        {
            throw new UserFacingException(e.Message, ExitCodes.NotFound);
        }
        catch (ExtractionRecordException e)
        {
            throw new UserFacingException(e.Message, ExitCodes.InputError);
        }
    }
}
