using System.CommandLine;
using PaperGraph.Cli.Console;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>`papergraph extract`: one JSON object per paper on standard output (or --out FILE).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Write the JSON lines to this file (atomically) instead of standard output" };
        var command = new Command("extract", "Extract entities and results from papers, as JSON lines");
        inputs.AddTo(command);
        command.Add(output);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
            Run(inputs.GetInputs(parse), inputs.ToPipelineOptions(parse), parse.GetValue(output), CliOutput.Standard, ct))));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, PipelineOptions options, string? outputFile, CliOutput console, CancellationToken ct)
    {
        var pipeline = new PaperPipeline(Extractor.Default, options);
        var counters = new InputCounters();
        var extractions = pipeline.Extract(inputs, counters, console.Issue, StandardInput, ct);
        if (outputFile is null)
        {
            using var stdout = System.Console.OpenStandardOutput();
            ExtractionJsonLinesWriter.WriteAll(stdout, extractions);
        }
        else
        {
            AtomicFile.Write(outputFile, stream => ExtractionJsonLinesWriter.WriteAll(stream, extractions));
        }
        return Summarise(counters, console);
    }

    internal static Stream StandardInput() => System.Console.OpenStandardInput();

    /// <summary>Reports skipped records; missing or unreadable inputs make the run fail after everything else was done.</summary>
    internal static int Summarise(InputCounters counters, CliOutput console)
    {
        if (counters.RecordsSkipped > 0)
        {
            console.Warning($"{counters.RecordsSkipped:N0} bad record(s) skipped; {counters.PapersRead:N0} paper(s) processed");
        }
        if (counters.InputsFailed > 0)
        {
            console.Error($"{counters.InputsFailed:N0} input(s) could not be read (see above); everything else was processed");
            return ExitCodes.InputError;
        }
        return ExitCodes.Ok;
    }
}
