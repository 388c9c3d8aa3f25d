using System.CommandLine;
using PaperGraph.Cli.Console;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>`papergraph merge`: one build from the record files of shards (`extract --shard i/n --out FILE`).</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("records")
        {
            Description = "Record files written by papergraph extract --records (or --shard i/n), plain or .gz",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created if missing)", Required = true }.MustBeFolder();
        var resolution = new Option<double>("--resolution") { Description = "Leiden resolution: higher gives more, smaller communities", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed") { Description = "Seed for community detection (same seed, same communities)", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("merge", "Build one graph from the extraction records of shards, equal to one build over their whole input");
        command.Add(files);
        command.Add(output);
        command.Add(resolution);
        command.Add(seed);
        command.Add(threads);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var options = new PipelineOptions
            {
                Parallelism = Math.Max(1, parse.GetValue(threads)),
                Analysis = new AnalysisOptions { Resolution = parse.GetValue(resolution), Seed = parse.GetValue(seed) },
            };
            var outputDirectory = parse.GetValue(output)!;
            var pipeline = new PaperPipeline(Extractor.Default, options);
            var report = BuildCommand.Guard(() => SpectreProgress.Run("Merging", progress =>
                pipeline.Merge(parse.GetValue(files) ?? [], outputDirectory, progress, ct)));
            BuildCommand.Render(report, outputDirectory, CliOutput.Standard);
            return ExitCodes.Ok;
        })));
        return command;
    }
}
