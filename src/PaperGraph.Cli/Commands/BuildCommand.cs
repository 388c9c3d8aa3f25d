using System.CommandLine;
using PaperGraph.Cli.Console;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>`papergraph build`: the main job, from papers to every output file in one folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created if missing)", Required = true };
        var resolution = new Option<double>("--resolution") { Description = "Leiden resolution: higher gives more, smaller communities", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed") { Description = "Seed for community detection (same seed, same communities)", DefaultValueFactory = _ => 1 };
        var command = new Command("build", "Build the knowledge graph of the inputs and write graph.json, GraphML, Neo4j CSVs, communities and the map");
        inputs.AddTo(command);
        command.Add(output);
        command.Add(resolution);
        command.Add(seed);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var options = inputs.ToPipelineOptions(parse) with
            {
                Analysis = new AnalysisOptions { Resolution = parse.GetValue(resolution), Seed = parse.GetValue(seed) },
            };
            return Run(inputs.GetInputs(parse), options, parse.GetValue(output)!, CliOutput.Standard, ct);
        })));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, PipelineOptions options, string outputDirectory, CliOutput console, CancellationToken ct)
    {
        var pipeline = new PaperPipeline(Extractor.Default, options);
        var report = SpectreProgress.Run("Building", progress =>
            pipeline.Build(inputs, outputDirectory, progress, console.Issue, ExtractCommand.StandardInput, ct));

        console.Info($"{report.Papers:N0} papers, {report.Entities:N0} entities, {report.Edges:N0} edges, {report.Results:N0} results, {report.Communities:N0} communities");
        if (report.Input.Duplicates > 0) console.Info($"{report.Input.Duplicates:N0} duplicate paper(s) merged");
        foreach (var stage in report.Stages) console.Info($"  {stage.Stage,-16} {stage.Elapsed.TotalSeconds,8:F2} s");
        console.Info($"wrote {report.FilesWritten.Count} files to {Path.GetFullPath(outputDirectory)}");
        return ExtractCommand.Summarise(report.Input, console);
    }
}
